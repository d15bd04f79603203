import type { Server } from 'node:http';
import { AduanError } from '@aduan/spec';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryAttachmentStore, type MemoryAttachmentStore } from '../attachments/memory-attachment-store.js';
import type { FetchHandler } from '../http/fetch-handler.js';
import { toNodeListener } from '../mount/to-node-listener.js';
import { close, coordinator, serve, testDesk, type TestDesk } from '../testing/loopback.js';
import { streamUpload } from '../testing/stream-upload.js';
import { createWebIntake } from './create-web-intake.js';
import type { WebIntakeOptions } from './web-intake-options.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map(close));
});

interface Setup extends TestDesk {
  url: string;
  attachments: MemoryAttachmentStore;
  /** Bytes of request body the handler pulled from the socket, across all requests. */
  bodyBytesRead: () => number;
}

/** Serves the web intake over real HTTP on loopback, counting the body bytes the handler reads. */
async function setup(options: Partial<WebIntakeOptions> = {}): Promise<Setup> {
  const desk = testDesk();
  const attachments = createMemoryAttachmentStore();
  const handler = createWebIntake({ desk: desk.desk, attachmentStore: attachments, basePath: '/aduan', ...options });
  let read = 0;
  const counting: FetchHandler = (request) => {
    const counter = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const body = request.body?.pipeThrough(counter);
    return handler(new Request(request, body ? { body, duplex: 'half' } as RequestInit : {}));
  };
  const { url, server } = await serve(toNodeListener(counting));
  servers.push(server);
  return { ...desk, url: `${url}/aduan`, attachments, bodyBytesRead: () => read };
}

const complaint = {
  title: 'Lampu jalan mati',
  description: 'Lampu jalan di depan SD Negeri 1 mati sejak seminggu lalu.',
  location: { address: 'Jl. Merdeka 10', kelurahan: 'Podosugih' },
  contact: { name: 'Siti Aminah', phone: '+62 812 3456 7890', email: 'siti@example.id' },
};

