import type { ReplyTemplateV1 } from '@aduan/spec';
import { isoText } from '../instants.js';

/** The columns of a template, read back as `TemplateStoreV1` gives them (instants as `Date#toISOString` text). */
export const TEMPLATE_COLUMNS = `id, name, stage, category, automatic, active, body, short_body, version,
  ${isoText('created_at')} AS created_at, ${isoText('updated_at')} AS updated_at, updated_by, usage_count,
  ${isoText('last_used_at')} AS last_used_at`;

export interface TemplateRow {
  id: string;
  name: string;
  stage: ReplyTemplateV1['stage'];
  category: string | null;
  automatic: boolean;
  active: boolean;
  body: string;
  short_body: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  updated_by: string;
  usage_count: number;
  last_used_at: string | null;
}

export const templateOf = (row: TemplateRow): ReplyTemplateV1 => ({
  id: row.id,
  name: row.name,
  stage: row.stage,
  category: row.category,
  automatic: row.automatic,
  active: row.active,
  body: row.body,
  shortBody: row.short_body,
  version: row.version,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  updatedBy: row.updated_by,
  usageCount: row.usage_count,
  lastUsedAt: row.last_used_at,
});
