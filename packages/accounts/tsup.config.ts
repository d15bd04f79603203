// Every package builds the same way; see tsup.shared.ts at the repository root.
export { default } from '../../tsup.shared.js';
