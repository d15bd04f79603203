import { InvalidConfigError, type StoreCapabilitiesV1, type StoreV1 } from '@aduan/spec';

const REQUIRED_METHODS = [
  'doAppend',
  'doReadStream',
  'doLoadProjection',
  'doFindByTrackingNumber',
  'doFindByDedupeKey',
  'doFindByExternalRef',
  'doQuery',
  'doCount',
  'doListStreams',
  'doReplaceProjection',
  'doLoadIdentity',
  'doFindComplainantByContactKey',
  'doEraseIdentity',
  'doQuarantineInbound',
  'doListQuarantine',
  'doDiscardQuarantined',
  'doClaimDue',
  'doClaimOutbox',
  'doSettleOutbox',
] as const satisfies readonly (keyof StoreV1)[];

/**
 * Fails fast, at start-up, when a store is not a StoreV1 or lacks a capability the caller needs,
 * instead of failing on the first command that touches the missing part.
 */
export function checkStore(store: unknown, needs: readonly (keyof StoreCapabilitiesV1)[] = []): StoreV1 {
  if (store === undefined || store === null) {
    throw new InvalidConfigError('store', [
      {
        path: 'store',
        message:
          'is missing: pass a StoreV1, e.g. createMemoryStore() from @aduan/core (tests and demos) or ' +
          'createPostgresStore() / createPGliteStore() from @aduan/store-postgres',
      },
    ]);
  }
  const candidate = store as Partial<StoreV1>;
  if (candidate.specificationVersion !== 'v1') {
    throw new InvalidConfigError('store', [
      { path: 'store.specificationVersion', message: `must be "v1" (a StoreV1); got ${JSON.stringify(candidate.specificationVersion)}` },
    ]);
  }
  const missing = REQUIRED_METHODS.filter((method) => typeof candidate[method] !== 'function');
  if (missing.length > 0) {
    throw new InvalidConfigError(
      'store',
      missing.map((method) => ({ path: `store.${method}`, message: `StoreV1 method is missing in provider "${candidate.provider}"` })),
    );
  }
  const lacking = needs.filter((capability) => candidate.capabilities?.[capability] !== true);
  if (lacking.length > 0) {
    throw new InvalidConfigError(
      'store',
      lacking.map((capability) => ({
        path: `store.capabilities.${capability}`,
        message: `provider "${candidate.provider}" does not declare it`,
      })),
    );
  }
  return candidate as StoreV1;
}
