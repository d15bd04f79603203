import { testStore } from '@aduan/test-kit';
import { describe } from 'vitest';
import { useBackends, type Backend } from './test-support/backends.js';

const { pglite, server } = useBackends({ pglite: true, server: true });

const harness = (backend: Backend) => async () => {
  const fresh = await backend.fresh();
  return { store: fresh.store, probe: fresh.probe, openAnother: fresh.openAnother, cleanup: fresh.cleanup };
};

testStore({
  name: pglite.name,
  create: harness(pglite),
  capabilities: { deadlineClaims: true, outbox: true, identityErasure: true, multiProcess: false },
  appendMany: true,
  externalRefLookup: true,
});

describe.skipIf(!server.available)('server', () => {
  testStore({
    name: server.name,
    create: harness(server),
    capabilities: { deadlineClaims: true, outbox: true, identityErasure: true, multiProcess: true },
    appendMany: true,
    externalRefLookup: true,
  });
});
