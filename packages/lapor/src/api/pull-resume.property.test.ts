import { createDesk, createMemoryStore } from '@aduan/core';
import { LaporApiError } from '@aduan/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLaporBridge } from '../index.js';
import { startFakeLaporServer } from '../testing/index.js';
import { reportRow } from '../test-support/lapor-export.js';

const TOKEN = 'token-integrasi-pekalongan';
const STATUSES = ['Belum Terverifikasi', 'Terverifikasi', 'Ditutup oleh Admin', 'Diarsipkan oleh Admin', 'Tertunda'];

describe('pull and resume over the LAPOR! API (property)', () => {
  it('imports every report exactly once, whatever the page size and wherever the pulls fail', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 1_000_000, max: 999_999_999 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.constantFrom(...STATUSES), { minLength: 12, maxLength: 12 }),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 4 }),
        async (ids, statuses, pageSize, failAfter) => {
          const fake = await startFakeLaporServer({
            token: TOKEN,
            reports: ids.map(
              (id, index) =>
                reportRow(id, { 'Status Laporan': statuses[index]!, 'Instansi Terdisposisi': 'Dinas Pekerjaan Umum' }) as Record<
                  string,
                  string
                >,
            ),
          });
          const store = createMemoryStore();
          const desk = createDesk({ store });
          try {
            const bridge = createLaporBridge({ desk, store, api: { baseUrl: fake.url, token: TOKEN, pageSize, retries: 0 } });
            let cursor: string | undefined;
            let finished = false;
            // Each attempt lets `n` requests through, then the next one fails; the last attempt runs clean.
            for (const n of [...failAfter, -1]) {
              if (n >= 0) fake.inject(...Array.from({ length: n }, () => ({ kind: 'pass' as const })), { kind: 'status', status: 503 });
              const attempt = bridge.pull({
                cursor,
                onCursor: (next) => {
                  cursor = next;
                },
              });
              const outcome = await attempt.catch((error: unknown) => {
                if (!LaporApiError.isInstance(error)) throw error;
                return undefined;
              });
              if (outcome) {
                expect(outcome.skipped).toBe(0);
                finished = true;
                break;
              }
              // A pull that fails leaves what it pulled imported; the next one starts after it.
            }
            expect(finished).toBe(true);
            expect((await store.doListStreams({ limit: 100 })).ids).toHaveLength(ids.length);
            for (const id of ids) expect(await store.doFindByExternalRef({ system: 'lapor', id: String(id) })).toBeDefined();
          } finally {
            await desk.close();
            await fake.close();
          }
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
