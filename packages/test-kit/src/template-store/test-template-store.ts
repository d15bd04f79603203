import type { ReplyTemplateInputV1, TemplateStoreV1 } from '@aduan/spec';
import { afterEach, describe, expect, it } from 'vitest';
import { expectAduanError } from '../store/expect-error.js';
import type { TemplateStoreHarness, TestTemplateStoreOptions } from './harness.js';

const AT = '2026-03-02T02:00:00.000Z';
const LATER = '2026-03-03T02:00:00.000Z';

const template = (overrides: Partial<ReplyTemplateInputV1> = {}): ReplyTemplateInputV1 => ({
  id: 'terima-umum',
  name: 'Tanda terima',
  stage: 'received',
  category: null,
  automatic: true,
  active: true,
  body: 'Aduan {nomor} kami terima.',
  shortBody: null,
  ...overrides,
});

/** Every page of a query, in order. */
async function listAll(store: TemplateStoreV1, query: Omit<Parameters<TemplateStoreV1['doList']>[0], 'limit' | 'cursor'>, limit = 2) {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.doList({ ...query, limit, ...(cursor ? { cursor } : {}) });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    ids.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

/**
 * The TemplateStoreV1 conformance suite. Call it inside a vitest test file:
 *
 * ```ts
 * testTemplateStore({ name: 'my-templates', create: async () => ({ store, openAnother, cleanup }) });
 * ```
 *
 * Every test gets a fresh store from `create()`. The concurrency checks split their calls between
 * `store` and `openAnother()`'s handle when there is one.
 */
export function testTemplateStore(options: TestTemplateStoreOptions): void {
  describe(`TemplateStoreV1 conformance: ${options.name}`, () => {
    const opened: TemplateStoreHarness[] = [];
    const fresh = async () => {
      const harness = await options.create();
      opened.push(harness);
      return harness;
    };
    afterEach(async () => {
      for (const harness of opened.splice(0)) await harness.cleanup?.();
    });

    it('creates at version 1 and replaces only the stored version, keeping creation and usage', async () => {
      const { store } = await fresh();
      const created = await store.doSave({ template: template(), expectedVersion: 0, at: AT, by: 'admin' });
      expect(created).toEqual({
        ...template(),
        version: 1,
        createdAt: AT,
        updatedAt: AT,
        updatedBy: 'admin',
        usageCount: 0,
        lastUsedAt: null,
      });
      expect(await store.doRecordUse({ id: 'terima-umum', useId: 'event-1', at: AT })).toBe(true);

      const saved = await store.doSave({
        template: template({ active: false, shortBody: 'Diterima.' }),
        expectedVersion: 1,
        at: LATER,
        by: 'kabid',
      });

      expect(saved).toMatchObject({
        version: 2,
        active: false,
        shortBody: 'Diterima.',
        createdAt: AT,
        updatedAt: LATER,
        updatedBy: 'kabid',
        usageCount: 1,
        lastUsedAt: AT,
      });
      expect(await store.doGet('terima-umum')).toEqual(saved);
      expect(await store.doGet('tidak-ada')).toBeUndefined();
    });

    it('refuses a stale version, a second creation and a replacement of nothing, changing nothing', async () => {
      const { store } = await fresh();
      const created = await store.doSave({ template: template(), expectedVersion: 0, at: AT, by: 'admin' });

      await expectAduanError(
        store.doSave({ template: template({ name: 'Lain' }), expectedVersion: 0, at: LATER, by: 'admin' }),
        'version_conflict',
      );
      await expectAduanError(
        store.doSave({ template: template({ name: 'Lain' }), expectedVersion: 3, at: LATER, by: 'admin' }),
        'version_conflict',
      );
      await expectAduanError(store.doSave({ template: template({ id: 'baru' }), expectedVersion: 1, at: LATER, by: 'admin' }), 'not_found');

      expect(await store.doGet('terima-umum')).toEqual(created);
      expect(await store.doGet('baru')).toBeUndefined();
    });

    it('lets exactly one of two concurrent saves of one version win', async () => {
      const { store, openAnother } = await fresh();
      const other = (await openAnother?.()) ?? store;
      await store.doSave({ template: template(), expectedVersion: 0, at: AT, by: 'admin' });

      const outcomes = await Promise.allSettled([
        store.doSave({ template: template({ name: 'A' }), expectedVersion: 1, at: LATER, by: 'a' }),
        other.doSave({ template: template({ name: 'B' }), expectedVersion: 1, at: LATER, by: 'b' }),
      ]);

      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      expect((await store.doGet('terima-umum'))?.version).toBe(2);
    });

    it('lists by id in code order, filtered, page by page', async () => {
      const { store } = await fresh();
      const seeds: ReplyTemplateInputV1[] = [
        template({ id: 'b-jalan', category: 'jalan' }),
        template({ id: 'a-umum' }),
        template({ id: 'c-jalan-lama', category: 'jalan', active: false, automatic: false }),
        template({ id: 'd-jawab', stage: 'disposed', automatic: false }),
        template({ id: 'e-air', category: 'air' }),
      ];
      for (const seed of seeds) await store.doSave({ template: seed, expectedVersion: 0, at: AT, by: 'admin' });

      expect(await listAll(store, {})).toEqual(['a-umum', 'b-jalan', 'c-jalan-lama', 'd-jawab', 'e-air']);
      expect(await listAll(store, { stage: 'received', active: true })).toEqual(['a-umum', 'b-jalan', 'e-air']);
      expect(await listAll(store, { category: 'jalan' })).toEqual(['b-jalan', 'c-jalan-lama']);
      expect(await listAll(store, { category: null })).toEqual(['a-umum', 'd-jawab']);
      expect(await listAll(store, { appliesToCategory: 'jalan', automatic: true })).toEqual(['a-umum', 'b-jalan']);
      expect(await listAll(store, { appliesToCategory: null })).toEqual(['a-umum', 'd-jawab']);
      expect(await listAll(store, {}, 500)).toHaveLength(5);
    });

    it('counts each use once, also when the same use is recorded at once twice', async () => {
      const { store, openAnother } = await fresh();
      const other = (await openAnother?.()) ?? store;
      await store.doSave({ template: template(), expectedVersion: 0, at: AT, by: 'admin' });

      const first = await Promise.all([
        store.doRecordUse({ id: 'terima-umum', useId: 'event-1', at: AT }),
        other.doRecordUse({ id: 'terima-umum', useId: 'event-1', at: AT }),
      ]);
      const second = await store.doRecordUse({ id: 'terima-umum', useId: 'event-2', at: LATER });
      const again = await store.doRecordUse({ id: 'terima-umum', useId: 'event-2', at: LATER });

      expect(first.filter(Boolean)).toHaveLength(1);
      expect([second, again]).toEqual([true, false]);
      expect(await store.doGet('terima-umum')).toMatchObject({ usageCount: 2, lastUsedAt: LATER });
      await expectAduanError(store.doRecordUse({ id: 'tidak-ada', useId: 'event-3', at: LATER }), 'not_found');
    });

    it('fails every call with closed after doClose, which may be called again', async () => {
      const { store } = await fresh();
      if (!store.doClose) return;
      await store.doClose();
      await store.doClose();
      await expectAduanError(store.doGet('terima-umum'), 'closed');
      await expectAduanError(store.doSave({ template: template(), expectedVersion: 0, at: AT, by: 'admin' }), 'closed');
    });
  });
}
