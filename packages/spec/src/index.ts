/**
 * Contracts only: domain types, StoreV1, ChannelV1, ChannelStateStoreV1, PluginV1 and PluginV2,
 * DeadlinePolicyV1, TemplateStoreV1, LaporBridgeV1, AccountStoreV1 and the AduanError classes.
 *
 * @packageDocumentation
 * @module @aduan/spec
 */
export * from './errors.js';
export type * from './clock.js';
export * from './domain.js';
export * from './events.js';
export * from './store-v1.js';
export type * from './store-probe.js';
export type * from './plugin-v1.js';
export type * from './plugin-v2.js';
export type * from './template-store-v1.js';
export type * from './channel-v1.js';
export type * from './channel-state-v1.js';
export type * from './deadline-policy-v1.js';
export type * from './desk-v1.js';
export type * from './lapor-bridge-v1.js';
export * from './account-store-v1.js';
