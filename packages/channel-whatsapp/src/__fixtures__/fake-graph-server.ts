import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A message the fake accepted, as the Graph API would have delivered it. */
export interface AcceptedMessage {
  path: string;
  authorization: string | undefined;
  body: Record<string, unknown>;
  id: string;
}

export interface FakeGraphServer {
  /** Base URL to pass as `graphApiBaseUrl`. */
  url: string;
  accepted: AcceptedMessage[];
  /** Every request, accepted or not. */
  requests: number;
  /** While down, every call answers 503 with a Graph error body. */
  setDown(down: boolean): void;
  /** Answers the next call with this status and Graph error code instead. */
  failNext(status: number, code: number, message: string): void;
  /** Media the fake serves: `GET /{version}/{id}` and the download URL it names. */
  addMedia(id: string, bytes: Uint8Array, mimeType: string, sha256: string): void;
  close(): Promise<void>;
}

function graphError(response: ServerResponse, status: number, code: number, message: string, type = 'OAuthException'): void {
  const fbtrace_id = randomBytes(8).toString('base64url');
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message, type, code, fbtrace_id } }));
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Checks a send request the way Graph does; returns an error message or undefined. */
function invalidSend(body: Record<string, unknown>): string | undefined {
  if (body['messaging_product'] !== 'whatsapp') return '(#100) The parameter messaging_product is required.';
  if (typeof body['to'] !== 'string' || !/^\+?\d{6,20}$/.test(body['to'])) return '(#100) Invalid parameter: to';
  const type = body['type'];
  if (type === 'text') {
    const text = body['text'] as { body?: unknown } | undefined;
    if (typeof text?.body !== 'string' || text.body.length === 0) return '(#100) The parameter text[\'body\'] is required.';
    if (text.body.length > 4096) return '(#100) Param text[\'body\'] must be at most 4096 characters long.';
    return undefined;
  }
  if (type === 'template') {
    const template = body['template'] as { name?: unknown; language?: { code?: unknown } } | undefined;
    if (typeof template?.name !== 'string' || typeof template.language?.code !== 'string') return '(#100) Invalid template';
    return undefined;
  }
  return `(#100) Unsupported message type ${String(type)}`;
}

/**
 * A stand-in for `graph.facebook.com` on loopback that follows the published protocol: bearer
 * auth, `POST /{version}/{phone-number-id}/messages` answering `{ messaging_product, contacts,
 * messages: [{ id }] }`, errors as `{ error: { message, type, code, fbtrace_id } }`.
 */
export async function startFakeGraphServer(options: { accessToken: string; phoneNumberId: string }): Promise<FakeGraphServer> {
  const accepted: AcceptedMessage[] = [];
  const media = new Map<string, { bytes: Uint8Array; mimeType: string; sha256: string }>();
  let down = false;
  let next: { status: number; code: number; message: string } | undefined;
  let requests = 0;
  let base = '';

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    requests++;
    const body = await readBody(request);
    const path = new URL(request.url ?? '/', 'http://fake').pathname;
    if (down) return graphError(response, 503, 2, 'Service temporarily unavailable', 'OAuthException');
    if (next) {
      const failure = next;
      next = undefined;
      return graphError(response, failure.status, failure.code, failure.message);
    }
    if (request.headers.authorization !== `Bearer ${options.accessToken}`) {
      return graphError(response, 401, 190, 'Invalid OAuth access token - Cannot parse access token');
    }
    const download = /^\/download\/(\d+)$/.exec(path);
    if (request.method === 'GET' && download) {
      const item = media.get(download[1] as string);
      if (!item) return graphError(response, 404, 100, 'Not found');
      return response.writeHead(200, { 'content-type': item.mimeType }).end(Buffer.from(item.bytes));
    }
    const lookup = /^\/v\d+\.\d+\/(\d+)$/.exec(path);
    if (request.method === 'GET' && lookup) {
      const id = lookup[1] as string;
      const item = media.get(id);
      if (!item) return graphError(response, 400, 100, `Unsupported get request. Object with ID '${id}' does not exist`, 'GraphMethodException');
      const reply = { messaging_product: 'whatsapp', url: `${base}/download/${id}`, mime_type: item.mimeType, sha256: item.sha256, file_size: item.bytes.byteLength, id };
      return response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
    }
    const send = /^\/v\d+\.\d+\/(\d+)\/messages$/.exec(path);
    if (request.method !== 'POST' || send?.[1] !== options.phoneNumberId) {
      return graphError(response, 400, 100, `Unknown path components: ${path}`, 'GraphMethodException');
    }
    let message: Record<string, unknown>;
    try {
      message = JSON.parse(body) as Record<string, unknown>;
    } catch {
      return graphError(response, 400, 100, '(#100) Invalid JSON');
    }
    const invalid = invalidSend(message);
    if (invalid) return graphError(response, 400, 100, invalid);
    const id = `wamid.${randomBytes(30).toString('base64')}`;
    accepted.push({ path, authorization: request.headers.authorization, body: message, id });
    const to = String(message['to']);
    response
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ messaging_product: 'whatsapp', contacts: [{ input: to, wa_id: to.replace('+', '') }], messages: [{ id }] }));
  };

  const server: Server = createServer((request, response) => {
    handle(request, response).catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    accepted,
    get requests() {
      return requests;
    },
    setDown: (value) => {
      down = value;
    },
    failNext: (status, code, message) => {
      next = { status, code, message };
    },
    addMedia: (id, bytes, mimeType, sha256) => {
      media.set(id, { bytes, mimeType, sha256 });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // fetch keeps connections alive; without this, close waits for them to time out.
        server.closeAllConnections();
      }),
  };
}
