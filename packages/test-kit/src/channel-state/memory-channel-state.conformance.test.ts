// The kit's reference run: adapter-utils' memory channel state must pass every suite (the test lives
// here so that adapter-utils never depends on the kit that depends on it).
import { createMemoryChannelState } from '@aduan/adapter-utils';
import { testChannelState } from '../index.js';

testChannelState({
  name: 'memory',
  async create() {
    return { state: createMemoryChannelState() };
  },
});
