import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryAttachmentStore } from './attachments/memory-attachment-store.js';
import { toNodeListener } from './mount/to-node-listener.js';
import { close, serve, testDesk } from './testing/loopback.js';
import { createWebIntake } from './web/create-web-intake.js';

/** Debian's chromium; never playwright's own download. */
const CHROMIUM = process.env['ADUAN_CHROMIUM'] ?? '/usr/bin/chromium';
const SKIP = process.env['ADUAN_SKIP_BROWSER'] === '1';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

describe.skipIf(SKIP)('the complaint form in a real browser', () => {
  const desk = testDesk();
  const attachments = createMemoryAttachmentStore();
  let server: Server;
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium is not installed at ${CHROMIUM}. Install it (apt-get install -y chromium), point ADUAN_CHROMIUM at it, ` +
          'or set ADUAN_SKIP_BROWSER=1 to skip the browser test.',
      );
    }
    ({ url, server } = await serve(toNodeListener(createWebIntake({ desk: desk.desk, basePath: '/aduan', attachmentStore: attachments }))));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  });

  afterAll(async () => {
    await browser?.close();
    if (server) await close(server);
  });

  it('fills the form, submits it and shows the tracking number', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/aduan/complaints/new`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sampaikan Pengaduan');

    // Every field is reachable by its visible label: the form is usable with a screen reader.
    await page.getByLabel('Judul pengaduan *').fill('Lampu jalan mati di Jl. Merdeka');
    await page.getByLabel('Uraian pengaduan *').fill('Sudah tiga malam jalan gelap dan rawan.');
    await page.getByLabel('Jenis laporan').selectOption('pengaduan');
    await page.getByLabel('Alamat').fill('Jl. Merdeka 10');
    await page.getByLabel('Kelurahan').fill('Podosugih');
    await page.getByLabel('Nama').fill('Siti Aminah');
    await page.getByLabel('Nomor telepon').fill('0812 3456 7890');
    expect(await page.getByRole('checkbox', { name: /^Anonim/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /^Rahasia/ }).isChecked()).toBe(true);
    await page.getByRole('checkbox', { name: /^Rahasia/ }).uncheck();
    await page.getByLabel('Lampiran (tidak wajib)').setInputFiles({ name: 'lampu.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('jpeg-bytes') });

    await Promise.all([page.waitForURL(`${url}/aduan/complaints`), page.getByRole('button', { name: 'Kirim pengaduan' }).click()]);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Pengaduan diterima');
    const trackingNumber = await page.locator('#tracking-number').textContent();

    const [projection] = desk.store.contents().projections;
    expect(trackingNumber).toBe(projection!.trackingNumber);
    expect(projection).toMatchObject({ channel: 'web', anonim: true, rahasia: false, title: 'Lampu jalan mati di Jl. Merdeka' });
    expect(desk.store.contents().identities[0]).toMatchObject({ name: 'Siti Aminah', phone: '0812 3456 7890' });
    expect(attachments.list().map((file) => [file.name, file.contentType, file.sizeBytes])).toEqual([['lampu.jpg', 'image/jpeg', 10]]);
    expect(await page.content()).not.toContain('Siti');

    await page.getByRole('link', { name: 'Lihat status pengaduan' }).click();
    expect(await page.getByText('Status:').first().textContent()).toContain('Diterima, menunggu verifikasi');
    await page.close();
  });

  it('shows what to fix when the browser skips its own validation', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/aduan/complaints/new`);
    // Remove the `required` hints so the server-side answer is what the resident sees.
    await page.locator('form').evaluate((form) => form.setAttribute('novalidate', ''));
    await page.getByLabel('Email').fill('bukan-email');
    await page.getByRole('button', { name: 'Kirim pengaduan' }).click();
    await page.getByRole('alert').waitFor();
    const alert = await page.getByRole('alert').textContent();
    expect(alert).toContain('Judul pengaduan');
    expect(alert).toContain('Email');
    await page.getByRole('link', { name: 'Kembali ke formulir' }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sampaikan Pengaduan');
    await page.close();
  });
});
