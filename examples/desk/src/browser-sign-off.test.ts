import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accessibilityViolations, describeInBrowser } from '@aduan/browser-testing';
import { createVirtualClock } from '@aduan/test-kit';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readConfig } from './config.js';
import { startDeskService, type DeskService } from './service.js';
import { generousSignIn, type Page, PAGE_TEST_TIMEOUT_MS, shootPage, signInAs } from './test-support/browser-pages.js';

describeInBrowser('sign-off in a real browser', (browser) => {
  const clock = createVirtualClock('2026-03-03T02:00:00.000Z');
  const dataDir = mkdtempSync(join(tmpdir(), 'aduan-desk-sign-off-'));
  let service: DeskService;
  let url: string;

  beforeAll(async () => {
    const config = readConfig({
      PORT: '0',
      ADUAN_DATA_DIR: dataDir,
      ADUAN_PLUGINS: 'reply-review,duplicates,satisfaction,sign-off,templates',
      ADUAN_SIGN_OFF_UNITS: 'dpupr',
    });
    service = await startDeskService(config, {
      clock,
      demoComplaints: 6,
      loginRateLimits: generousSignIn(),
    });
    url = service.url;
  });

  afterAll(async () => {
    await service?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const signIn = (page: Page, username: string) => signInAs(browser, page, url, username);

  it(
    'walks an answer from the officer’s draft through the head’s approval to the resident’s status page',
    async () => {
      const page = await browser.newPage();
      await page.goto(`${url}/warga/complaints/new`);
      await page.getByLabel('Judul pengaduan *').fill('Jalan berlubang di depan SD Negeri 1 Medono');
      await page.getByLabel('Uraian pengaduan *').fill('Lubang besar, sudah dua pengendara jatuh.');
      await Promise.all([page.waitForURL(`${url}/warga/complaints`), page.getByRole('button', { name: 'Kirim pengaduan' }).click()]);
      const trackingNumber = (await page.locator('#tracking-number').textContent())!.trim();
      const coordinator = { id: 'koordinator-uji', role: 'coordinator' as const };
      const complaint = await service.desk.getByTrackingNumber(coordinator, trackingNumber);
      await service.desk.verify(coordinator, { complaintId: complaint.id, classification: 'pengaduan', category: 'infrastruktur' });
      await service.desk.dispose(coordinator, { complaintId: complaint.id, unitId: 'dpupr' });

      await signIn(page, 'petugas.dpupr');
      await page.getByRole('link', { name: trackingNumber }).click();
      expect(await page.getByText('Tindak lanjut (jawaban untuk warga)', { exact: true }).count()).toBe(0);
      await page.locator('summary', { hasText: 'Kirim draf untuk persetujuan' }).click();
      // Start from the unit's template for roads: the page comes back with the answer filled in.
      await Promise.all([
        page.waitForURL(/templat=jalan-ditambal/),
        page.getByRole('link', { name: /^Pakai templat ini.*Jalan rusak: sudah ditambal/ }).click(),
      ]);
      const answer = await page.getByLabel('Jawaban', { exact: true }).inputValue();
      expect(answer).toContain('telah menambal dan meratakan jalan');
      await Promise.all([
        page.waitForURL(/\?ok=/),
        page.getByRole('button', { name: 'Kirim draf untuk persetujuan', exact: true }).click(),
      ]);
      expect(await page.getByRole('status').textContent()).toBe('Draf jawaban dikirim untuk persetujuan.');
      expect(await page.getByRole('heading', { name: 'Draf jawaban menunggu persetujuan' }).count()).toBe(1);
      expect(await page.getByRole('button', { name: 'Setujui dan terbitkan' }).count()).toBe(0);
      expect(await accessibilityViolations(page)).toEqual([]);
      await shootPage(page, 'aduan-draf');

      await page.goto(`${url}/warga/complaints/${trackingNumber}`);
      expect(await page.locator('.answer').count()).toBe(0);

      await signIn(page, 'kepala.dpupr');
      await page.goto(`${url}/petugas/aduan/${complaint.id}`);
      expect(await page.locator('.draft blockquote').textContent()).toBe(answer);
      await page.locator('summary', { hasText: 'Setujui dan terbitkan' }).click();
      await page.getByLabel('Catatan persetujuan (opsional)').fill('Sudah sesuai.');
      await Promise.all([page.waitForURL(/\?ok=/), page.getByRole('button', { name: 'Setujui dan terbitkan', exact: true }).click()]);
      expect(await page.getByRole('status').textContent()).toBe('Draf disetujui dan jawaban diterbitkan untuk warga.');
      const timeline = await page.locator('.timeline').textContent();
      expect(timeline).toContain('Draf jawaban diajukan untuk persetujuan');
      expect(timeline).toContain('Draf jawaban disetujui dan dikirim');
      expect(timeline).toContain('Ditindaklanjuti unit');
      expect(await accessibilityViolations(page)).toEqual([]);
      await shootPage(page, 'aduan-disetujui');

      await page.goto(`${url}/warga/complaints/${trackingNumber}`);
      expect(await page.locator('.answer').textContent()).toBe(answer);
      await page.close();
    },
    PAGE_TEST_TIMEOUT_MS,
  );

  it(
    'has no serious accessibility violations on a complaint page with its templates and duplicate suggestions open',
    async () => {
      const coordinator = { id: 'koordinator-uji', role: 'coordinator' as const };
      const ids: string[] = [];
      for (const n of [1, 2]) {
        const { complaint } = await service.desk.receive(coordinator, {
          channel: 'web',
          channelMessageId: `saluran-medono-${n}`,
          title: `Saluran air tersumbat di Jalan Sriwijaya Medono (${n})`,
          description: 'Saluran air di Jalan Sriwijaya Medono tersumbat sampah dan meluap ke rumah warga setiap hujan.',
          category: 'drainase',
          location: { kelurahan: 'Medono' },
        });
        await service.desk.verify(coordinator, { complaintId: complaint.id, classification: 'pengaduan' });
        await service.desk.dispose(coordinator, { complaintId: complaint.id, unitId: 'dinkes' });
        ids.push(complaint.id);
      }
      const page = await browser.newPage();
      await signIn(page, 'petugas.dinkes');
      await page.goto(`${url}/petugas/aduan/${ids[0]}?templat=jawaban-ditangani`);
      expect(await page.locator('.suggestions li').count()).toBe(1);
      expect(await page.getByLabel('Jawaban', { exact: true }).inputValue()).toContain('telah memeriksa lokasi');
      await page.locator('summary', { hasText: 'Kelompokkan dalam satu perintah kerja' }).click();
      await page.locator('.templates summary').first().click();
      expect(await accessibilityViolations(page)).toEqual([]);
      await shootPage(page, 'aduan-templat-duplikat');
      await page.close();
    },
    PAGE_TEST_TIMEOUT_MS,
  );
});
