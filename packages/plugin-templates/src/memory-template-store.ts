import {
  ClosedError,
  InvalidInputError,
  NotFoundError,
  VersionConflictError,
  type ReplyTemplateV1,
  type SaveTemplateInputV1,
  type TemplatePageV1,
  type TemplateQueryV1,
  type TemplateStoreV1,
} from '@aduan/spec';

/** The cursor is the last id of the page, so a page after a save still starts in the right place. */
const encodeCursor = (id: string) => Buffer.from(id, 'utf8').toString('base64url');

function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (id.length === 0 || encodeCursor(id) !== cursor)
    throw new InvalidInputError('template query', [{ path: 'cursor', message: 'is not a cursor this store gave' }]);
  return id;
}

const copy = (template: ReplyTemplateV1): ReplyTemplateV1 => ({ ...template });

/**
 * `TemplateStoreV1` in memory, for tests and single-process desks. Saves and uses are atomic (one
 * event loop); templates are copied in and out, so callers never share an object with the store.
 */
export function createMemoryTemplateStore(): TemplateStoreV1 {
  const templates = new Map<string, ReplyTemplateV1>();
  const uses = new Map<string, Set<string>>();
  let closed = false;
  const open = () => {
    if (closed) throw new ClosedError('template store');
  };

  return {
    specificationVersion: 'v1',
    provider: 'memory',

    async doSave({ template, expectedVersion, at, by }: SaveTemplateInputV1) {
      open();
      const stored = templates.get(template.id);
      if (expectedVersion !== 0 && !stored) throw new NotFoundError('Template', template.id);
      if ((stored?.version ?? 0) !== expectedVersion)
        throw new VersionConflictError(`template:${template.id}`, expectedVersion, stored?.version ?? 0);
      const saved: ReplyTemplateV1 = {
        ...template,
        version: expectedVersion + 1,
        createdAt: stored?.createdAt ?? at,
        updatedAt: at,
        updatedBy: by,
        usageCount: stored?.usageCount ?? 0,
        lastUsedAt: stored?.lastUsedAt ?? null,
      };
      templates.set(template.id, saved);
      return copy(saved);
    },

    async doGet(id) {
      open();
      const stored = templates.get(id);
      return stored ? copy(stored) : undefined;
    },

    async doList(query: TemplateQueryV1): Promise<TemplatePageV1> {
      open();
      const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
      const matching = [...templates.values()]
        .filter(
          (t) =>
            (after === undefined || t.id > after) &&
            (query.stage === undefined || t.stage === query.stage) &&
            (query.category === undefined || t.category === query.category) &&
            (query.appliesToCategory === undefined || t.category === null || t.category === query.appliesToCategory) &&
            (query.active === undefined || t.active === query.active) &&
            (query.automatic === undefined || t.automatic === query.automatic),
        )
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const items = matching.slice(0, query.limit).map(copy);
      const more = matching.length > query.limit;
      return { items, nextCursor: more ? encodeCursor(items.at(-1)!.id) : null };
    },

    async doRecordUse({ id, useId, at }) {
      open();
      const stored = templates.get(id);
      if (!stored) throw new NotFoundError('Template', id);
      const seen = uses.get(id) ?? new Set<string>();
      if (seen.has(useId)) return false;
      seen.add(useId);
      uses.set(id, seen);
      templates.set(id, {
        ...stored,
        usageCount: stored.usageCount + 1,
        lastUsedAt: stored.lastUsedAt && stored.lastUsedAt > at ? stored.lastUsedAt : at,
      });
      return true;
    },

    async doClose() {
      closed = true;
    },
  };
}
