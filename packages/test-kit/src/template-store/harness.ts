import type { TemplateStoreV1 } from '@aduan/spec';

/** One fresh, empty template store per test. */
export interface TemplateStoreHarness {
  store: TemplateStoreV1;
  /** A second, independent handle onto the same templates (another connection), for stores shared by several app instances. */
  openAnother?: () => Promise<TemplateStoreV1>;
  /** Releases everything the harness opened. */
  cleanup?: () => Promise<void>;
}

export interface TestTemplateStoreOptions {
  /** Shown in test names, e.g. `postgres (pglite)`. */
  name: string;
  /** Called before every test: every test starts from an empty store. */
  create: () => Promise<TemplateStoreHarness>;
}
