import type { Server } from 'node:http';
import { peerAddressOf, setPeerAddress, type FetchHandler } from '@aduan/adapter-utils';
import { toNodeListener } from '@aduan/adapter-utils/node';
import { RebuildRequiredError } from '@aduan/spec';
import { createVirtualClock } from '@aduan/test-kit';
import { afterEach, describe, expect, it } from 'vitest';
import { fileBytes, photo } from '../__fixtures__/files.js';
import { close, coordinator, serve, testDesk, type TestDesk } from '../__fixtures__/loopback.js';
import { createMemoryAttachmentStore, type MemoryAttachmentStore } from '../attachments/memory-attachment-store.js';
import { createWebIntake } from './create-web-intake.js';
import { FORM_FIELD_COUNT } from './form-page.js';
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
async function setup(options: Partial<WebIntakeOptions> = {}, clock = createVirtualClock('2026-03-02T02:00:00.000Z')): Promise<Setup> {
  const desk = testDesk(clock);
  const attachments = createMemoryAttachmentStore();
  const handler = createWebIntake({ desk: desk.desk, attachmentStore: attachments, basePath: '/aduan', clock, ...options });
  let read = 0;
  const counting: FetchHandler = (request) => {
    const counter = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const body = request.body?.pipeThrough(counter);
    const counted = new Request(request, body ? ({ body, duplex: 'half' } as RequestInit) : {});
    setPeerAddress(counted, peerAddressOf(request));
    return handler(counted);
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
    const numbers = new Set(
      await Promise.all(responses.map(async (response) => ((await response.json()) as { trackingNumber: string }).trackingNumber)),
    );
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
    const badJson = await fetch(`${url}/complaints`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"title": "Jalan',
    });
    expect(badJson.status).toBe(400);
    expect(((await badJson.json()) as { error: { message: string } }).error.message).toMatch(/bukan JSON yang sah/);

    const notObject = await postJson(url, ['title']);
    expect(((await notObject.json()) as { error: { message: string } }).error.message).toMatch(/harus berupa objek JSON/);

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
      body: form({
        title: 'Sampah menumpuk',
        description: 'Sampah di pasar belum diangkut.',
        name: 'Budi',
        anonim: ['false', 'true'],
        rahasia: 'false',
      }),
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
    const response = await fetch(`${url}/complaints`, {
      method: 'POST',
      body: form({ title: 'Jalan berlubang', description: 'Lubang besar di Jl. Sriwijaya.' }),
    });
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
    expect(html).toContain('Garis lintang: harus berupa angka');
    expect(html).toContain('href="/aduan/complaints/new"');
  });

  it('maps location and contact fields into the intake', async () => {
    const { url, store, desk } = await setup();
    const response = await fetch(`${url}/complaints`, {
      method: 'POST',
      body: form({
        title: 'Banjir',
        description: 'Genangan setinggi lutut.',
        address: 'Jl. Hayam Wuruk',
        lat: '-6,8886',
        long: '109.6753',
        email: 'warga@example.id',
      }),
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
    const image = new File([fileBytes('jpeg', 2048)], 'trotoar.jpg', { type: 'image/jpeg' });
    const response = await fetch(`${url}/complaints`, { method: 'POST', body: multipart([image]) });
    expect(response.status).toBe(201);
    const [stored] = attachments.list();
    expect(stored).toMatchObject({ name: 'trotoar.jpg', contentType: 'image/jpeg', sizeBytes: 2048 });
    expect(stored!.bytes).toEqual(fileBytes('jpeg', 2048));
    const view = await desk.get(coordinator, store.contents().projections[0]!.id);
    expect(view.attachments).toEqual([{ url: stored!.url, contentType: 'image/jpeg', name: 'trotoar.jpg', sizeBytes: 2048 }]);
  });

  it('refuses an attachment over the limit with 413 and stores nothing', async () => {
    const { url, store, attachments } = await setup({ maxAttachmentBytes: 1000 });
    const big = new File([fileBytes('pdf', 1001)], 'besar.pdf', { type: 'application/pdf' });
    const response = await fetch(`${url}/complaints`, { method: 'POST', body: multipart([big]) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'payload_too_large', message: expect.stringContaining('besar.pdf') } });
    expect(attachments.list()).toHaveLength(0);
    expect(store.contents().projections).toHaveLength(0);
  });

  it('refuses more files than allowed, and any upload without an attachment store', async () => {
    const { url } = await setup({ maxAttachments: 1 });
    const file = () => photo();
    const tooMany = await fetch(`${url}/complaints`, { method: 'POST', body: multipart([file(), file()]) });
    expect(tooMany.status).toBe(400);
    expect(await tooMany.json()).toMatchObject({
      error: { issues: [{ path: 'attachments', message: expect.stringContaining('paling banyak 1') }] },
    });

    const bare = await setup({ attachmentStore: undefined });
    const refused = await fetch(`${bare.url}/complaints`, { method: 'POST', body: multipart([file()]) });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: { issues: [{ message: 'tidak menerima lampiran' }] } });
  });

  it('stores no file for an invalid submission and removes the files of a retried one', async () => {
    const { url, attachments, store } = await setup();
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
    const [ref] = store.contents().events[0]!.payload['attachments'] as { url: string }[];
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
});

