import { testStore } from '@aduan/test-kit';
import { createMemoryStore } from '../index.js';

testStore({
  name: 'memory',
  capabilities: { deadlineClaims: true, outbox: true, identityErasure: true, multiProcess: false },
  async create() {
    const store = createMemoryStore();
    return { store, probe: store.probe() };
  },
});
