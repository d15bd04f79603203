/**
 * A virtual year of Pekalongan-like complaint traffic through a real desk, SLA policy and working
 * calendar on a virtual clock: for demos, capacity planning and choosing an SLA policy.
 *
 * @packageDocumentation
 * @module @aduan/simulation
 */
export { simulate, type SimulationOptions } from './simulate.js';
export type { RateCount, SimulationReport } from './report.js';
export { PEKALONGAN_UNITS, type SimulatedUnit } from './scenario.js';