describe('GET /complaints/{trackingNumber}', () => {
  it('shows a public complaint without any identity', async () => {
    const { url } = await setup();
    const { trackingNumber } = (await (await postJson(url, { ...complaint, rahasia: false, category: 'infrastruktur' })).json()) as {
      trackingNumber: string;
    };
    const response = await fetch(`${url}/complaints/${trackingNumber}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      trackingNumber,
      status: 'received',
      title: complaint.title,
      category: 'infrastruktur',
      unitId: null,
      answers: [],
      rahasia: false,
    });
    expect(Object.keys(body).sort()).toEqual([
      'answers',
      'category',
      'createdAt',
      'expectedResolutionAt',
      'rahasia',
      'status',
      'title',
      'trackingNumber',
      'unitId',
      'updatedAt',
    ]);
    expect(JSON.stringify(body)).not.toMatch(/Siti|complainant|8123/);
  });

  it('shows the holder of a rahasia complaint its status, dates and answers, never its title or category', async () => {
    const { url } = await setup();
    const { trackingNumber } = (await (await postJson(url, { ...complaint, category: 'infrastruktur' })).json()) as {
      trackingNumber: string;
    };
    const body = (await (await fetch(`${url}/complaints/${trackingNumber}`)).json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual([
      'answers',
      'createdAt',
      'expectedResolutionAt',
      'rahasia',
      'status',
      'trackingNumber',
      'updatedAt',
    ]);
    expect(body['rahasia']).toBe(true);
  });

  it('shows the unit’s published answers and the expected completion in WIB, Indonesian first', async () => {
    const clock = createVirtualClock('2026-03-02T02:00:00.000Z');
    const { url, desk, store } = await setup({}, clock);
    const { trackingNumber } = (await (await postJson(url, complaint)).json()) as { trackingNumber: string };
    const complaintId = store.contents().projections[0]!.id;
    await desk.verify(coordinator, { complaintId });
    await desk.dispose(coordinator, { complaintId, unitId: 'dinas-pu' });
    clock.advanceBy(60 * 60 * 1000);
    await desk.respond(
      { id: 'petugas-pu', role: 'unit_officer', unitId: 'dinas-pu' },
      { complaintId, message: 'Lampu sudah diganti <hari ini>.' },
    );

    const json = (await (await fetch(`${url}/complaints/${trackingNumber}`)).json()) as {
      answers: unknown[];
      expectedResolutionAt: string | null;
    };
    expect(json.answers).toEqual([{ at: '2026-03-02T03:00:00.000Z', message: 'Lampu sudah diganti <hari ini>.' }]);
    const html = await (await fetch(`${url}/complaints/${trackingNumber}`, { headers: { accept: 'text/html' } })).text();
    expect(html).toContain('<h2>Tindak lanjut</h2>');
    expect(html).toContain('Lampu sudah diganti &lt;hari ini&gt;.');
    expect(html).toContain('2 Maret 2026 pukul 10.00 WIB');
    expect(html).toContain('Pengaduan ini bersifat rahasia');
    expect(html).not.toContain(complaint.title);
    if (json.expectedResolutionAt !== null) expect(html).toContain('Perkiraan selesai');
    else expect(html).not.toContain('Perkiraan selesai');
  });

  it('answers a browser with a status page', async () => {
    const { url } = await setup();
    const { trackingNumber } = (await (await postJson(url, complaint)).json()) as { trackingNumber: string };
    const response = await fetch(`${url}/complaints/${trackingNumber}`, { headers: { accept: 'text/html' } });
    const html = await response.text();
    expect(html).toContain('Diterima, menunggu verifikasi');
    expect(html).not.toContain(complaint.title);
  });

  it('answers an unknown tracking number with a JSON 404, and a browser with a page', async () => {
    const { url } = await setup();
    const response = await fetch(`${url}/complaints/ADU-000000-ZZZZZZ`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 'not_found' } });
    const page = await fetch(`${url}/complaints/ADU-000000-ZZZZZZ`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('tidak ditemukan');
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
    expect(html).toContain('accept="image/jpeg,image/png,image/webp,application/pdf"');
    expect(html).toContain('Berkas JPEG, PNG, WebP, PDF, paling banyak 5 berkas');
    // The form's own fields, files aside, are what maxFields must leave room for.
    expect(html.slice(html.indexOf('<form')).match(/ name="(?!attachments")/g)).toHaveLength(FORM_FIELD_COUNT);
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

  it('turns a desk failure into a bare 500 with an incident id, reported to onError', async () => {
    const errors: [unknown, string][] = [];
    const failure = new Error('database password=hunter2 refused');
    const failing = { receive: () => Promise.reject(failure), track: () => Promise.reject(failure) };
    const { url } = await setup({ desk: failing, onError: (error, incidentId) => errors.push([error, incidentId]) });
    const response = await postJson(url, complaint);
    expect(response.status).toBe(500);
    const { error } = (await response.json()) as { error: { code: string; message: string; incidentId: string } };
    expect(error.code).toBe('internal_error');
    expect(error.message).not.toContain('hunter2');
    expect(errors).toEqual([[failure, error.incidentId]]);

    const page = await fetch(`${url}/complaints/ADU-1`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(500);
    const html = await page.text();
    expect(html).toContain(`Kode kejadian: ${errors[1]![1]}`);
    expect(html).not.toContain('hunter2');
  });

  it('keeps a desk fault (rebuild required) a 500 that names nothing internal', async () => {
    const fault = new RebuildRequiredError('No SLA bookkeeping precedes complaint-verified of complaint 42');
    const { url } = await setup({ desk: { receive: () => Promise.reject(fault), track: () => Promise.reject(fault) } });
    const response = await postJson(url, complaint);
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('SLA');
  });

  it('refuses an actor that would own every web complaint', () => {
    const { desk } = testDesk();
    expect(() => createWebIntake({ desk, actor: { id: 'warga-1', role: 'complainant' } })).toThrow(
      /actor.role: must be coordinator or system/,
    );
    expect(() => createWebIntake({ desk, basePath: 'aduan' })).toThrow(/basePath/);
    expect(() => createWebIntake({ desk, maxAttachments: 2 })).toThrow(/attachmentStore: is required/);
    expect(() => createWebIntake({ desk, attachmentStore: createMemoryAttachmentStore(), maxFields: 18 })).toThrow(
      /maxFields: must be a whole number from 19/,
    );
  });
});
