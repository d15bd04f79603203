import type { Server } from 'node:http';
import { createMemoryRateLimiter } from '@aduan/adapter-utils';
import { toNodeListener } from '@aduan/adapter-utils/node';
import { createVirtualClock } from '@aduan/test-kit';
import { afterEach, describe, expect, it } from 'vitest';
import { fileBytes } from './__fixtures__/files.js';
import { close, coordinator, serve, testDesk } from './__fixtures__/loopback.js';
import { attachmentResponse } from './attachments/attachment-response.js';
import { createMemoryAttachmentStore } from './attachments/memory-attachment-store.js';
import { createOpen311 } from './open311/create-open311.js';
import type { Open311Options } from './open311/open311-options.js';
import { createWebIntake } from './web/create-web-intake.js';
import type { WebIntakeOptions } from './web/web-intake-options.js';

/**
 * What outside checks tried against the web channel (issue 10). Each test failed before its fix;
 * add new attacks here.
 */
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map(close));
});

const clock = () => createVirtualClock('2026-03-02T02:00:00.000Z');

function webIntake(options: Partial<WebIntakeOptions> = {}) {
  const desk = testDesk(clock());
  const attachments = createMemoryAttachmentStore();
  const handler = createWebIntake({ desk: desk.desk, basePath: '/aduan', attachmentStore: attachments, ...options });
  return { ...desk, attachments, handler };
}

const services = [{ service_code: 'JLN', service_name: 'Jalan berlubang', category: 'jalan' }];

function open311(options: Partial<Open311Options> = {}) {
  const desk = testDesk(clock());
  const handler = createOpen311({ desk: desk.desk, services, basePath: '/open311', ...options });
  return { ...desk, handler };
}

async function served(handler: (request: Request) => Promise<Response>): Promise<string> {
  const { url, server } = await serve(toNodeListener(handler));
  servers.push(server);
  return url;
}

/** A form of one repeated field name, two bytes a field: 32,768 fields in 64 KB. */
const repeatedFields = (bytes: number) => 'a&'.repeat(Math.floor(bytes / 2));

/** A body source that counts how often it was pulled: zero means nobody read it. */
function watchedBody(): { body: ReadableStream<Uint8Array>; pulls: () => number } {
  let pulls = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        pulls++;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    },
    { highWaterMark: 0 },
  );
  return { body, pulls: () => pulls };
}

describe('form parsing (issue 10, item 1)', () => {
  it('refuses a 64 KB form of 32,000 repeated fields with 400, in Bahasa Indonesia on the form, and files nothing', async () => {
    const { handler, store } = webIntake();
    const response = await handler(
      new Request('http://x/aduan/complaints', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
        body: `title=Jalan&description=Rusak&${repeatedFields(64 * 1024)}`,
      }),
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('formulir berisi terlalu banyak kolom (paling banyak 100)');
    expect(store.contents().projections).toHaveLength(0);
  });

  it('refuses a multipart body of more parts than allowed before parsing it', async () => {
    const { handler, attachments } = webIntake();
    const form = new FormData();
    for (let i = 0; i < 101; i++) form.append('title', 'x');
    const response = await handler(new Request('http://x/aduan/complaints', { method: 'POST', body: form }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: { code: 'invalid_input', issues: [{ message: expect.stringContaining('terlalu banyak kolom') }] },
    });
    expect(attachments.list()).toHaveLength(0);
  });

  it('does work that grows linearly with the body: twice the fields cost about twice the CPU time, not four times', async () => {
    const { handler } = webIntake({ maxBodyBytes: 32 * 1024 * 1024, rateLimit: false });
    /** CPU time of this process for one request: other test files' load does not count. */
    const post = async (bytes: number) => {
      const body = repeatedFields(bytes);
      const started = process.cpuUsage();
      const response = await handler(
        new Request('http://x/aduan/complaints', {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body,
        }),
      );
      const used = process.cpuUsage(started);
      expect(response.status).toBe(400);
      return used.user + used.system;
    };
    const small: number[] = [];
    const large: number[] = [];
    for (let round = 0; round < 7; round++) {
      small.push(await post(4 * 1024 * 1024));
      large.push(await post(8 * 1024 * 1024));
    }
    // The cheapest of each, measured in the same run: noise (a collection, a context switch) only adds.
    // Linear work gives about 2 (1.7 to 2.6 seen on a loaded 2-core machine); quadratic work gives 4 or more.
    expect(Math.min(...large) / Math.min(...small)).toBeLessThan(3.5);
  });
});

