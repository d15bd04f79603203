// The kit's reference run: @aduan/accounts' memory store must pass the suite (the test lives here so
// that the accounts package never depends on the kit).
import { createMemoryAccountStore } from '@aduan/accounts';
import { testAccountStore } from '../index.js';

testAccountStore({
  name: 'memory',
  async create() {
    return { store: createMemoryAccountStore() };
  },
});
