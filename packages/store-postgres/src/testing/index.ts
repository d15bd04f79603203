export { startThrowawayCluster, type ThrowawayCluster, type ThrowawayClusterOptions } from './throwaway-cluster.js';
export { findPostgresBinaries } from './postgres-binaries.js';
export { createSqlProbe } from './sql-probe.js';
