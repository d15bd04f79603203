import { testTemplateStore } from '@aduan/test-kit';
import { describe } from 'vitest';
import { createPostgresTemplateStore } from './index.js';
import { useBackends, type Backend } from './test-support/backends.js';

const { pglite, server } = useBackends({ pglite: true, server: true });

/** Templates on a fresh store; the other handle is a second store on the same schema (another pool) where there is one. */
const harness = (backend: Backend) => async () => {
  const fresh = await backend.fresh();
  return {
    store: createPostgresTemplateStore(fresh.store),
    openAnother: fresh.openAnother && (async () => createPostgresTemplateStore(await fresh.openAnother!())),
    cleanup: fresh.cleanup,
  };
};

testTemplateStore({ name: pglite.name, create: harness(pglite) });

describe.skipIf(!server.available)('server', () => {
  testTemplateStore({ name: server.name, create: harness(server) });
});
