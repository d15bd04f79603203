export { simulate, type SimulationOptions } from './simulate.js';
export type { RateCount, SimulationReport } from './report.js';
export { PEKALONGAN_UNITS, type SimulatedUnit } from './scenario.js';
