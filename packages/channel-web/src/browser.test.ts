import type { Server } from 'node:http';
import { toNodeListener } from '@aduan/adapter-utils/node';
import { accessibilityViolations, describeInBrowser } from '@aduan/browser-testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fileBytes } from './__fixtures__/files.js';
import { close, coordinator, serve, testDesk } from './__fixtures__/loopback.js';
import { createMemoryAttachmentStore } from './attachments/memory-attachment-store.js';
import { createWebIntake } from './web/create-web-intake.js';

describeInBrowser('the complaint form in a real browser', (browser) => {
  const desk = testDesk();
  const attachments = createMemoryAttachmentStore();
  let server: Server;
  let url: string;

  beforeAll(async () => {
    ({ url, server } = await serve(toNodeListener(createWebIntake({ desk: desk.desk, basePath: '/aduan', attachmentStore: attachments }))));
  });

  afterAll(async () => {
    if (server) await close(server);
  });

  it('fills the form, submits it and shows the tracking number, every page free of serious accessibility faults', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/aduan/complaints/new`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sampaikan Pengaduan');
    expect(await accessibilityViolations(page)).toEqual([]);

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
    await page
      .getByLabel('Lampiran (tidak wajib)')
      .setInputFiles({ name: 'lampu.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(fileBytes('jpeg', 10)) });

    await Promise.all([page.waitForURL(`${url}/aduan/complaints`), page.getByRole('button', { name: 'Kirim pengaduan' }).click()]);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Pengaduan diterima');
    expect(await accessibilityViolations(page)).toEqual([]);
    const trackingNumber = await page.locator('#tracking-number').textContent();

    const [projection] = desk.store.contents().projections;
    expect(trackingNumber).toBe(projection!.trackingNumber);
    expect(projection).toMatchObject({ channel: 'web', anonim: true, rahasia: false, title: 'Lampu jalan mati di Jl. Merdeka' });
    expect(desk.store.contents().identities[0]).toMatchObject({ name: 'Siti Aminah', phone: '0812 3456 7890' });
    expect(attachments.list().map((file) => [file.name, file.contentType, file.sizeBytes])).toEqual([['lampu.jpg', 'image/jpeg', 10]]);
    expect(await page.content()).not.toContain('Siti');

    await desk.desk.verify(coordinator, { complaintId: projection!.id });
    await desk.desk.dispose(coordinator, { complaintId: projection!.id, unitId: 'dinas-pu' });
    await desk.desk.respond(
      { id: 'petugas-pu', role: 'unit_officer', unitId: 'dinas-pu' },
      { complaintId: projection!.id, message: 'Lampu sudah diganti.' },
    );
    await Promise.all([
      page.waitForURL(`${url}/aduan/complaints/${trackingNumber}`),
      page.getByRole('link', { name: 'Lihat status pengaduan' }).click(),
    ]);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Status pengaduan');
    expect(await page.locator('dd strong').textContent()).toBe('Telah ditindaklanjuti');
    expect(await page.locator('.answer').textContent()).toBe('Lampu sudah diganti.');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows what to fix in Bahasa Indonesia when the browser skips its own validation', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/aduan/complaints/new`);
    // Remove the `required` hints so the server-side answer is what the resident sees.
    await page.locator('form').evaluate((form) => form.setAttribute('novalidate', ''));
    await page.getByLabel('Email').fill('bukan-email');
    await page.getByRole('button', { name: 'Kirim pengaduan' }).click();
    await page.getByRole('alert').waitFor();
    const alert = (await page.getByRole('alert').textContent()) ?? '';
    expect(alert).toContain('Judul pengaduan');
    expect(alert).toContain('Email');
    // The desk's messages are Indonesian by default; nothing of the English ones reaches the form.
    expect(alert).not.toMatch(/\b(must|expected|invalid|required)\b/i);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Kembali ke formulir' }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sampaikan Pengaduan');
    await page.close();
  });
});
