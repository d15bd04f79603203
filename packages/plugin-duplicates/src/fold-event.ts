import { analyzeIndonesian, type NormalizeOptions } from '@aduan/text-id';
import { placeTerms } from './place-terms.js';
import type { StoredEvent } from '@aduan/spec';
import type { IndexedComplaint } from './indexed-complaint.js';

/** The plugin's own event that puts a complaint under a work order. */
const GROUPED_EVENT = 'duplicates/grouped';

interface ReceivedPayload {
  trackingNumber?: unknown;
  title?: unknown;
  description?: unknown;
  category?: unknown;
  location?: { kelurahan?: unknown; lat?: unknown; long?: unknown };
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const orNull = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

function termsOf(content: string, options: NormalizeOptions): Pick<IndexedComplaint, 'terms' | 'words' | 'places' | 'placeKeys'> {
  const terms = new Map<string, number>();
  const words = new Map<string, string>();
  for (const term of analyzeIndonesian(content, options)) {
    terms.set(term.stem, (terms.get(term.stem) ?? 0) + 1);
    if (!words.has(term.stem)) words.set(term.stem, term.word);
  }
  const { names, keys } = placeTerms(content, options);
  return { terms, words, places: names, placeKeys: keys };
}

function placeOf(location: ReceivedPayload['location']): Pick<IndexedComplaint, 'kelurahan' | 'geo'> {
  const lat = location?.lat;
  const long = location?.long;
  return {
    kelurahan: orNull(location?.kelurahan),
    geo: typeof lat === 'number' && typeof long === 'number' ? { lat, long } : null,
  };
}

/**
 * Folds one stored event into the index's record of its complaint, mirroring the lifecycle's
 * reading of the same events (category from verification, unit from disposition, the place from
 * the first message that gave one, closed on resolution, rejection or merge). Returns the new
 * record, `undefined` for a stream that has not begun with `complaint-received`, or the same
 * record when the event was already applied.
 */
export function foldEvent(
  current: IndexedComplaint | undefined,
  event: StoredEvent,
  options: NormalizeOptions,
): IndexedComplaint | undefined {
  if (current && event.version <= current.version) return current;
  const payload = event.payload as Record<string, unknown>;
  if (event.type === 'complaint-received') {
    const received = payload as ReceivedPayload;
    return {
      id: event.complaintId,
      trackingNumber: text(received.trackingNumber),
      title: text(received.title),
      category: orNull(received.category),
      ...placeOf(received.location),
      unitId: null,
      createdAt: Date.parse(event.at),
      open: true,
      responded: false,
      workOrderId: null,
      ...termsOf(`${text(received.title)}\n${text(received.description)}`, options),
      version: event.version,
    };
  }
  if (!current) return undefined;
  const next: IndexedComplaint = { ...current, version: event.version };
  switch (event.type) {
    case 'complaint-verified':
      if (orNull(payload['category'])) next.category = orNull(payload['category']);
      break;
    case 'complaint-disposed':
      next.unitId = orNull(payload['unitId']);
      next.responded = false;
      break;
    case 'complaint-returned':
      next.unitId = null;
      break;
    case 'complaint-responded':
      next.responded = true;
      break;
    case 'complaint-reopened':
      next.responded = false;
      break;
    case 'complaint-confirmed':
    case 'complaint-resolved':
    case 'complaint-rejected':
    case 'complaint-merged':
      next.open = false;
      break;
    case 'complaint-info-provided':
    case 'complaint-follow-up-received': {
      const place = placeOf(payload['location'] as ReceivedPayload['location']);
      if (next.kelurahan === null) next.kelurahan = place.kelurahan;
      if (next.geo === null) next.geo = place.geo;
      break;
    }
    case GROUPED_EVENT:
      next.workOrderId = orNull(payload['workOrderId']);
      break;
  }
  return next;
}
