import type { Desk } from '@aduan/core';
import type { WorkingCalendar } from '@aduan/core/calendar';
import type { Clock, ComplaintSummary } from '@aduan/spec';
import { Hono } from 'hono';
import { stream } from 'hono/streaming';
import { channelLabel, STATUS_LABELS } from '../format.js';
import { applyFilterForm, readFilterForm } from '../list-filter.js';
import { queueBySlug } from '../queues.js';
import type { DeskEnv } from '../session.js';
import { unitName } from '../units.js';

export interface ExportRouteOptions {
  desk: Desk;
  calendar: WorkingCalendar;
  clock: Clock;
}

/** Rows one export may hold; past it the file ends with a line saying so (narrow the filter). */
const MAX_ROWS = 100_000;
const HEADER = [
  'Nomor',
  'Judul',
  'Status',
  'Unit',
  'Kategori',
  'Kanal',
  'Kelurahan',
  'Masuk (UTC)',
  'Batas terdekat (UTC)',
  'Anonim',
  'Rahasia',
];

/** A CSV field: quoted, quotes doubled, and a leading formula character neutralised (spreadsheets would run it). */
const field = (value: string) => `"${(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value).replace(/"/g, '""')}"`;

const line = (item: ComplaintSummary) =>
  [
    item.trackingNumber,
    item.title,
    STATUS_LABELS[item.status],
    unitName(item.unitId),
    item.category ?? '',
    channelLabel(item.channel),
    item.kelurahan ?? '',
    item.createdAt,
    item.dueAt ?? '',
    item.anonim ? 'ya' : 'tidak',
    item.rahasia ? 'ya' : 'tidak',
  ]
    .map(field)
    .join(',');

/**
 * CSV export of a queue's filtered list, streamed page by page from `desk.list` as the officer:
 * unit-scoped and redacted exactly as the queue page (the summaries carry no identity).
 */
export function exportRoutes(options: ExportRouteOptions): Hono<DeskEnv> {
  const app = new Hono<DeskEnv>();
  app.get('/ekspor/:file{[a-z-]+\\.csv}', (c) => {
    const officer = c.get('officer');
    const queue = queueBySlug(c.req.param('file').replace(/\.csv$/, ''));
    if (!queue) return c.text('Antrean tidak ditemukan.', 404);
    const filter = applyFilterForm(queue.filter(options.clock.now(), options.calendar), readFilterForm(c.req.query()));
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="aduan-${queue.slug}.csv"`);
    return stream(c, async (out) => {
      await out.write(`\uFEFF${HEADER.map(field).join(',')}\r\n`);
      if (!filter) return;
      let cursor: string | undefined;
      let rows = 0;
      do {
        const page = await options.desk.list(officer.actor, { ...filter, limit: 500, orderBy: 'createdAt', ...(cursor ? { cursor } : {}) });
        if (page.items.length > 0) await out.write(`${page.items.map(line).join('\r\n')}\r\n`);
        rows += page.items.length;
        cursor = page.nextCursor ?? undefined;
      } while (cursor && rows < MAX_ROWS);
      if (cursor) await out.write(`${field(`Dipotong pada ${MAX_ROWS} baris: persempit saringan.`)}\r\n`);
    });
  });
  return app;
}
