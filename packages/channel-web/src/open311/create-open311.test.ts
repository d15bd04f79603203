import type { Server } from 'node:http';
import { toNodeListener } from '@aduan/adapter-utils/node';
import { createVirtualClock, type VirtualClock } from '@aduan/test-kit';
import { afterEach, describe, expect, it } from 'vitest';
import { close, coordinator, serve, testDesk, type TestDesk } from '../__fixtures__/loopback.js';
import { createOpen311 } from './create-open311.js';
import type { Open311Options, Open311Service } from './open311-options.js';

const DAY = 24 * 60 * 60 * 1000;
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map(close));
});

const services: Open311Service[] = [
  {
    service_code: 'PJU',
    service_name: 'Lampu jalan mati',
    description: 'Penerangan jalan umum yang mati atau berkedip.',
    category: 'penerangan-jalan',
    group: 'infrastruktur',
    keywords: ['lampu', 'PJU'],
  },
  { service_code: 'JLN', service_name: 'Jalan berlubang', category: 'jalan', group: 'infrastruktur', metadata: false, type: 'realtime' },
];

interface Setup extends TestDesk {
  url: string;
  clock: VirtualClock;
}

async function setup(options: Partial<Open311Options> = {}): Promise<Setup> {
  const clock = createVirtualClock('2026-03-02T02:00:00.000Z');
  const desk = testDesk(clock);
  const handler = createOpen311({
    desk: desk.desk,
    services,
    jurisdictionId: 'pekalongankota.go.id',
    clock,
    basePath: '/open311/v2',
    ...options,
  });
  const { url, server } = await serve(toNodeListener(handler));
  servers.push(server);
  return { ...desk, url: `${url}/open311/v2`, clock };
}

const report = {
  service_code: 'PJU',
  lat: '-6.8886',
  long: '109.6753',
  address_string: 'Jl. Merdeka 10, Podosugih',
  description: 'Lampu di depan SD mati sejak Senin.',
  first_name: 'Siti',
  last_name: 'Aminah',
  email: 'siti@example.id',
  phone: '081234567890',
  media_url: 'https://foto.example.id/pju.jpg',
  device_id: 'device-123',
  account_id: 'acct-9',
};

const post = (url: string, fields: Record<string, string>, format = 'json', headers: Record<string, string> = {}) =>
  fetch(`${url}/requests.${format}`, { method: 'POST', headers, body: new URLSearchParams(fields) });

async function file(url: string, fields: Record<string, string> = report): Promise<string> {
  const response = await post(url, fields);
  expect(response.status).toBe(201);
  return ((await response.json()) as { service_request_id: string }[])[0]!.service_request_id;
}

