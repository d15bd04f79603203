import type { ComplaintStatus } from './domain.js';

/**
 * Where reply templates live: the texts officers start their replies from, per lifecycle stage and
 * category, with a short form for SMS and WhatsApp and a count of how often each was used.
 * `@aduan/plugin-templates` ships the memory implementation and renders the templates;
 * `@aduan/store-postgres` ships the PostgreSQL one; `@aduan/test-kit`'s `testTemplateStore`
 * checks any implementation.
 *
 * Templates are never deleted: a seasonal one is made inactive, so its usage stays on record.
 * Every instant crossing this contract is a UTC string in exactly the form `Date#toISOString`
 * gives, handed back unchanged.
 */

/** A template as an editor saves it. */
export interface ReplyTemplateInputV1 {
  /** Lower-case letters, digits and `-`, 1 to 100 characters, e.g. `jalan-rusak-tindak-lanjut`. */
  id: string;
  /** What officers see in the template list, 1 to 200 characters. */
  name: string;
  /** The lifecycle stage the template is written for: the complaint's status when it is used. */
  stage: ComplaintStatus;
  /** The category it is written for; null: every category. */
  category: string | null;
  /** Sent by itself when a complaint is received (the acknowledgement); only for stage `received`. */
  automatic: boolean;
  /** Inactive (seasonal) templates are kept but not offered or sent. */
  active: boolean;
  /** The text with `{variables}`, 1 to 10,000 characters. */
  body: string;
  /** The short form for channels with little room (SMS, WhatsApp), 1 to 1,000 characters; null: none. */
  shortBody: string | null;
}

/** A stored template. */
export interface ReplyTemplateV1 extends ReplyTemplateInputV1 {
  /** 1 when created, one more on every save: the expected version of the next save. */
  version: number;
  createdAt: string;
  updatedAt: string;
  /** The id of the actor who saved this version. */
  updatedBy: string;
  /** How many distinct uses were recorded. */
  usageCount: number;
  lastUsedAt: string | null;
}

export interface SaveTemplateInputV1 {
  template: ReplyTemplateInputV1;
  /** 0 to create; the stored version to replace it. Anything else fails with `version_conflict` (or `not_found` for an id that does not exist). */
  expectedVersion: number;
  at: string;
  by: string;
}

export interface TemplateQueryV1 {
  stage?: ComplaintStatus;
  /** Exactly this category; null: only the templates for every category. */
  category?: string | null;
  /** The templates that apply to a complaint of this category: its own and those for every category (null: the latter only). */
  appliesToCategory?: string | null;
  active?: boolean;
  automatic?: boolean;
  /** Page size, 1..500. */
  limit: number;
  /** Opaque cursor from the previous page. */
  cursor?: string;
}

export interface TemplatePageV1 {
  /** Ordered by id, in plain code order. */
  items: ReplyTemplateV1[];
  nextCursor: string | null;
}

/** Reply template storage contract, version 1. Frozen once released: changes go into `TemplateStoreV2`. */
export interface TemplateStoreV1 {
  readonly specificationVersion: 'v1';
  /** Adapter name for messages, e.g. `memory`, `postgres`. */
  readonly provider: string;

  /** Creates or replaces a template, atomically against concurrent saves (see `expectedVersion`); keeps its usage. */
  doSave(input: SaveTemplateInputV1): Promise<ReplyTemplateV1>;
  doGet(id: string): Promise<ReplyTemplateV1 | undefined>;
  doList(query: TemplateQueryV1): Promise<TemplatePageV1>;
  /**
   * Counts one use of a template. `useId` names the use (the id of the event that recorded it):
   * the same use counted twice, also at once, counts once; answers whether this call counted it.
   * `not_found` for a template that does not exist.
   */
  doRecordUse(input: { id: string; useId: string; at: string }): Promise<boolean>;
  /** Releases what the adapter opened itself. Idempotent; every other method afterwards fails with `closed` (`ClosedError`). */
  doClose?(): Promise<void>;
}
