// The kit's reference run: plugin-templates' memory store must pass the suite (the test lives here
// so that plugin-templates never depends on the kit that depends on it).
import { createMemoryTemplateStore } from '@aduan/plugin-templates';
import { testTemplateStore } from '../index.js';

testTemplateStore({
  name: 'memory',
  async create() {
    return { store: createMemoryTemplateStore() };
  },
});