describe('GET services', () => {
  it('lists the services in JSON with the spec field names', async () => {
    const { url } = await setup();
    const response = await fetch(`${url}/services.json`);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual([
      {
        service_code: 'PJU',
        service_name: 'Lampu jalan mati',
        description: 'Penerangan jalan umum yang mati atau berkedip.',
        metadata: false,
        type: 'realtime',
        keywords: 'lampu, PJU',
        group: 'infrastruktur',
      },
      {
        service_code: 'JLN',
        service_name: 'Jalan berlubang',
        description: null,
        metadata: false,
        type: 'realtime',
        keywords: null,
        group: 'infrastruktur',
      },
    ]);
  });

  it('lists the services in XML', async () => {
    const { url } = await setup();
    const response = await fetch(`${url}/services.xml?jurisdiction_id=pekalongankota.go.id`);
    expect(response.headers.get('content-type')).toBe('text/xml; charset=utf-8');
    expect(await response.text()).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n<services>' +
        '<service><service_code>PJU</service_code><service_name>Lampu jalan mati</service_name>' +
        '<description>Penerangan jalan umum yang mati atau berkedip.</description><metadata>false</metadata>' +
        '<type>realtime</type><keywords>lampu, PJU</keywords><group>infrastruktur</group></service>\n' +
        '<service><service_code>JLN</service_code><service_name>Jalan berlubang</service_name><description/>' +
        '<metadata>false</metadata><type>realtime</type><keywords/><group>infrastruktur</group></service>' +
        '</services>\n',
    );
  });

  it('serves a service definition with no attributes for every service, in JSON and XML', async () => {
    const { url } = await setup();
    const json = await fetch(`${url}/services/PJU.json`);
    expect(json.status).toBe(200);
    expect(await json.json()).toEqual({ service_code: 'PJU', attributes: [] });
    const xml = await fetch(`${url}/services/JLN.xml?jurisdiction_id=pekalongankota.go.id`);
    expect(xml.headers.get('content-type')).toBe('text/xml; charset=utf-8');
    expect(await xml.text()).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n<service_definition><service_code>JLN</service_code><attributes/></service_definition>\n',
    );
    const unknown = await fetch(`${url}/services/XYZ.xml`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n<errors><error><code>404</code><description>service_code &quot;XYZ&quot; does not exist</description></error></errors>\n',
    );
  });

  it('answers another jurisdiction with 404', async () => {
    const { url } = await setup();
    const response = await fetch(`${url}/services.json?jurisdiction_id=semarangkota.go.id`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual([{ code: 404, description: 'jurisdiction_id "semarangkota.go.id" does not exist' }]);
  });
});

