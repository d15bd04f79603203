import type { StoreCapabilitiesV1 } from '@aduan/spec';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoreHarness, StoreSuiteName, TestStoreOptions } from './harness.js';
import type { SuiteContext } from './suite-context.js';
import { appendSuite } from './suites/append.js';
import { appendManySuite } from './suites/append-many.js';
import { concurrencySuite } from './suites/concurrency.js';
import { contactKeysSuite } from './suites/contact-keys.js';
import { dedupeSuite } from './suites/dedupe.js';
import { deadlinesSuite } from './suites/deadlines.js';
import { deskSuite } from './suites/desk.js';
import { externalRefLookupSuite } from './suites/external-ref-lookup.js';
import { externalRefsSuite } from './suites/external-refs.js';
import { identitySuite } from './suites/identity.js';
import { outboxSuite } from './suites/outbox.js';
import { quarantineSuite } from './suites/quarantine.js';
import { querySuite } from './suites/query.js';

const SUITES: Record<StoreSuiteName, { run: (ctx: SuiteContext) => void; needs?: keyof StoreCapabilitiesV1 }> = {
  append: { run: appendSuite },
  concurrency: { run: concurrencySuite },
  dedupe: { run: dedupeSuite },
  externalRefs: { run: externalRefsSuite },
  externalRefLookup: { run: externalRefLookupSuite },
  appendMany: { run: appendManySuite },
  query: { run: querySuite },
  contactKeys: { run: contactKeysSuite },
  quarantine: { run: quarantineSuite },
  identity: { run: identitySuite, needs: 'identityErasure' },
  deadlines: { run: deadlinesSuite, needs: 'deadlineClaims' },
  outbox: { run: outboxSuite, needs: 'outbox' },
  desk: { run: deskSuite },
};

/** Suites of optional StoreV1 methods: run only for a store whose options say it offers the method. */
const OPTIONAL_METHODS: Partial<Record<StoreSuiteName, { option: 'appendMany' | 'externalRefLookup'; method: string }>> = {
  appendMany: { option: 'appendMany', method: 'doAppendMany' },
  externalRefLookup: { option: 'externalRefLookup', method: 'doFindByExternalRefs' },
};

/**
 * The StoreV1 conformance suite. Call it inside a vitest test file:
 *
 * ```ts
 * testStore({ name: 'my-store', create: async () => ({ store, probe, cleanup }) });
 * ```
 *
 * Every test gets a fresh store from `create()` and checks what landed through the raw `probe`,
 * not only through the adapter. Suites for capabilities the store declares it lacks are skipped.
 */
export function testStore(options: TestStoreOptions): void {
  describe(`StoreV1 conformance: ${options.name}`, () => {
    const opened: StoreHarness[] = [];
    const ctx: SuiteContext = {
      async fresh() {
        const harness = await options.create();
        opened.push(harness);
        return harness;
      },
    };
    afterEach(async () => {
      for (const harness of opened.splice(0)) await harness.cleanup?.();
    });

    it('declares a StoreV1 with the stated capabilities', async () => {
      const { store } = await ctx.fresh();
      expect(store.specificationVersion).toBe('v1');
      expect(typeof store.provider).toBe('string');
      expect(store.capabilities).toEqual(options.capabilities);
      expect(typeof store.doAppendMany === 'function').toBe(options.appendMany === true);
      expect(typeof store.doFindByExternalRefs === 'function').toBe(options.externalRefLookup === true);
    });

    const selected = options.suites ?? (Object.keys(SUITES) as StoreSuiteName[]);
    for (const name of selected) {
      const suite = SUITES[name];
      const lacking = suite.needs !== undefined && !options.capabilities[suite.needs];
      const optional = OPTIONAL_METHODS[name];
      const noBulk = optional !== undefined && options[optional.option] !== true;
      const why = lacking ? `store declares ${suite.needs} = false` : `store offers no ${optional?.method}`;
      describe.skipIf(lacking || noBulk)(lacking || noBulk ? `${name} (skipped: ${why})` : name, () => suite.run(ctx));
    }
  });
}
