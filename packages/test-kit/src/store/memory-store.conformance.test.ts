// The kit's reference run: the core's memory store must pass every suite (the test lives here, not in
// the core, so that the core never depends on the kit that depends on it).
import { createMemoryStore } from '@aduan/core';
import { testStore } from '../index.js';

testStore({
  name: 'memory',
  capabilities: { deadlineClaims: true, outbox: true, identityErasure: true, multiProcess: false },
  appendMany: true,
  externalRefLookup: true,
  async create() {
    const store = createMemoryStore();
    return { store, probe: store.probe() };
  },
});
