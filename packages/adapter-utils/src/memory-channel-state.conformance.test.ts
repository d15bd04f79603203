import { testChannelState } from '@aduan/test-kit';
import { createMemoryChannelState } from './memory-channel-state.js';

testChannelState({
  name: 'memory',
  async create() {
    return { state: createMemoryChannelState() };
  },
});