describe('Open311 look-ups by id (issue 10, item 4)', () => {
  it('answers a rahasia complaint exactly as an unknown number, by id and in a list', async () => {
    const { handler, desk } = open311();
    const url = await served(handler);
    const secret = await desk.receive(coordinator, {
      channel: 'web',
      title: 'Pungli di kantor',
      description: 'Rahasia.',
      category: 'jalan',
    });
    const id = secret.complaint.trackingNumber;
    const unknownId = `${id.slice(0, -1)}${id.endsWith('A') ? 'B' : 'A'}`;
    const one = await fetch(`${url}/open311/requests/${id}.json`);
    const other = await fetch(`${url}/open311/requests/${unknownId}.json`);
    expect([one.status, other.status]).toEqual([404, 404]);
    expect((await one.text()).replace(id, 'ID')).toBe((await other.text()).replace(unknownId, 'ID'));
    const listed = await fetch(`${url}/open311/requests.xml?service_request_id=${id}`);
    const none = await fetch(`${url}/open311/requests.xml?service_request_id=${unknownId}`);
    expect(await listed.text()).toBe(await none.text());
  });

  it('caps the ids of one call', async () => {
    const { handler } = open311();
    const ids = Array.from({ length: 21 }, (_, i) => `ADU-${i}`).join(',');
    const response = await handler(new Request(`http://x/open311/requests.json?service_request_id=${ids}`));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual([{ code: 400, description: 'service_request_id: at most 20 ids per call' }]);
  });
});

describe('request rates (issue 10, item 4)', () => {
  it('answers a burst at the web intake with 429 and Retry-After, in Bahasa Indonesia for a browser, leaving other clients alone', async () => {
    const { handler } = webIntake({ rateLimit: { limiter: createMemoryRateLimiter({ burst: 2, perMinute: 6 }), trustedProxies: 1 } });
    const url = await served(handler);
    const from = (address: string, accept = 'application/json') => ({ 'x-forwarded-for': address, accept });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await fetch(`${url}/aduan/complaints/ADU-1`, { headers: from('198.51.100.1') })).status);
    expect(statuses).toEqual([404, 404, 429]);
    const refused = await fetch(`${url}/aduan/complaints/new`, { headers: from('198.51.100.1', 'text/html') });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('10');
    expect(await refused.text()).toContain('Terlalu banyak permintaan dari jaringan Anda. Silakan coba lagi dalam 10 detik.');
    const post = (address: string) =>
      fetch(`${url}/aduan/complaints`, {
        method: 'POST',
        headers: { ...from(address), 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Lampu mati', description: 'Lampu jalan mati.' }),
      });
    expect(await (await post('198.51.100.1')).json()).toMatchObject({ error: { code: 'rate_limited' } });
    expect((await post('198.51.100.2')).status).toBe(201);
  });

  it('answers a burst at Open311 with 429 in the spec format, charging a look-up of many ids per id', async () => {
    const { handler } = open311({ rateLimit: { limiter: createMemoryRateLimiter({ burst: 5, perMinute: 60 }), trustedProxies: 1 } });
    const url = await served(handler);
    const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });
    const ids = Array.from({ length: 5 }, (_, i) => `ADU-00000${i}`).join(',');
    expect((await fetch(`${url}/open311/requests.json?service_request_id=${ids}`, from('198.51.100.1'))).status).toBe(200);
    const refused = await fetch(`${url}/open311/services.json`, from('198.51.100.1'));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(await refused.json()).toEqual([{ code: 429, description: 'Too many requests; try again in 1 seconds' }]);
    expect((await fetch(`${url}/open311/services.json`, from('198.51.100.2'))).status).toBe(200);
  });
});

