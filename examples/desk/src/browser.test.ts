import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accessibilityViolations, describeInBrowser } from '@aduan/browser-testing';
import { signWhatsAppPayload } from '@aduan/channel-whatsapp';
import { createVirtualClock } from '@aduan/test-kit';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readConfig } from './config.js';
import { startDeskService, type DeskService } from './service.js';
import { generousSignIn, type Page, PAGE_TEST_TIMEOUT_MS, shootPage, signInAs } from './test-support/browser-pages.js';

const APP_SECRET = 'rahasia-aplikasi-meta-uji';

describeInBrowser('the desk in a real browser', (browser) => {
  const clock = createVirtualClock('2026-03-03T02:00:00.000Z');
  const dataDir = mkdtempSync(join(tmpdir(), 'aduan-desk-'));
  let service: DeskService;
  let url: string;

  beforeAll(async () => {
    const config = readConfig({
      PORT: '0',
      ADUAN_DATA_DIR: dataDir,
      WHATSAPP_APP_SECRET: APP_SECRET,
      WHATSAPP_VERIFY_TOKEN: 'token-verifikasi',
      WHATSAPP_ACCESS_TOKEN: 'token-akses',
      WHATSAPP_PHONE_NUMBER_ID: '109876543210987',
      // Replies are never sent in this test; an unreachable port keeps them on this machine.
      WHATSAPP_GRAPH_API_BASE_URL: 'http://127.0.0.1:9',
    });
    // Every test signs in from 127.0.0.1, the koordinator several times: budgets no run of the suite can spend.
    service = await startDeskService(config, { clock, demoComplaints: 8, loginRateLimits: generousSignIn() });
    url = service.url;
  });

  afterAll(async () => {
    await service?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const signIn = (page: Page, username: string) => signInAs(browser, page, url, username);

  async function act(page: Page, section: string, fill: () => Promise<void>, button: string, done: string) {
    await page.getByText(section, { exact: true }).click();
    await fill();
    await Promise.all([page.waitForURL(/\?ok=/), page.getByRole('button', { name: button, exact: true }).click()]);
    expect(await page.getByRole('status').textContent()).toBe(done);
  }

  it(
    'walks one complaint from the resident’s form through every role to resolved',
    async () => {
      const page = await browser.newPage();
      await page.goto(`${url}/warga/complaints/new`);
      await page.getByLabel('Judul pengaduan *').fill('Saluran air meluap di Jl. Hayam Wuruk');
      await page.getByLabel('Uraian pengaduan *').fill('Setiap hujan air meluap ke rumah warga.');
      await page.getByLabel('Nama').fill('Sri Rahayu');
      await Promise.all([page.waitForURL(`${url}/warga/complaints`), page.getByRole('button', { name: 'Kirim pengaduan' }).click()]);
      const trackingNumber = (await page.locator('#tracking-number').textContent())!.trim();

      await page.goto(`${url}/petugas/masuk`);
      expect(await accessibilityViolations(page)).toEqual([]);
      await shootPage(page, 'masuk');
      await signIn(page, 'koordinator');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Baru');
      expect(await accessibilityViolations(page)).toEqual([]);
      await shootPage(page, 'antrean');
      await page.getByRole('link', { name: trackingNumber }).click();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Saluran air meluap di Jl. Hayam Wuruk');
      expect(await page.getByRole('button', { name: 'Disposisikan' }).count()).toBe(0);
      await act(
        page,
        'Verifikasi dan klasifikasi',
        async () => page.getByLabel('Kategori').fill('drainase'),
        'Verifikasi',
        'Aduan diverifikasi.',
      );
      await act(
        page,
        'Disposisi ke unit',
        async () => {
          await page.getByLabel('Unit tujuan').selectOption('dpupr');
        },
        'Disposisikan',
        'Aduan didisposisikan.',
      );
      expect(await page.locator('.clock').count()).toBeGreaterThan(0);
      // Received, acknowledged by the demo city's template on receipt, verified, disposed.
      expect(await page.locator('.verdict').textContent()).toContain('Rantai hash utuh: 4 peristiwa');
      expect(await accessibilityViolations(page)).toEqual([]);
      await shootPage(page, 'aduan');
      const complaintUrl = page.url().replace(/\?.*$/, '');

      await page.goto(`${url}/petugas/dasbor`);
      await page.locator('canvas').first().waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await shootPage(page, 'dasbor');

      await signIn(page, 'petugas.dinkes');
      const refused = await page.goto(complaintUrl);
      expect([403, 404]).toContain(refused?.status());
      expect(await page.content()).not.toContain('Saluran air meluap');

      await signIn(page, 'petugas.dpupr');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Aduan Unit Saya');
      await page.getByRole('link', { name: trackingNumber }).click();
      expect(await page.getByRole('button', { name: 'Verifikasi' }).count()).toBe(0);
      await act(
        page,
        'Tindak lanjut (jawaban untuk warga)',
        async () => page.getByLabel('Jawaban').fill('Saluran sudah dikeruk oleh tim DPUPR.'),
        'Kirim tindak lanjut',
        'Tindak lanjut dikirim ke warga.',
      );

      await page.goto(`${url}/warga/complaints/${trackingNumber}`);
      expect(await page.locator('.answer').textContent()).toBe('Saluran sudah dikeruk oleh tim DPUPR.');

      // The resident stays silent: after the confirmation window the sweep resolves it.
      clock.advanceBy(11 * 24 * 60 * 60 * 1000);
      await service.desk.sweep();
      await signIn(page, 'koordinator');
      await page.goto(complaintUrl);
      expect(await page.locator('.facts .status').textContent()).toBe('Selesai');
      expect(await page.getByText('Tidak ada tindakan yang dapat Anda lakukan pada tahap ini.').count()).toBe(1);
      await page.close();
    },
    PAGE_TEST_TIMEOUT_MS,
  );

  it(
    'shows a WhatsApp message, signed as Meta signs it, in the coordinator’s Baru queue',
    async () => {
      const body = JSON.stringify({
        object: 'whatsapp_business_account',
        entry: [
          {
            id: '102030405060708',
            changes: [
              {
                field: 'messages',
                value: {
                  messaging_product: 'whatsapp',
                  metadata: { display_phone_number: '6285200000000', phone_number_id: '109876543210987' },
                  contacts: [{ profile: { name: 'Budi' }, wa_id: '6281200000001' }],
                  messages: [
                    {
                      from: '6281200000001',
                      id: 'wamid.uji-desk-1',
                      timestamp: String(Math.floor(clock.now().getTime() / 1000)),
                      type: 'text',
                      text: { body: 'Lampu PJU di Jl. Hayam Wuruk mati sejak tiga hari lalu.' },
                    },
                  ],
                },
              },
            ],
          },
        ],
      });
      const answer = await fetch(`${url}/webhook/whatsapp`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': signWhatsAppPayload(APP_SECRET, body) },
        body,
      });
      expect(answer.status).toBe(200);
      const page = await browser.newPage();
      await signIn(page, 'koordinator');
      await page.goto(`${url}/petugas/antrean/baru?channel=whatsapp`);
      expect(await page.locator('table.list tbody tr').count()).toBeGreaterThan(0);
      expect(await page.content()).toContain('Lampu PJU di Jl. Hayam Wuruk');
      await page.close();
    },
    PAGE_TEST_TIMEOUT_MS,
  );

  it(
    'refuses a form posted without its CSRF token with 403',
    async () => {
      const page = await browser.newPage();
      await signIn(page, 'koordinator');
      // Posted through the page's own session (its cookies) rather than by clicking: the click that
      // navigates to the 403 page now and then never settled on a loaded machine.
      const signedIn = await page.request.get(`${url}/petugas/antrean/baru`, { maxRedirects: 0 });
      expect(signedIn.status(), 'the request carries the signed-in session').toBe(200);
      const forged = await page.request.post(`${url}/petugas/keluar`, { form: { _csrf: 'palsu' }, maxRedirects: 0 });
      expect(forged.status()).toBe(403);
      // The refused sign-out changed nothing: the session still opens the queue.
      await page.goto(`${url}/petugas/antrean/baru`);
      expect(page.url()).toBe(`${url}/petugas/antrean/baru`);
      expect(await page.getByRole('button', { name: 'Keluar' }).count()).toBe(1);
      await page.close();
    },
    PAGE_TEST_TIMEOUT_MS,
  );
});
