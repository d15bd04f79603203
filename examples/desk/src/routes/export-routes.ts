import type { WorkingCalendar } from '@aduan/core/calendar';
import { PassThrough, Readable } from 'node:stream';
import type { Actor, Clock, ComplaintSummary, CountFilter } from '@aduan/spec';
import ExcelJS from 'exceljs';
import { Hono } from 'hono';
import { stream } from 'hono/streaming';
import { channelLabel, STATUS_LABELS } from '../format.js';
import { applyFilterForm, readFilterForm } from '../list-filter.js';
import type { QueueLister } from '../queue-list.js';
import { type Queue, queueBySlug } from '../queues.js';
import type { DeskEnv } from '../session.js';
import { unitName } from '../units.js';

export interface ExportRouteOptions {
  /** Lists the queue exported (the desk's `list` as the officer; the reopened queue from its index). */
  queues: QueueLister;
  calendar: WorkingCalendar;
  clock: Clock;
}

/**
 * The XLSX file written row by row as pages arrive (ExcelJS's streaming writer, no shared
 * strings), so memory stays flat however long the list. Values are written as text, never formulas.
 */
function xlsxStream(pages: AsyncGenerator<ComplaintSummary[]> | undefined, state: { truncated: boolean }): ReadableStream {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Aduan');
  (async () => {
    sheet.addRow(HEADER).commit();
    if (pages) for await (const items of pages) for (const item of items) sheet.addRow(cells(item)).commit();
    if (state.truncated) sheet.addRow([TRUNCATED]).commit();
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(output) as ReadableStream;
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

/** One complaint as the export's cells, in `HEADER` order. */
const cells = (item: ComplaintSummary): string[] => [
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
];

const line = (item: ComplaintSummary) => cells(item).map(field).join(',');

/** Every page of the filtered list as the officer may read it, up to `MAX_ROWS`; `truncated` is set when more were left. */
async function* pagesOf(
  queues: QueueLister,
  actor: Actor,
  queue: Queue,
  filter: CountFilter,
  state: { truncated: boolean },
): AsyncGenerator<ComplaintSummary[]> {
  let cursor: string | undefined;
  let rows = 0;
  do {
    const page = await queues.list(actor, queue, filter, { limit: 500, ...(cursor ? { cursor } : {}) });
    yield page.items;
    rows += page.items.length;
    cursor = page.nextCursor ?? undefined;
  } while (cursor && rows < MAX_ROWS);
  state.truncated = cursor !== undefined;
}

const TRUNCATED = `Dipotong pada ${MAX_ROWS} baris: persempit saringan.`;

/**
 * CSV and XLSX exports of a queue's filtered list, streamed page by page from `desk.list` as the officer:
 * unit-scoped and redacted exactly as the queue page (the summaries carry no identity).
 */
export function exportRoutes(options: ExportRouteOptions): Hono<DeskEnv> {
  const app = new Hono<DeskEnv>();
  app.get('/ekspor/:file{[a-z-]+\\.(csv|xlsx)}', (c) => {
    const officer = c.get('officer');
    const [slug, format] = c.req.param('file').split('.') as [string, 'csv' | 'xlsx'];
    const queue = queueBySlug(slug);
    if (!queue) return c.text('Antrean tidak ditemukan.', 404);
    const filter = applyFilterForm(queue.filter(options.clock.now(), options.calendar), readFilterForm(c.req.query()));
    const state = { truncated: false };
    const pages = filter ? pagesOf(options.queues, officer.actor, queue, filter, state) : undefined;
    c.header('Content-Disposition', `attachment; filename="aduan-${queue.slug}.${format}"`);
    if (format === 'xlsx') {
      c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      return c.body(xlsxStream(pages, state));
    }
    c.header('Content-Type', 'text/csv; charset=utf-8');
    return stream(c, async (out) => {
      await out.write(`\uFEFF${HEADER.map(field).join(',')}\r\n`);
      if (!pages) return;
      for await (const items of pages) if (items.length > 0) await out.write(`${items.map(line).join('\r\n')}\r\n`);
      if (state.truncated) await out.write(`${field(TRUNCATED)}\r\n`);
    });
  });
  return app;
}
