import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import type { ProviderFailure } from './harness.js';

/** One HTTP call that reached the fake provider, as it arrived. */
export interface FakeProviderCall {
  method: string;
  /** Path without the query, e.g. `/v21.0/1098/messages`. */
  path: string;
  query: URLSearchParams;
  headers: Headers;
  /** The raw body as text. */
  body: string;
  /** How the fake answered: `answered` (with `status`), `lost` (connection dropped after reading) or `hung`. */
  fate: 'answered' | 'lost' | 'hung';
  status?: number;
}

/** An answer in the provider's own protocol. An object or array `body` is sent as JSON, bytes as they are. */
export interface FakeProviderAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array | Record<string, unknown> | unknown[];
}

/**
 * What the next call meets instead of the normal answer:
 * - `retryable` / `permanent`: the provider's own refusals (default 503 and 400 with a JSON error);
 * - `unreachable`: the connection is refused (only through `provider.fetch`, see below);
 * - `lost`: the provider reads and handles the call (`respond` runs, so it counts as received),
 *   then the connection drops before any answer: the caller cannot know it arrived;
 * - `hang`: no answer until the server closes (for testing an adapter's own timeout);
 * - an explicit answer.
 */
export type FakeProviderScript = ProviderFailure | 'hang' | FakeProviderAnswer;

/** A refusal answer, fixed or built from the call it refuses. */
export type FakeProviderRefusal = FakeProviderAnswer | ((call: FakeProviderCall) => FakeProviderAnswer);

export interface FakeProviderServerOptions {
  /** Answers every call that is not scripted otherwise; record what the provider accepted here. */
  respond: (call: FakeProviderCall) => FakeProviderAnswer | Promise<FakeProviderAnswer>;
  /**
   * The provider's refusals for `retryable` and `permanent`, in its own protocol; a function
   * builds the refusal from the call (e.g. Twilio's 21211 quotes the number it refused).
   */
  failures?: { retryable?: FakeProviderRefusal; permanent?: FakeProviderRefusal };
}

export interface FakeProviderServer {
  /** `http://127.0.0.1:<port>`: point the adapter's base URL here. */
  readonly url: string;
  /**
   * A real `fetch` to give the adapter. It behaves as the global one, except that a scripted
   * `unreachable` makes the next call connect to a closed loopback port, so the adapter meets a
   * genuine refused connection (`ECONNREFUSED`), not a simulated error.
   */
  readonly fetch: typeof globalThis.fetch;
  /** Every call that reached the server, in order (refused connections never do). */
  calls(): FakeProviderCall[];
  /** Queues what the next call meets; one script per call, first in first out. */
  failNext(script: FakeProviderScript): void;
  close(): Promise<void>;
}

const DEFAULT_FAILURES: Record<'retryable' | 'permanent', FakeProviderRefusal> = {
  retryable: { status: 503, body: { error: { code: 'unavailable', message: 'Service temporarily unavailable' } } },
  permanent: { status: 400, body: { error: { code: 'invalid_request', message: 'The request was refused' } } },
};

async function readText(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function write(response: ServerResponse, answer: FakeProviderAnswer): void {
  const { body } = answer;
  const json = typeof body === 'object' && !(body instanceof Uint8Array);
  const bytes = body === undefined ? '' : body instanceof Uint8Array ? Buffer.from(body) : json ? JSON.stringify(body) : (body as string);
  response.writeHead(answer.status, { ...(json ? { 'content-type': 'application/json' } : {}), ...answer.headers }).end(bytes);
}

/** A loopback port that refuses connections: bound, then released. */
async function closedPort(): Promise<number> {
  const probe = createTcpServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/**
 * A provider's HTTP API on 127.0.0.1 for channel tests: a real server that records every call and
 * answers as `respond` says, or fails as scripted. Tests never leave the machine, and the adapter
 * runs its real HTTP code against real sockets.
 *
 * @example
 * const provider = await startFakeProvider({
 *   respond: (call) => ({ status: 201, body: { id: `msg-${provider.calls().length}` } }),
 * });
 * const channel = createMyChannel({ apiUrl: provider.url, fetch: provider.fetch });
 */
export async function startFakeProvider(options: FakeProviderServerOptions): Promise<FakeProviderServer> {
  const calls: FakeProviderCall[] = [];
  const scripts: FakeProviderScript[] = [];
  const failures = { ...DEFAULT_FAILURES, ...options.failures };
  const hung = new Set<ServerResponse>();
  let misuse: string | undefined;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://fake');
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string') headers.set(name, value);
    const call: FakeProviderCall = {
      method: request.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers,
      body: await readText(request),
      fate: 'answered',
    };
    calls.push(call);
    const script = scripts.shift();
    if (script === 'unreachable') {
      misuse = "failNext('unreachable') met a call on the server: give the adapter provider.fetch so the connection can be refused";
      response.socket?.destroy();
      return;
    }
    if (script === 'hang') {
      call.fate = 'hung';
      hung.add(response);
      return;
    }
    if (script === 'lost') {
      call.fate = 'lost';
      await options.respond(call);
      response.socket?.destroy();
      return;
    }
    const refusal = script === 'retryable' || script === 'permanent' ? failures[script] : undefined;
    const answer =
      refusal !== undefined
        ? typeof refusal === 'function'
          ? refusal(call)
          : refusal
        : typeof script === 'object'
          ? script
          : await options.respond(call);
    call.status = answer.status;
    write(response, answer);
  }

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      misuse = `the fake provider's respond() failed: ${error instanceof Error ? error.message : String(error)}`;
      response.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const fetchThroughFake: typeof globalThis.fetch = async (input, init) => {
    if (scripts[0] !== 'unreachable') return globalThis.fetch(input, init);
    scripts.shift();
    const target = new URL(input instanceof Request ? input.url : String(input));
    target.protocol = 'http:';
    target.hostname = '127.0.0.1';
    // Released just now, not at start: in a long run another server (any test process) may bind an
    // old released port, and the "unreachable" call would then be answered.
    target.port = String(await closedPort());
    return globalThis.fetch(input instanceof Request ? new Request(target, input) : target, init);
  };

  return {
    url,
    fetch: fetchThroughFake,
    calls: () => {
      if (misuse) throw new Error(misuse);
      return [...calls];
    },
    failNext: (script) => void scripts.push(script),
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const response of hung) response.socket?.destroy();
        server.close((error) => (error ? reject(error) : misuse ? reject(new Error(misuse)) : resolve()));
        // fetch keeps connections alive; without this, close waits for them to time out.
        server.closeAllConnections();
      }),
  };
}
