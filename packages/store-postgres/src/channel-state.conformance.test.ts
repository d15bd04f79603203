import { testChannelState } from '@aduan/test-kit';
import { describe } from 'vitest';
import { createPostgresChannelState } from './index.js';
import { useBackends, type Backend } from './test-support/backends.js';

const { pglite, server } = useBackends({ pglite: true, server: true });

/** A channel state on a fresh store; the other handle is a second store on the same schema (another pool) where there is one. */
const harness = (backend: Backend) => async () => {
  const fresh = await backend.fresh();
  return {
    state: createPostgresChannelState(fresh.store),
    openAnother: fresh.openAnother && (async () => createPostgresChannelState(await fresh.openAnother!())),
    cleanup: fresh.cleanup,
  };
};

testChannelState({ name: pglite.name, create: harness(pglite) });

describe.skipIf(!server.available)('server', () => {
  testChannelState({ name: server.name, create: harness(server) });
});
