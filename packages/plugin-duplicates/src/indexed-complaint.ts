import type { GeoPoint } from './distance.js';

/** What the duplicate index keeps of one complaint: enough to find, rank and explain it, nothing about who sent it. */
export interface IndexedComplaint {
  id: string;
  trackingNumber: string;
  title: string;
  category: string | null;
  /** As written; compared without case. */
  kelurahan: string | null;
  geo: GeoPoint | null;
  unitId: string | null;
  /** Milliseconds since the epoch. */
  createdAt: number;
  open: boolean;
  /** Whether the complaint has an answer the resident has not yet confirmed or disputed. */
  responded: boolean;
  /** The work order it is grouped under, if any. */
  workOrderId: string | null;
  /** Stemmed content words of the title and description, with their counts. */
  terms: ReadonlyMap<string, number>;
  /** The stems that name places (streets, gangs, RT numbers, landmarks): weighed above other words. */
  places: ReadonlySet<string>;
  /** The places named, as kind and name (`jalan sriwijaya`, `rt 3`). */
  placeKeys: ReadonlySet<string>;
  /** A readable word for each stem (the first one seen), for explaining a match. */
  words: ReadonlyMap<string, string>;
  /** The version of the last event applied, so replays and repeats change nothing. */
  version: number;
}
