export { createKotakSaranChannel } from './create-kotak-saran-channel.js';
export type { KotakSaranOptions } from './options.js';
export { kioskSignature } from './signature.js';
