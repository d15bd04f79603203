import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createChannelEndpoint, createDesk, createMemoryStore } from '@aduan/core';
import { serveFetch, type LoopbackServer } from '../src/__fixtures__/serve-fetch.js';
import { createWhatsAppChannel, signWhatsAppPayload } from '../src/index.js';
import { round3, type BenchResult } from '../../../bench/result.js';

const APP_SECRET = 'bench-app-secret';
const PHONE_NUMBER_ID = '109876543210987';
const CONCURRENCY = 16;
const WARMUP = 200;
/** Each phase stops at whichever comes first, so the whole run stays well under a minute. */
const MAX_REQUESTS = 4_000;
const MAX_PHASE_MS = 12_000;

/** One signed text-message notification from a distinct resident, with a distinct wamid. */
function webhook(index: number): { body: string; signature: string } {
  const from = `62812${String(index).padStart(8, '0')}`;
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
              metadata: { display_phone_number: '6285200000000', phone_number_id: PHONE_NUMBER_ID },
              contacts: [{ profile: { name: 'Warga' }, wa_id: from }],
              messages: [
                {
                  from,
                  id: `wamid.bench${index}`,
                  timestamp: String(Math.floor(Date.now() / 1000)),
                  type: 'text',
                  text: { body: 'Lampu PJU di Jl. Hayam Wuruk mati sejak tiga hari lalu, mohon segera diperbaiki.' },
                },
              ],
            },
          },
        ],
      },
    ],
  });
  return { body, signature: signWhatsAppPayload(APP_SECRET, body) };
}

/** Posts `count` webhooks from `first` on, `CONCURRENCY` at a time; returns per-request latencies. */
async function load(url: string, first: number, count: number, deadline: number): Promise<{ latencies: number[]; elapsedMs: number }> {
  const latencies: number[] = [];
  let next = first;
  const started = performance.now();
  const worker = async () => {
    while (next < first + count && performance.now() < deadline) {
      const { body, signature } = webhook(next++);
      const begin = performance.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
        body,
      });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`bench request answered ${response.status}`);
      latencies.push(performance.now() - begin);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { latencies, elapsedMs: performance.now() - started };
}

function p99(latencies: number[]): number {
  const sorted = [...latencies].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] ?? Number.NaN;
}

async function measure(server: LoopbackServer): Promise<{ rps: number; p99Ms: number }> {
  const url = `${server.url}/webhooks/whatsapp`;
  await load(url, 0, WARMUP, Number.POSITIVE_INFINITY);
  const { latencies, elapsedMs } = await load(url, WARMUP, MAX_REQUESTS, performance.now() + MAX_PHASE_MS);
  await server.close();
  return { rps: (latencies.length / elapsedMs) * 1000, p99Ms: p99(latencies) };
}

/** The floor: plain node:http reading the body and answering 200. */
async function bareServer(): Promise<LoopbackServer> {
  const server = createServer((request, response) => {
    request.on('data', () => {});
    request.on('end', () => response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The real path: signature check, parsing, routing through a memory-store desk. */
async function whatsappServer(): Promise<LoopbackServer> {
  const desk = createDesk({ store: createMemoryStore(), pseudonymKey: 'bench-pseudonym-key-0123456789' });
  const channel = createWhatsAppChannel({
    appSecret: APP_SECRET,
    verifyToken: 'bench',
    accessToken: 'bench',
    phoneNumberId: PHONE_NUMBER_ID,
    templates: { outsideWindow: { name: 'aduan_tanggapan', language: 'id' } },
  });
  return serveFetch(createChannelEndpoint({ desk, channel }));
}

/** WhatsApp webhooks per second and p99 latency over loopback HTTP, against a bare node:http floor. */
export default async function run(): Promise<BenchResult[]> {
  const baseline = await measure(await bareServer());
  const ours = await measure(await whatsappServer());
  return [
    {
      name: `channel-whatsapp: webhook requests/s over loopback HTTP (${CONCURRENCY} concurrent) vs bare node:http reading the body`,
      value: round3(ours.rps),
      unit: 'req/s',
      baseline: round3(baseline.rps),
      ratio: round3(ours.rps / baseline.rps),
    },
    {
      name: 'channel-whatsapp: webhook p99 latency vs bare node:http (ratio = baseline/value)',
      value: round3(ours.p99Ms),
      unit: 'ms',
      baseline: round3(baseline.p99Ms),
      ratio: round3(baseline.p99Ms / ours.p99Ms),
    },
  ];
}
