import { ForbiddenError, NotFoundError, type Actor, type StoredEvent } from '@aduan/spec';
import type { NormalizeOptions } from '@aduan/text-id';
import { distanceMetres } from './distance.js';
import { foldEvent } from './fold-event.js';
import type { IndexedComplaint } from './indexed-complaint.js';
import { kelurahanKey, PlaceBuckets } from './place-buckets.js';
import { describeMatch, type DuplicateSuggestion } from './suggestion.js';
import { idfOf, textSimilarity } from './text-similarity.js';

/** Per-category limits, e.g. a wider radius for flooding than for a broken street lamp. */
export interface DuplicateCategoryOptions {
  radiusMetres?: number;
  windowDays?: number;
}

export interface DuplicateIndexOptions {
  /** How far apart two complaints with coordinates may be. Default 250 m. */
  radiusMetres?: number;
  /** Only complaints received in this many days before the query. Default 90. */
  windowDays?: number;
  /** Overrides by category name. */
  categories?: Readonly<Record<string, DuplicateCategoryOptions>>;
  /** Suggestions need at least this text similarity. Default 0.3 (with `minProblemSimilarity` 0.05: precision at 5 of 0.97 and recall at 5 of 1 on the tuning set). */
  minSimilarity?: number;
  /**
   * Suggestions also need at least this similarity of the words about the problem alone (place names and
   * kinds of place left out), so a complaint about another problem on the same street is not suggested. Default 0.05.
   */
  minProblemSimilarity?: number;
  /** From this text similarity (and within the radius or the same kelurahan) a suggestion is `likely`. Default 0.5. */
  likelySimilarity?: number;
  /** At most this many suggestions. Default 5. */
  limit?: number;
  /** At most this many candidates are compared by text, the most recent first. Default 2,000. */
  maxCandidates?: number;
  /** Extra informal forms for the normaliser. */
  forms?: NormalizeOptions['forms'];
}

/** The read model behind duplicate suggestions: open complaints by category and place, with their words. */
export interface DuplicateIndex {
  /** Folds stored events (of one or more complaints, in stream order) into the index; events already applied change nothing. */
  apply(events: readonly StoredEvent[]): void;
  /**
   * Open complaints that may be about the same problem as `complaintId`, best first. Unit-scoped
   * like every read: a unit's officer or head sees only the unit's complaints, a complainant none.
   */
  suggest(actor: Actor, complaintId: string, now: Date): DuplicateSuggestion[];
  /** The index's record of one complaint. */
  get(complaintId: string): IndexedComplaint | undefined;
  /**
   * The complaints grouped under a work order, oldest first (by id when received in the same
   * instant): the same order whatever order the history was replayed in.
   */
  members(workOrderId: string): IndexedComplaint[];
  /** How many open complaints are indexed. */
  readonly openCount: number;
  /** Forgets everything (before a rebuild). */
  clear(): void;
}

const DAY_MS = 86_400_000;
const DEFAULTS = {
  radiusMetres: 250,
  windowDays: 90,
  minSimilarity: 0.3,
  minProblemSimilarity: 0.05,
  likelySimilarity: 0.5,
  limit: 5,
  maxCandidates: 2_000,
};

/** The unit an actor's reads are limited to (as the desk reads it): a unit officer's, or a unit head's. */
function unitScopeOf(actor: Actor): string | undefined {
  return actor.role === 'unit_officer' || actor.role === 'supervisor' ? actor.unitId : undefined;
}

