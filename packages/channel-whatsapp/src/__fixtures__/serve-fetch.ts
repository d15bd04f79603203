import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';

export interface LoopbackServer {
  url: string;
  close(): Promise<void>;
}

function toRequest(request: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
  }
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  return new Request(new URL(request.url ?? '/', origin), {
    method: request.method,
    headers,
    // Streamed, so the endpoint's size limit applies while reading, as in production.
    ...(hasBody ? { body: Readable.toWeb(request) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
  } as RequestInit);
}

async function writeResponse(response: Response, target: ServerResponse): Promise<void> {
  target.writeHead(response.status, Object.fromEntries(response.headers));
  target.end(Buffer.from(await response.arrayBuffer()));
}

/** Serves a Fetch handler on 127.0.0.1 through plain `node:http`, on a free port. */
export async function serveFetch(handler: (request: Request) => Promise<Response>): Promise<LoopbackServer> {
  let origin = '';
  const server: Server = createServer((request, response) => {
    handler(toRequest(request, origin))
      .then((answer) => writeResponse(answer, response))
      .catch(() => response.writeHead(500).end())
      // An early answer (413) leaves the rest of the upload unread; drain it so the socket settles.
      .finally(() => request.resume());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