describe('POST requests', () => {
  it('files a complaint through desk.receive with the contact kept apart from the text', async () => {
    const { url, store, desk } = await setup({ serviceNotice: 'Laporan akan diverifikasi.' });
    const response = await post(url, report);
    expect(response.status).toBe(201);
    const [created] = (await response.json()) as Record<string, unknown>[];
    expect(created).toEqual({
      service_request_id: expect.stringMatching(/^ADU-/),
      service_notice: 'Laporan akan diverifikasi.',
      account_id: null,
    });

    const [projection] = store.contents().projections;
    expect(projection).toMatchObject({
      channel: 'open311',
      trackingNumber: created!['service_request_id'],
      title: 'Lampu jalan mati',
      category: 'penerangan-jalan',
      anonim: true,
      rahasia: true,
    });
    const view = await desk.get(coordinator, projection!.id);
    expect(view.description).toBe(report.description);
    expect(view.location).toEqual({ address: report.address_string, lat: -6.8886, long: 109.6753 });
    expect(view.attachments).toEqual([{ url: report.media_url }]);
    expect(store.contents().identities).toEqual([
      { complainantId: projection!.complainantId, name: 'Siti Aminah', email: 'siti@example.id', phone: '081234567890' },
    ]);
    const events = JSON.stringify(store.contents().events);
    for (const secret of ['Siti', 'siti@example.id', '081234567890', 'acct-9', 'device-123']) expect(events).not.toContain(secret);
  });

  it('answers in XML with the spec element names', async () => {
    const { url, store } = await setup();
    const response = await post(url, report, 'xml');
    expect(response.status).toBe(201);
    const id = store.contents().projections[0]!.trackingNumber;
    expect(await response.text()).toBe(
      `<?xml version="1.0" encoding="utf-8"?>\n<service_requests><request><service_request_id>${id}</service_request_id><service_notice/><account_id/></request></service_requests>\n`,
    );
  });

  it('files once for a retried request with the same Idempotency-Key', async () => {
    const { url, store } = await setup();
    const headers = { 'idempotency-key': 'open311-client-retry-0001' };
    const first = await post(url, report, 'json', headers);
    const second = await post(url, report, 'json', headers);
    expect([first.status, second.status]).toEqual([201, 200]);
    expect(await second.json()).toEqual(await first.json());
    expect(store.contents().projections).toHaveLength(1);
  });

  it('uses the configured flags and the service name when the description is missing', async () => {
    const { url, store, desk } = await setup({ anonim: false, rahasia: false });
    await file(url, { service_code: 'JLN', address_string: 'Jl. Sriwijaya' });
    const [projection] = store.contents().projections;
    expect(projection).toMatchObject({ anonim: false, rahasia: false });
    expect((await desk.get(coordinator, projection!.id)).description).toBe('Jalan berlubang');
  });

  it('answers refused requests in the spec error format, naming Open311 fields', async () => {
    const { url, store } = await setup();
    const cases: [Record<string, string>, number, string][] = [
      [{ ...report, service_code: '' }, 400, 'service_code: is required'],
      [{ ...report, service_code: 'NOPE' }, 404, 'service_code "NOPE" does not exist'],
      [{ service_code: 'PJU', description: 'x' }, 400, 'lat: a location is required: lat and long, or address_string'],
      [{ service_code: 'PJU', address_id: '545483' }, 400, 'lat: address_id is not supported here; send lat and long or address_string'],
      [{ service_code: 'PJU', lat: '-6.9' }, 400, 'long: lat and long must be sent together'],
      [{ ...report, lat: '95' }, 400, 'lat: '],
      [{ ...report, email: 'bukan-email' }, 400, 'email: '],
      [{ ...report, media_url: 'file:///etc/passwd' }, 400, 'media_url: must be an http(s) URL'],
      [{ ...report, description: 'x'.repeat(4001) }, 400, 'description: must be at most 4000 characters'],
      [{ ...report, jurisdiction_id: 'semarangkota.go.id' }, 404, 'jurisdiction_id "semarangkota.go.id" does not exist'],
    ];
    for (const [fields, status, description] of cases) {
      const response = await post(url, fields);
      expect(response.status, description).toBe(status);
      const errors = (await response.json()) as { code: number; description: string }[];
      expect(errors[0]!.code).toBe(status);
      expect(errors[0]!.description.startsWith(description), `${errors[0]!.description} ~ ${description}`).toBe(true);
    }
    expect(store.contents().projections).toHaveLength(0);
  });

  it('refuses a body that is not form-encoded, and one over the size limit', async () => {
    const { url } = await setup({ maxBodyBytes: 2048 });
    const json = await fetch(`${url}/requests.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(report),
    });
    expect(json.status).toBe(400);
    expect(await json.json()).toEqual([{ code: 400, description: 'send the fields as application/x-www-form-urlencoded' }]);
    const big = await post(url, { ...report, description: 'x'.repeat(3000) });
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual([{ code: 413, description: 'Request body exceeds the limit of 2048 bytes' }]);
  });

  it('checks the api_key with 403 when a verifier is configured', async () => {
    const { url, store } = await setup({ verifyApiKey: async (key) => key === 'kunci-rahasia' });
    const missing = await post(url, report, 'xml');
    expect(missing.status).toBe(403);
    expect(await missing.text()).toContain(
      '<error><code>403</code><description>api_key is required to create a service request</description></error>',
    );
    expect((await post(url, { ...report, api_key: 'salah' })).status).toBe(403);
    expect((await post(url, { ...report, api_key: 'kunci-rahasia' })).status).toBe(201);
    expect(store.contents().projections).toHaveLength(1);
  });
});

describe('GET requests', () => {
  it('shows a public request in full, with the unit, never the contact', async () => {
    const { url, desk, store, clock } = await setup({ rahasia: false, agencies: { 'dinas-pu': 'Dinas Pekerjaan Umum' } });
    const id = await file(url);
    const complaintId = store.contents().projections[0]!.id;
    clock.advanceBy(60_000);
    await desk.verify(coordinator, { complaintId });
    await desk.dispose(coordinator, { complaintId, unitId: 'dinas-pu' });
    clock.advanceBy(60_000);
    await desk.respond({ id: 'petugas-pu', role: 'unit_officer', unitId: 'dinas-pu' }, { complaintId, message: 'Lampu sudah diganti.' });

    const response = await fetch(`${url}/requests/${id}.json?jurisdiction_id=pekalongankota.go.id`);
    const [record] = (await response.json()) as Record<string, unknown>[];
    expect(record).toEqual({
      service_request_id: id,
      status: 'open',
      status_notes: 'Telah ditindaklanjuti',
      service_name: 'Lampu jalan mati',
      service_code: 'PJU',
      description: report.description,
      agency_responsible: 'Dinas Pekerjaan Umum',
      requested_datetime: '2026-03-02T02:00:00Z',
      updated_datetime: '2026-03-02T02:02:00Z',
      address: report.address_string,
      lat: -6.8886,
      long: 109.6753,
      media_url: report.media_url,
    });
    expect(JSON.stringify(record)).not.toMatch(/Siti|siti@|0812/);
    // When the complaint is expected to be done, from the desk; never the sweep's next internal act.
    const view = await desk.get(coordinator, complaintId);
    if (view.expectedResolutionAt) expect(record!['expected_datetime']).toBe(view.expectedResolutionAt.replace(/\.\d+Z$/, 'Z'));
    else expect(record).not.toHaveProperty('expected_datetime');
  });

  it('shows a complaint of another channel only as the tracking page does, and never one of no service', async () => {
    const { url, desk } = await setup();
    const web = await desk.receive(coordinator, {
      channel: 'web',
      title: 'Jalan ambles',
      description: 'Di depan rumah nomor 12, pemiliknya Pak Budi.',
      category: 'jalan',
      location: { address: 'Jl. Sriwijaya 12', lat: -6.9, long: 109.6 },
      rahasia: false,
    });
    const other = await desk.receive(coordinator, {
      channel: 'web',
      title: 'Pungli',
      description: 'Tanpa layanan.',
      category: 'pungli',
      rahasia: false,
    });
    const [record] = (await (await fetch(`${url}/requests/${web.complaint.trackingNumber}.json`)).json()) as Record<string, unknown>[];
    expect(record).toMatchObject({
      service_code: 'JLN',
      service_name: 'Jalan berlubang',
      description: 'Jalan ambles',
      address: null,
      lat: null,
      long: null,
      media_url: null,
    });
    expect(JSON.stringify(record)).not.toContain('Budi');
    const none = await fetch(`${url}/requests/${other.complaint.trackingNumber}.json`);
    expect(none.status).toBe(404);
  });

  it('maps final states to closed and writes XML with escaped text', async () => {
    const { url, desk, store } = await setup({ rahasia: false });
    const id = await file(url, { ...report, description: 'Kabel <terkelupas> & \u0007berbahaya' });
    await desk.reject(coordinator, { complaintId: store.contents().projections[0]!.id, reason: 'duplicate' });
    const xml = await (await fetch(`${url}/requests/${id}.xml`)).text();
    expect(xml).toContain('<status>closed</status><status_notes>Tidak dapat diproses</status_notes>');
    expect(xml).toContain('<description>Kabel &lt;terkelupas&gt; &amp; berbahaya</description>');
    expect(xml).toContain('<lat>-6.8886</lat><long>109.6753</long>');
  });

  it('answers an unknown id with 404', async () => {
    const { url } = await setup();
    const response = await fetch(`${url}/requests/ADU-000000-AAAAAA.json`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual([{ code: 404, description: 'service_request_id "ADU-000000-AAAAAA" does not exist' }]);
  });

  it('lists public requests of the last 90 days, never a rahasia one or one of no service', async () => {
    const { url, desk, clock } = await setup({ rahasia: false });
    const oldId = await file(url);
    clock.advanceBy(91 * DAY);
    const recentId = await file(url, { ...report, service_code: 'JLN' });
    await desk.receive(coordinator, { channel: 'web', title: 'Jalan ambles', description: 'Rahasia.', category: 'jalan', rahasia: true });
    await desk.receive(coordinator, { channel: 'web', title: 'Pungli', description: 'Tanpa layanan.', category: 'pungli', rahasia: false });

    const listed = (await (await fetch(`${url}/requests.json`)).json()) as Record<string, unknown>[];
    expect(listed.map((record) => record.service_request_id)).toEqual([recentId]);
    expect(listed[0]).toMatchObject({ service_code: 'JLN', description: report.description });
    for (const record of listed) expect(record['service_code']).not.toBeNull();

    const window = '?start_date=2026-03-01T00:00:00%2B07:00&end_date=2026-03-03T00:00:00Z';
    const old = (await (await fetch(`${url}/requests.json${window}`)).json()) as Record<string, unknown>[];
    expect(old.map((record) => record.service_request_id)).toEqual([oldId]);
  });

  it('filters by service_code and status', async () => {
    const { url, desk, store } = await setup({ rahasia: false });
    const lampId = await file(url);
    const roadId = await file(url, { ...report, service_code: 'JLN' });
    const road = store.contents().projections.find((projection) => projection.trackingNumber === roadId)!;
    await desk.reject(coordinator, { complaintId: road.id, reason: 'duplicate' });

    const ids = async (query: string) =>
      ((await (await fetch(`${url}/requests.json?${query}`)).json()) as { service_request_id: string }[]).map(
        (record) => record.service_request_id,
      );
    expect(await ids('service_code=PJU')).toEqual([lampId]);
    expect(await ids('status=closed')).toEqual([roadId]);
    expect(await ids('status=open')).toEqual([lampId]);
    expect((await ids('status=open,closed')).sort()).toEqual([lampId, roadId].sort());
    expect(await ids('service_code=JLN&status=open')).toEqual([]);
    expect(await ids('service_code=UNKNOWN')).toEqual([]);
  });

  it('looks up a comma list of ids, overriding the other arguments and leaving unknown and rahasia ids out alike', async () => {
    const { url, desk } = await setup({ rahasia: false });
    const publicId = await file(url);
    const secret = await desk.receive(coordinator, { channel: 'web', title: 'Rahasia', description: 'Rahasia.', category: 'jalan' });
    const secretId = secret.complaint.trackingNumber;
    const response = await fetch(`${url}/requests.xml?service_request_id=${secretId},ADU-000000-AAAAAA,${publicId}&status=closed`);
    const xml = await response.text();
    expect(xml.match(/<service_request_id>[^<]+</g)).toEqual([`<service_request_id>${publicId}<`]);
    expect(xml).not.toContain(secretId);
  });

  it('refuses bad search arguments with 400', async () => {
    const { url } = await setup();
    const cases: [string, string][] = [
      ['start_date=2026-01-01T00:00:00Z&end_date=2026-04-02T00:00:00Z', 'end_date: the range may not span more than 90 days'],
      ['start_date=2026-03-01T00:00:00Z&end_date=2026-02-01T00:00:00Z', 'end_date: must not be before start_date'],
      ['start_date=2026-03-01', 'start_date: must be a W3C date-time with a time zone'],
      ['status=pending', 'status: must be open or closed'],
    ];
    for (const [query, description] of cases) {
      const response = await fetch(`${url}/requests.json?${query}`);
      expect(response.status, query).toBe(400);
      const [error] = (await response.json()) as { code: number; description: string }[];
      expect(error!.description.startsWith(description), error!.description).toBe(true);
    }
  });
});

describe('routing and configuration', () => {
  it('answers unknown paths with 404 and wrong methods with 405', async () => {
    const { url } = await setup();
    const unknown = await fetch(`${url}/discovery.json`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const wrong = await fetch(`${url}/services.json`, { method: 'POST' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, HEAD');
  });

  it('refuses services that would not map back to one service_code', () => {
    const { desk } = testDesk();
    const twice = [services[0]!, { ...services[1]!, category: services[0]!.category }];
    expect(() => createOpen311({ desk, services: twice })).toThrow(/used by two services/);
    expect(() => createOpen311({ desk, services: [{ ...services[0]!, service_code: 'a.b' }] })).toThrow(/service_code/);
    expect(() => createOpen311({ desk, services, actor: { id: 'warga', role: 'complainant' } })).toThrow(/coordinator or system/);
  });
});
