import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { constantTimeEqual } from '@aduan/adapter-utils';
import { LAPOR_COLUMNS } from '../lapor-columns.js';
import {
  LAPOR_API_AUTH_HEADER,
  LAPOR_API_MAX_PAGE_SIZE,
  bearer,
  type LaporApiRecord,
  type LaporApiUpdateBody,
} from '../api/lapor-api-protocol.js';

/** A misbehaviour of the fake for one request, to test the client against a hostile or broken server. */
export type FakeLaporFault =
  /** Answer this status (429, 500, 503, …) with `Retry-After` when given, and an internal-looking text. */
  | { kind: 'status'; status: number; retryAfter?: string }
  /** Answer 200 with a body of this many bytes. */
  | { kind: 'oversized'; bytes: number }
  /** Answer the page, but give back the cursor the request came with (and claim more pages). */
  | { kind: 'repeat-cursor' }
  /** Close the connection without answering. */
  | { kind: 'drop' }
  /** Answer normally (to let requests through before a later fault). */
  | { kind: 'pass' };

/** Options of `startFakeLaporServer`. */
export interface FakeLaporServerOptions {
  /** The token the fake accepts (as `Authorization: Bearer <token>`). */
  token: string;
  /** Reports it holds at start, in change order, keyed by the export's headers (see `reportRow` in the tests). */
  reports?: Iterable<LaporApiRecord>;
}

/** One request the fake answered. */
export interface FakeLaporRequest {
  method: string;
  /** Path and query, e.g. `/reports?limit=100&since=…`. */
  path: string;
}

/** A fake SP4N-LAPOR! API on loopback, following the bridge's assumed wire format exactly. */
export interface FakeLaporServer {
  /** The base URL to give the client (`http://127.0.0.1:<port>/api/v1/`). */
  readonly url: string;
  /** Adds a report, or changes one (same Tracking ID): it moves to the end of the change feed. */
  put(report: LaporApiRecord): void;
  /** The updates the city posted, in order. */
  readonly updates: readonly LaporApiUpdateBody[];
  /** Every request answered, in order. */
  readonly requests: readonly FakeLaporRequest[];
  /** Makes the next requests misbehave, one fault per request, in order. */
  inject(...faults: FakeLaporFault[]): void;
  close(): Promise<void>;
}

const BASE_PATH = '/api/v1/';
const MAX_UPDATE_BYTES = 64 * 1024;
/** The text a failing LAPOR! might send: the client must never show it. */
export const FAKE_LAPOR_INTERNAL_TEXT = 'ERROR: relation "laporan" deadlock at db-03.lapor.internal';

