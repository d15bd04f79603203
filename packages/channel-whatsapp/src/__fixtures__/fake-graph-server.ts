import { randomBytes } from 'node:crypto';
import { startFakeProvider, type FakeProviderAnswer, type FakeProviderCall, type FakeProviderScript } from '@aduan/test-kit';

/** A message the fake accepted, as the Graph API would have delivered it. */
interface AcceptedMessage {
  path: string;
  authorization: string | undefined;
  body: Record<string, unknown>;
  id: string;
}

/** One request the fake saw, with the host it was meant for (see `meta.fetch`). */
interface SeenRequest {
  host: string;
  path: string;
  authorization: string | null;
}

export interface FakeGraphServer {
  /** Base URL to pass as `graphApiBaseUrl` when talking to the fake directly. */
  url: string;
  /** A fetch that meets a refused connection when the kit scripts `unreachable`. */
  fetch: typeof globalThis.fetch;
  /**
   * A fetch that plays Meta's hosts: `https://graph.facebook.com/…` and
   * `https://lookaside.fbsbx.com/…` are answered by the fake (any other host is refused with
   * ECONNREFUSED), and every request is recorded with its host in `seen`.
   */
  meta: { fetch: typeof globalThis.fetch; seen: SeenRequest[] };
  accepted: AcceptedMessage[];
  /** Every request, accepted or not. */
  readonly requests: number;
  /** While down, every call answers 503 with a Graph error body. */
  setDown(down: boolean): void;
  /** Answers the next call with this status and Graph error code instead. */
  failNext(status: number, code: number, message: string): void;
  /** Meets the next call with a script of the kit's fake provider: a kit failure, `hang`, or an explicit answer. */
  failNextAs(script: FakeProviderScript): void;
  /** Media the fake serves: `GET /{version}/{id}` names a lookaside URL that serves the bytes. */
  addMedia(id: string, bytes: Uint8Array, mimeType: string, sha256: string, options?: { url?: string }): void;
  close(): Promise<void>;
}

const LOOKASIDE = 'https://lookaside.fbsbx.com';

function graphError(status: number, code: number, message: string, type = 'OAuthException'): FakeProviderAnswer {
  return { status, body: { error: { message, type, code, fbtrace_id: randomBytes(8).toString('base64url') } } };
}

/** Checks a send request the way Graph does; returns an error message or undefined. */
function invalidSend(body: Record<string, unknown>): string | undefined {
  if (body['messaging_product'] !== 'whatsapp') return '(#100) The parameter messaging_product is required.';
  if (typeof body['to'] !== 'string' || !/^\+?\d{6,20}$/.test(body['to'])) return '(#100) Invalid parameter: to';
  const type = body['type'];
  if (type === 'text') {
    const text = body['text'] as { body?: unknown } | undefined;
    if (typeof text?.body !== 'string' || text.body.length === 0) return "(#100) The parameter text['body'] is required.";
    if (text.body.length > 4096) return "(#100) Param text['body'] must be at most 4096 characters long.";
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
 * A stand-in for `graph.facebook.com` on loopback (the test kit's `startFakeProvider`) that follows
 * the published protocol: bearer auth, `POST /{version}/{phone-number-id}/messages` answering
 * `{ messaging_product, contacts, messages: [{ id }] }`, errors as
 * `{ error: { message, type, code, fbtrace_id } }`, media lookups naming a lookaside URL.
 */
export async function startFakeGraphServer(options: { accessToken: string; phoneNumberId: string }): Promise<FakeGraphServer> {
  const accepted: AcceptedMessage[] = [];
  const media = new Map<string, { bytes: Uint8Array; mimeType: string; sha256: string; url: string }>();
  const seen: SeenRequest[] = [];
  let down = false;

  function respond(call: FakeProviderCall): FakeProviderAnswer {
    if (down) return graphError(503, 2, 'Service temporarily unavailable');
    if (call.headers.get('authorization') !== `Bearer ${options.accessToken}`)
      return graphError(401, 190, 'Invalid OAuth access token - Cannot parse access token');
    if (call.method === 'GET' && call.path === '/whatsapp_business/attachments/') {
      const item = [...media.values()].find((candidate) => new URL(candidate.url).searchParams.get('mid') === call.query.get('mid'));
      return item ? { status: 200, headers: { 'content-type': item.mimeType }, body: item.bytes } : { status: 404, body: 'Not found' };
    }
    const lookup = /^\/v\d+\.\d+\/(\d+)$/.exec(call.path);
    if (call.method === 'GET' && lookup) {
      const id = lookup[1] as string;
      const item = media.get(id);
      if (!item) return graphError(400, 100, `Unsupported get request. Object with ID '${id}' does not exist`, 'GraphMethodException');
      return {
        status: 200,
        body: {
          messaging_product: 'whatsapp',
          url: item.url,
          mime_type: item.mimeType,
          sha256: item.sha256,
          file_size: item.bytes.byteLength,
          id,
        },
      };
    }
    const send = /^\/v\d+\.\d+\/(\d+)\/messages$/.exec(call.path);
    if (call.method !== 'POST' || send?.[1] !== options.phoneNumberId)
      return graphError(400, 100, `Unknown path components: ${call.path}`, 'GraphMethodException');
    let message: Record<string, unknown>;
    try {
      message = JSON.parse(call.body) as Record<string, unknown>;
    } catch {
      return graphError(400, 100, '(#100) Invalid JSON');
    }
    const invalid = invalidSend(message);
    if (invalid) return graphError(400, 100, invalid);
    const id = `wamid.${randomBytes(30).toString('base64')}`;
    accepted.push({ path: call.path, authorization: call.headers.get('authorization') ?? undefined, body: message, id });
    const to = String(message['to']);
    return {
      status: 200,
      body: { messaging_product: 'whatsapp', contacts: [{ input: to, wa_id: to.replace('+', '') }], messages: [{ id }] },
    };
  }

  const provider = await startFakeProvider({
    respond,
    failures: {
      retryable: graphError(503, 2, 'Service temporarily unavailable'),
      permanent: graphError(400, 100, '(#100) Invalid parameter'),
    },
  });

  const metaFetch: typeof globalThis.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const authorization = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined)).get('authorization');
    seen.push({ host: url.host, path: url.pathname, authorization });
    const known = url.protocol === 'https:' && (url.host === 'graph.facebook.com' || url.host === 'lookaside.fbsbx.com');
    // Other hosts are "unreachable": the test sees what the downloader would have fetched.
    const target = new URL(`${url.pathname}${url.search}`, known ? provider.url : 'http://127.0.0.1:9');
    return globalThis.fetch(target, init);
  };

  return {
    url: provider.url,
    fetch: provider.fetch,
    meta: { fetch: metaFetch, seen },
    accepted,
    get requests() {
      return provider.calls().length;
    },
    setDown: (value) => {
      down = value;
    },
    failNext: (status, code, message) => provider.failNext(graphError(status, code, message)),
    failNextAs: (script) => provider.failNext(script),
    addMedia: (id, bytes, mimeType, sha256, extra = {}) => {
      media.set(id, {
        bytes,
        mimeType,
        sha256,
        url: extra.url ?? `${LOOKASIDE}/whatsapp_business/attachments/?mid=${id}&ext=1767226000&hash=ATuF`,
      });
    },
    close: () => provider.close(),
  };
}