/** Creates an empty duplicate index; fill it from the history (`apply`) and keep it current from new events. */
export function createDuplicateIndex(options: DuplicateIndexOptions = {}): DuplicateIndex {
  const settings = { ...DEFAULTS, ...options };
  const normalize: NormalizeOptions = options.forms ? { forms: options.forms } : {};
  const largestRadius = Math.max(settings.radiusMetres, ...Object.values(options.categories ?? {}).map((c) => c.radiusMetres ?? 0));
  const complaints = new Map<string, IndexedComplaint>();
  const documentFrequency = new Map<string, number>();
  const workOrders = new Map<string, Set<string>>();
  const buckets = new PlaceBuckets(largestRadius);
  let openCount = 0;

  const unindex = (entry: IndexedComplaint) => {
    if (entry.workOrderId !== null) workOrders.get(entry.workOrderId)?.delete(entry.id);
    if (!entry.open) return;
    openCount--;
    buckets.remove(entry);
    for (const stem of entry.terms.keys()) {
      const left = (documentFrequency.get(stem) ?? 1) - 1;
      if (left === 0) documentFrequency.delete(stem);
      else documentFrequency.set(stem, left);
    }
  };
  const index = (entry: IndexedComplaint) => {
    if (entry.workOrderId !== null) {
      let members = workOrders.get(entry.workOrderId);
      if (!members) {
        members = new Set();
        workOrders.set(entry.workOrderId, members);
      }
      members.add(entry.id);
    }
    if (!entry.open) return;
    openCount++;
    buckets.add(entry);
    for (const stem of entry.terms.keys()) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
  };

  const limitsFor = (category: string | null) => {
    const own = category === null ? undefined : options.categories?.[category];
    return { radiusMetres: own?.radiusMetres ?? settings.radiusMetres, windowDays: own?.windowDays ?? settings.windowDays };
  };

  return {
    apply(events) {
      for (const event of events) {
        const current = complaints.get(event.complaintId);
        const next = foldEvent(current, event, normalize);
        if (next === undefined || next === current) continue;
        if (current) unindex(current);
        complaints.set(next.id, next);
        index(next);
      }
    },

    suggest(actor, complaintId, now) {
      if (actor.role === 'complainant') throw new ForbiddenError(actor.id, 'suggest duplicates', 'residents do not see other complaints');
      const target = complaints.get(complaintId);
      if (!target) throw new NotFoundError('complaint', complaintId);
      const unit = unitScopeOf(actor);
      if (unit !== undefined && target.unitId !== unit) {
        throw new ForbiddenError(actor.id, 'suggest duplicates', `complaint ${complaintId} is not disposed to unit "${unit}"`);
      }
      const { radiusMetres, windowDays } = limitsFor(target.category);
      const since = now.getTime() - windowDays * DAY_MS;
      const targetKelurahan = target.kelurahan === null ? null : kelurahanKey(target.kelurahan);
      const candidates: { entry: IndexedComplaint; distance: number | null; sameKelurahan: boolean }[] = [];
      for (const id of buckets.near(target.category, target.kelurahan, target.geo, radiusMetres)) {
        const entry = complaints.get(id);
        if (!entry || id === complaintId || entry.createdAt < since) continue;
        if (unit !== undefined && entry.unitId !== unit) continue;
        const distance = target.geo && entry.geo ? distanceMetres(target.geo, entry.geo) : null;
        const sameKelurahan = targetKelurahan !== null && entry.kelurahan !== null && kelurahanKey(entry.kelurahan) === targetKelurahan;
        if (!sameKelurahan && (distance === null || distance > radiusMetres)) continue;
        candidates.push({ entry, distance, sameKelurahan });
      }
      candidates.sort((a, b) => b.entry.createdAt - a.entry.createdAt || (a.entry.id < b.entry.id ? -1 : 1));
      const idf = idfOf(documentFrequency, openCount);
      const suggestions: DuplicateSuggestion[] = [];
      for (const { entry, distance, sameKelurahan } of candidates.slice(0, settings.maxCandidates)) {
        const { similarity, problemSimilarity, shared } = textSimilarity(target, entry, idf);
        // Two reports of one problem share words about the problem, not only the street they are on.
        if (similarity < settings.minSimilarity || problemSimilarity < settings.minProblemSimilarity) continue;
        // Nearer is likelier: up to half the score goes with distance; the same kelurahan without coordinates counts as near.
        const nearness = distance === null ? 1 : 1 - 0.5 * Math.min(1, distance / radiusMetres);
        const sharedWords = shared.slice(0, 8).map((stem) => target.words.get(stem) ?? stem);
        const within = sameKelurahan || (distance !== null && distance <= radiusMetres);
        suggestions.push({
          complaintId: entry.id,
          trackingNumber: entry.trackingNumber,
          title: entry.title,
          category: entry.category,
          kelurahan: entry.kelurahan,
          createdAt: new Date(entry.createdAt).toISOString(),
          score: Math.round(similarity * nearness * 1000) / 1000,
          textSimilarity: Math.round(similarity * 1000) / 1000,
          sharedWords,
          distanceMetres: distance === null ? null : Math.round(distance),
          sameKelurahan,
          strength: within && similarity >= settings.likelySimilarity ? 'likely' : 'possible',
          ...describeMatch({ sharedWords, distanceMetres: distance, sameKelurahan, kelurahan: entry.kelurahan }),
          workOrderId: entry.workOrderId,
        });
      }
      return suggestions
        .sort(
          (a, b) =>
            b.score - a.score ||
            (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0) ||
            (a.complaintId < b.complaintId ? -1 : 1),
        )
        .slice(0, settings.limit);
    },

    get: (complaintId) => complaints.get(complaintId),
    members: (workOrderId) =>
      [...(workOrders.get(workOrderId) ?? [])]
        .flatMap((id) => complaints.get(id) ?? [])
        .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    get openCount() {
      return openCount;
    },
    clear() {
      complaints.clear();
      documentFrequency.clear();
      workOrders.clear();
      buckets.clear();
      openCount = 0;
    },
  };
}
