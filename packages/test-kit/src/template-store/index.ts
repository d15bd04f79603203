export { testTemplateStore } from './test-template-store.js';
export type { TemplateStoreHarness, TestTemplateStoreOptions } from './harness.js';