const postJson = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/complaints`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('POST /complaints with JSON', () => {
  it('files a web complaint and answers 201 with only the tracking number and status', async () => {
    const { url, store } = await setup();
    const response = await postJson(url, complaint);
    expect(response.status).toBe(201);
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['status', 'trackingNumber']);
    expect(body['status']).toBe('received');
    expect(response.headers.get('location')).toBe(`/aduan/complaints/${String(body['trackingNumber'])}`);

    const contents = store.contents();
    expect(contents.projections).toHaveLength(1);
    expect(contents.projections[0]).toMatchObject({ channel: 'web', trackingNumber: body['trackingNumber'], anonim: true, rahasia: true });
    // The contact went to the identity record, never into the event.
    expect(contents.identities[0]).toMatchObject(complaint.contact);
    expect(JSON.stringify(contents.events)).not.toContain('Siti');
  });

  it('answers a retry with the same Idempotency-Key with 200 and the same tracking number', async () => {
    const { url, store } = await setup();
    const key = { 'idempotency-key': 'a6f0c7b2-4d7e-4c55-9b1d-3f1f1c9e0a11' };
    const first = await postJson(url, complaint, key);
    const second = await postJson(url, complaint, key);
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(await second.json()).toEqual(await first.json());
    expect(store.contents().projections).toHaveLength(1);
    expect(store.contents().dedupeKeys).toEqual([expect.objectContaining({ channel: 'web', messageId: key['idempotency-key'] })]);
  });

  it('yields one complaint when the same submission arrives several times at once', async () => {
    const { url, store } = await setup();
    const key = { 'idempotency-key': 'concurrent-submission-0001' };
    const responses = await Promise.all(Array.from({ length: 6 }, () => postJson(url, complaint, key)));
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 201]);
    const numbers = new Set(await Promise.all(responses.map(async (response) => ((await response.json()) as { trackingNumber: string }).trackingNumber)));
    expect(numbers.size).toBe(1);
    expect(store.contents().projections).toHaveLength(1);
  });

  it('refuses a short, guessable Idempotency-Key', async () => {
    const { url, store } = await setup();
    const response = await postJson(url, complaint, { 'idempotency-key': '1' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'invalid_input', issues: [{ path: 'Idempotency-Key' }] } });
    expect(store.contents().projections).toHaveLength(0);
  });

  it('passes the desk validation issues on as 400 { error: { code, message, issues } }', async () => {
    const { url } = await setup();
    const response = await postJson(url, { ...complaint, title: '  ', contact: { email: 'bukan-email' } });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { code: string; message: string; issues: { path: string }[] } };
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/title/);
    expect(error.issues.map((issue) => issue.path).sort()).toEqual(['contact.email', 'title']);
  });

  it('refuses fields the public may not set, such as a complainant id', async () => {
    const { url, store } = await setup();
    const response = await postJson(url, { ...complaint, complainantId: 'someone-else', channel: 'lapor' });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { issues: { path: string }[] } };
    expect(error.issues.map((issue) => issue.path)).toEqual(['complainantId', 'channel']);
    expect(store.contents().projections).toHaveLength(0);
  });

  it('answers malformed bodies with 400 and a clear message', async () => {
    const { url } = await setup();
    const badJson = await fetch(`${url}/complaints`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"title": "Jalan' });
    expect(badJson.status).toBe(400);
    expect(((await badJson.json()) as { error: { message: string } }).error.message).toMatch(/not valid JSON/);

    const notObject = await postJson(url, ['title']);
    expect(((await notObject.json()) as { error: { message: string } }).error.message).toMatch(/must be a JSON object/);

    const badUtf8 = await fetch(`${url}/complaints`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new Uint8Array([0x74, 0x69, 0x74, 0x6c, 0x65, 0x3d, 0xff, 0xfe]),
    });
    expect(badUtf8.status).toBe(400);
    expect(((await badUtf8.json()) as { error: { message: string } }).error.message).toMatch(/UTF-8/);

    const badMultipart = await fetch(`${url}/complaints`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
      body: 'this is not multipart',
    });
    expect(badMultipart.status).toBe(400);
    expect(((await badMultipart.json()) as { error: { message: string } }).error.message).toMatch(/multipart/);
  });

  it('answers other content types with 415', async () => {
    const { url } = await setup();
    const response = await fetch(`${url}/complaints`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' });
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ error: { code: 'unsupported_media_type' } });
  });
});

describe('POST /complaints from an HTML form', () => {
  const form = (fields: Record<string, string | string[]>) => {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) params.append(name, v);
    return params;
  };

  it('answers a browser with an accessible confirmation page in Bahasa Indonesia', async () => {
    const { url, store } = await setup();
    const response = await fetch(`${url}/complaints`, {
      method: 'POST',
      headers: { accept: 'text/html,application/xhtml+xml' },
      body: form({ title: 'Sampah menumpuk', description: 'Sampah di pasar belum diangkut.', name: 'Budi', anonim: ['false', 'true'], rahasia: 'false' }),
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    const trackingNumber = store.contents().projections[0]!.trackingNumber;
    expect(html).toContain('<html lang="id">');
    expect(html).toContain('Pengaduan diterima');
    expect(html).toContain(`<strong id="tracking-number">${trackingNumber}</strong>`);
    expect(html).not.toContain('Budi');
    // Checked box after its hidden "false" → true; the lone hidden "false" → false.
    expect(store.contents().projections[0]).toMatchObject({ anonim: true, rahasia: false });
  });

  it('keeps anonim and rahasia on when a form does not send them', async () => {
    const { url, store } = await setup();
    const response = await fetch(`${url}/complaints`, { method: 'POST', body: form({ title: 'Jalan berlubang', description: 'Lubang besar di Jl. Sriwijaya.' }) });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ status: 'received' });
    expect(store.contents().projections[0]).toMatchObject({ anonim: true, rahasia: true });
  });

  it('uses the hidden idempotency field of the form page, so a double submit files once', async () => {
    const { url, store } = await setup();
    const fields = form({ title: 'Air PDAM keruh', description: 'Air keruh sejak kemarin.', idempotency_key: 'form-render-7f1d2c3b4a59' });
    const first = await fetch(`${url}/complaints`, { method: 'POST', headers: { accept: 'text/html' }, body: fields });
    const second = await fetch(`${url}/complaints`, { method: 'POST', headers: { accept: 'text/html' }, body: fields });
    expect([first.status, second.status]).toEqual([201, 200]);
    expect(await second.text()).toContain('sudah pernah dikirim');
    expect(store.contents().projections).toHaveLength(1);
  });

  it('shows a browser what to fix, labelled as on the form', async () => {
    const { url } = await setup();
    const response = await fetch(`${url}/complaints`, {
      method: 'POST',
      headers: { accept: 'text/html' },
      body: form({ title: '', description: 'Ada', lat: 'utara' }),
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain('Garis lintang: must be a number');
    expect(html).toContain('href="/aduan/complaints/new"');
  });

  it('maps location and contact fields into the intake', async () => {
    const { url, store, desk } = await setup();
    const response = await fetch(`${url}/complaints`, {
      method: 'POST',
      body: form({ title: 'Banjir', description: 'Genangan setinggi lutut.', address: 'Jl. Hayam Wuruk', lat: '-6,8886', long: '109.6753', email: 'warga@example.id' }),
    });
    expect(response.status).toBe(201);
    const view = await desk.get(coordinator, store.contents().projections[0]!.id);
    expect(view.location).toEqual({ address: 'Jl. Hayam Wuruk', lat: -6.8886, long: 109.6753 });
    expect(store.contents().identities[0]).toMatchObject({ email: 'warga@example.id' });
  });
});

describe('POST /complaints with attachments (multipart/form-data)', () => {
  const multipart = (files: File[], extra: Record<string, string> = {}) => {
    const body = new FormData();
    body.append('title', 'Trotoar rusak');
    body.append('description', 'Trotoar di depan pasar ambles.');
    for (const [name, value] of Object.entries(extra)) body.append(name, value);
    for (const file of files) body.append('attachments', file);
    return body;
  };

  it('stores the files and records them as attachment references', async () => {
    const { url, store, desk, attachments } = await setup();
    const photo = new File([new Uint8Array(2048).fill(7)], 'trotoar.jpg', { type: 'image/jpeg' });
    const response = await fetch(`${url}/complaints`, { method: 'POST', body: multipart([photo]) });
    expect(response.status).toBe(201);
    const [stored] = attachments.list();
    expect(stored).toMatchObject({ name: 'trotoar.jpg', contentType: 'image/jpeg', sizeBytes: 2048 });
    expect(stored!.bytes).toEqual(new Uint8Array(2048).fill(7));
    const view = await desk.get(coordinator, store.contents().projections[0]!.id);
    expect(view.attachments).toEqual([{ url: stored!.url, contentType: 'image/jpeg', name: 'trotoar.jpg', sizeBytes: 2048 }]);
  });

  it('refuses an attachment over the limit with 413 and stores nothing', async () => {
    const { url, store, attachments } = await setup({ maxAttachmentBytes: 1000 });
    const big = new File([new Uint8Array(1001)], 'besar.pdf', { type: 'application/pdf' });
    const response = await fetch(`${url}/complaints`, { method: 'POST', body: multipart([big]) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'payload_too_large', message: expect.stringContaining('besar.pdf') } });
    expect(attachments.list()).toHaveLength(0);
    expect(store.contents().projections).toHaveLength(0);
  });

  it('refuses more files than allowed, and any upload without an attachment store', async () => {
    const { url } = await setup({ maxAttachments: 1 });
    const file = () => new File(['x'], 'a.txt', { type: 'text/plain' });
    const tooMany = await fetch(`${url}/complaints`, { method: 'POST', body: multipart([file(), file()]) });
    expect(tooMany.status).toBe(400);
    expect(await tooMany.json()).toMatchObject({ error: { issues: [{ path: 'attachments', message: expect.stringContaining('at most 1') }] } });

    const bare = await setup({ attachmentStore: undefined });
    const refused = await fetch(`${bare.url}/complaints`, { method: 'POST', body: multipart([file()]) });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: { issues: [{ message: 'uploads are not accepted here' }] } });
  });

  it('stores no file for an invalid submission and removes the files of a retried one', async () => {
    const { url, attachments, store } = await setup();
    const photo = () => new File(['foto'], 'foto.png', { type: 'image/png' });
    const invalid = new FormData();
    invalid.append('title', '');
    invalid.append('description', 'x');
    invalid.append('attachments', photo());
    expect((await fetch(`${url}/complaints`, { method: 'POST', body: invalid })).status).toBe(400);
    expect(attachments.list()).toHaveLength(0);

    const headers = { 'idempotency-key': 'retry-with-photo-000001' };
    const first = await fetch(`${url}/complaints`, { method: 'POST', headers, body: multipart([photo()]) });
    const second = await fetch(`${url}/complaints`, { method: 'POST', headers, body: multipart([photo()]) });
    expect([first.status, second.status]).toEqual([201, 200]);
    expect(attachments.list()).toHaveLength(1);
    const [ref] = (store.contents().events[0]!.payload['attachments'] as { url: string }[]);
    expect(ref!.url).toBe(attachments.list()[0]!.url);
  });
});

describe('request body limit', () => {
  it('refuses a declared Content-Length over the limit with 413 without reading the body', async () => {
    const { url, bodyBytesRead, store } = await setup({ maxBodyBytes: 1024 });
    const response = await postJson(url, { ...complaint, description: 'x'.repeat(5000) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'payload_too_large' } });
    expect(bodyBytesRead()).toBe(0);
    expect(store.contents().projections).toHaveLength(0);
  });

  it('stops a large streamed (chunked) body at the limit with 413, never buffering it whole', async () => {
    const limit = 256 * 1024;
    const { url, bodyBytesRead } = await setup({ maxBodyBytes: limit });
    const total = 64 * 1024 * 1024;
    const result = await streamUpload(`${url}/complaints`, total, { 'content-type': 'application/json' });
    expect(result.status).toBe(413);
    expect(JSON.parse(result.body)).toMatchObject({ error: { code: 'payload_too_large' } });
    // The handler read the limit plus at most the chunk that crossed it (and one in flight)…
    expect(bodyBytesRead()).toBeGreaterThan(limit);
    expect(bodyBytesRead()).toBeLessThanOrEqual(limit + 2 * 64 * 1024);
    // …and the answer came while the client was still far from done sending.
    expect(result.written).toBeLessThan(total / 4);
  });
});

describe('GET /complaints/{trackingNumber}', () => {
  it('shows a public complaint without any identity', async () => {
    const { url } = await setup();
    const { trackingNumber } = (await (await postJson(url, { ...complaint, rahasia: false, category: 'infrastruktur' })).json()) as { trackingNumber: string };
    const response = await fetch(`${url}/complaints/${trackingNumber}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ trackingNumber, status: 'received', title: complaint.title, category: 'infrastruktur', unitId: null });
    expect(Object.keys(body).sort()).toEqual(['category', 'createdAt', 'status', 'title', 'trackingNumber', 'unitId', 'updatedAt']);
    expect(JSON.stringify(body)).not.toMatch(/Siti|complainant|8123/);
  });

  it('shows only the status of a rahasia complaint', async () => {
    const { url } = await setup();
    const { trackingNumber } = (await (await postJson(url, complaint)).json()) as { trackingNumber: string };
    const body = (await (await fetch(`${url}/complaints/${trackingNumber}`)).json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['createdAt', 'status', 'trackingNumber', 'updatedAt']);
  });

  it('answers a browser with a status page', async () => {
    const { url } = await setup();
    const { trackingNumber } = (await (await postJson(url, complaint)).json()) as { trackingNumber: string };
    const response = await fetch(`${url}/complaints/${trackingNumber}`, { headers: { accept: 'text/html' } });
    const html = await response.text();
    expect(html).toContain('Diterima, menunggu verifikasi');
    expect(html).not.toContain(complaint.title);
  });

  it('answers an unknown tracking number with a JSON 404', async () => {
    const { url } = await setup();
    const response = await fetch(`${url}/complaints/ADU-000000-ZZZZZZ`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});

describe('GET /complaints/new and routing', () => {
  it('serves an accessible form with anonim and rahasia checked by default', async () => {
    const { url } = await setup();
    const response = await fetch(`${url}/complaints/new`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).toContain('<form method="post" action="/aduan/complaints" enctype="multipart/form-data">');
    expect(html).toContain('<input type="checkbox" id="anonim" name="anonim" value="true" checked>');
    expect(html).toContain('<input type="checkbox" id="rahasia" name="rahasia" value="true" checked>');
    for (const id of ['title', 'description', 'classification', 'address', 'name', 'phone', 'email', 'anonim', 'rahasia', 'attachments']) {
      expect(html).toContain(`for="${id}"`);
      expect(html).toContain(`id="${id}"`);
    }
    expect(html).toMatch(/name="idempotency_key" value="[0-9a-f-]{36}"/);
  });

  it('omits the file input and posts URL-encoded without an attachment store', async () => {
    const { url } = await setup({ attachmentStore: undefined });
    const html = await (await fetch(`${url}/complaints/new`)).text();
    expect(html).toContain('enctype="application/x-www-form-urlencoded"');
    expect(html).not.toContain('type="file"');
  });

  it('answers a wrong method with 405 and Allow, and unknown paths with 404', async () => {
    const { url } = await setup();
    const wrong = await fetch(`${url}/complaints`, { method: 'GET' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
    expect(await wrong.json()).toMatchObject({ error: { code: 'method_not_allowed' } });
    const outside = await fetch(url.replace('/aduan', '/lain/complaints/new'));
    expect(outside.status).toBe(404);
  });

  it('turns a desk failure into a bare 500 and reports it to onError', async () => {
    const errors: unknown[] = [];
    const failing = { receive: () => Promise.reject(new Error('database password=hunter2 refused')), track: () => Promise.reject(new Error('x')) };
    const { url } = await setup({ desk: failing, onError: (error) => errors.push(error) });
    const response = await postJson(url, complaint);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).toContain('internal_error');
    expect(text).not.toContain('hunter2');
    expect(errors).toHaveLength(1);
  });

  it('keeps a desk fault (rebuild required) a 500 that names nothing internal', async () => {
    const fault = new AduanError('rebuild_required', 'No SLA bookkeeping precedes complaint-verified of complaint 42');
    const { url } = await setup({ desk: { receive: () => Promise.reject(fault), track: () => Promise.reject(fault) } });
    const response = await postJson(url, complaint);
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('SLA');
  });

  it('refuses an actor that would own every web complaint', () => {
    const { desk } = testDesk();
    expect(() => createWebIntake({ desk, actor: { id: 'warga-1', role: 'complainant' } })).toThrow(/actor.role: must be coordinator or system/);
    expect(() => createWebIntake({ desk, basePath: 'aduan' })).toThrow(/basePath/);
    expect(() => createWebIntake({ desk, maxAttachments: 2 })).toThrow(/attachmentStore: is required/);
  });
});