const cursorOf = (sequence: number) => Buffer.from(`seq:${sequence}`).toString('base64url');
function sequenceOf(cursor: string | null): number | undefined {
  if (cursor === null) return 0;
  const match = /^seq:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : undefined;
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  response.end(text);
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    total += chunk.byteLength;
    if (total > MAX_UPDATE_BYTES) throw new Error('too large');
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

function isUpdate(body: unknown, trackingId: string): body is LaporApiUpdateBody {
  if (typeof body !== 'object' || body === null) return false;
  const update = body as Record<string, unknown>;
  const answer = update['Isi Tindak Lanjut'];
  return (
    Object.keys(update).length === 4 &&
    update['Tracking ID'] === trackingId &&
    typeof update['Status Laporan'] === 'string' &&
    update['Status Laporan'] !== '' &&
    (answer === null || typeof answer === 'string') &&
    typeof update['Waktu Tindak Lanjut'] === 'string' &&
    !Number.isNaN(Date.parse(update['Waktu Tindak Lanjut']))
  );
}

/**
 * Starts a fake SP4N-LAPOR! API on 127.0.0.1 (a real node:http server) that follows the bridge's
 * assumed wire format (docs/lapor.md): the paged change feed with opaque cursors, the update post,
 * bearer-token checks, and faults on demand. For tests of code that pulls from or pushes to LAPOR!.
 */
export async function startFakeLaporServer(options: FakeLaporServerOptions): Promise<FakeLaporServer> {
  const feed = new Map<string, { sequence: number; report: LaporApiRecord }>();
  let sequence = 0;
  const put = (report: LaporApiRecord) => {
    const trackingId = report[LAPOR_COLUMNS.trackingId];
    if (!trackingId) throw new Error(`a fake LAPOR! report needs a "${LAPOR_COLUMNS.trackingId}"`);
    feed.delete(trackingId);
    feed.set(trackingId, { sequence: ++sequence, report: { ...report } });
  };
  for (const report of options.reports ?? []) put(report);
  const updates: LaporApiUpdateBody[] = [];
  const requests: FakeLaporRequest[] = [];
  const faults: FakeLaporFault[] = [];
  const expected = bearer(options.token);

  const pull = (url: URL, response: ServerResponse, fault: FakeLaporFault | undefined) => {
    const limit = Number(url.searchParams.get('limit'));
    const since = sequenceOf(url.searchParams.get('since'));
    if (!Number.isInteger(limit) || limit < 1 || limit > LAPOR_API_MAX_PAGE_SIZE || since === undefined) {
      return send(response, 400, { error: 'limit or since is invalid' });
    }
    // The map keeps insertion order, and a change re-inserts: it is the change feed.
    const after = [...feed.values()].filter((entry) => entry.sequence > since);
    const page = after.slice(0, limit);
    const last = page.at(-1)?.sequence ?? since;
    const repeat = fault?.kind === 'repeat-cursor';
    send(response, 200, {
      reports: page.map((entry) => entry.report),
      cursor: repeat ? (url.searchParams.get('since') ?? cursorOf(0)) : cursorOf(last),
      hasMore: repeat || after.length > page.length,
    });
  };

  const post = async (request: IncomingMessage, response: ServerResponse, trackingId: string) => {
    let body: unknown;
    try {
      body = await readJson(request);
    } catch {
      return send(response, 400, { error: 'body is not JSON of at most 64 KiB' });
    }
    if (!feed.has(trackingId)) return send(response, 404, { error: 'unknown Tracking ID' });
    if (!isUpdate(body, trackingId)) return send(response, 422, { error: 'update is invalid' });
    updates.push(body);
    send(response, 200, { ok: true });
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://fake.lapor');
    requests.push({ method: request.method ?? '', path: `${url.pathname.slice(BASE_PATH.length - 1)}${url.search}` });
    const fault = faults.shift();
    if (fault?.kind === 'drop') return void request.socket.destroy();
    if (fault?.kind === 'status') {
      return send(
        response,
        fault.status,
        { error: FAKE_LAPOR_INTERNAL_TEXT },
        fault.retryAfter === undefined ? {} : { 'retry-after': fault.retryAfter },
      );
    }
    if (fault?.kind === 'oversized') {
      response.writeHead(200, { 'content-type': 'application/json' });
      return void response.end(`{"reports":["${'x'.repeat(Math.max(0, fault.bytes - 16))}"]}`);
    }
    const auth = request.headers[LAPOR_API_AUTH_HEADER];
    if (typeof auth !== 'string' || !constantTimeEqual(auth, expected)) {
      return send(response, 401, { error: 'token invalid' }, { 'www-authenticate': 'Bearer' });
    }
    const path = url.pathname.startsWith(BASE_PATH) ? url.pathname.slice(BASE_PATH.length) : undefined;
    const update = path === undefined ? null : /^reports\/(\d{7,9})\/tindak-lanjut$/.exec(path);
    if (path === 'reports' && request.method === 'GET') return pull(url, response, fault);
    if (update && request.method === 'POST') return void post(request, response, update[1]!);
    send(response, 404, { error: 'not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${BASE_PATH}`,
    put,
    updates,
    requests,
    inject: (...more) => void faults.push(...more),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
