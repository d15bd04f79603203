import { testAccountStore } from '@aduan/test-kit';
import { describe } from 'vitest';
import { createPostgresAccountStore } from './index.js';
import { useBackends, type Backend } from './test-support/backends.js';

const { pglite, server } = useBackends({ pglite: true, server: true });

/** An account store on a fresh store; the other handle is a second store on the same schema (another pool) where there is one. */
const harness = (backend: Backend) => async () => {
  const fresh = await backend.fresh();
  return {
    store: createPostgresAccountStore(fresh.store),
    openAnother: fresh.openAnother && (async () => createPostgresAccountStore(await fresh.openAnother!())),
    cleanup: fresh.cleanup,
  };
};

testAccountStore({ name: pglite.name, create: harness(pglite) });

describe.skipIf(!server.available)('server', () => {
  testAccountStore({ name: server.name, create: harness(server) });
});