describe('bodies no route reads (issue 10, item 8)', () => {
  it('never pulls the body of a request to a route that takes none', async () => {
    const web = webIntake();
    const city = open311();
    const cases: [(request: Request) => Promise<Response>, string, string][] = [
      [web.handler, 'DELETE', 'http://x/aduan/complaints'],
      [web.handler, 'DELETE', 'http://x/aduan/complaints/ADU-1'],
      [web.handler, 'POST', 'http://x/aduan/complaints/new'],
      [web.handler, 'OPTIONS', 'http://x/aduan/lain'],
      [city.handler, 'DELETE', 'http://x/open311/requests.json'],
      [city.handler, 'POST', 'http://x/open311/requests/ADU-1.json'],
      [city.handler, 'POST', 'http://x/open311/services.xml'],
    ];
    for (const [handler, method, url] of cases) {
      const { body, pulls } = watchedBody();
      const response = await handler(new Request(url, { method, body, duplex: 'half' } as RequestInit));
      expect([404, 405], `${method} ${url}`).toContain(response.status);
      expect(pulls(), `${method} ${url}`).toBe(0);
    }
  });
});

describe('attachments (issue 10, item 9)', () => {
  const upload = (file: File, headers: Record<string, string> = {}) => {
    const form = new FormData();
    form.append('title', 'Trotoar rusak');
    form.append('description', 'Trotoar di depan pasar ambles.');
    form.append('attachments', file);
    return new Request('http://x/aduan/complaints', { method: 'POST', body: form, headers });
  };

  it('refuses an HTML page labelled image/png with 415 and stores nothing', async () => {
    const { handler, attachments, store } = webIntake();
    const html = new File(['<!doctype html><script>alert(document.cookie)</script>'], 'foto.png', { type: 'image/png' });
    const response = await handler(upload(html));
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ error: { code: 'unsupported_media_type' } });
    expect(attachments.list()).toHaveLength(0);
    expect(store.contents().projections).toHaveLength(0);
  });

  it('stores the type read from the content and a safe name, whatever the client declared', async () => {
    const { handler, attachments } = webIntake();
    const sneaky = new File([fileBytes('png')], '../../etc/\u202Egpj.exe\u0000"laporan".html', { type: 'text/html' });
    expect((await handler(upload(sneaky))).status).toBe(201);
    expect(attachments.list().map(({ name, contentType }) => ({ name, contentType }))).toEqual([
      { name: 'gpj.exe_laporan_.png', contentType: 'image/png' },
    ]);
  });

  it('keeps to the configured list of types', async () => {
    const { handler } = webIntake({ allowedAttachmentTypes: ['application/pdf'] });
    const page = await handler(upload(new File([fileBytes('jpeg')], 'foto.jpg', { type: 'image/jpeg' }), { accept: 'text/html' }));
    expect(page.status).toBe(415);
    expect(await page.text()).toContain('Jenis berkas lampiran tidak diterima. Yang diterima: PDF.');
  });

  it('serves a stored attachment as a download of its checked type, never inline', async () => {
    const response = attachmentResponse({
      body: fileBytes('pdf'),
      contentType: 'application/pdf',
      name: 'surat\r\nX-Evil: 1 "rt".pdf',
      sizeBytes: 64,
    });
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="surat X-Evil_ 1 _rt_.pdf"; filename*=UTF-8''surat%20X-Evil_%201%20_rt_.pdf`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'content-length': '64',
    });
  });
});
