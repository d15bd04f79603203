import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type DeskFixture, startFixture } from './test-support/desk-fixture.js';

let f: DeskFixture;

beforeAll(async () => {
  f = await startFixture();
});

afterAll(async () => {
  await f?.close();
});

describe('the sign-in throttle', () => {
  it('refills by its own clock, never by the desk’s (a desk on simulated time jumps ahead)', async () => {
    await f.officer('korban.lompat', 'auditor');
    const client = new Client(f.url);
    await client.get('/petugas/masuk');
    for (let i = 0; i < 5; i++) await client.post('/petugas/masuk', { username: 'korban.lompat', password: `tebakan-ke-${i}xx` });
    f.clock.advanceBy(7 * 24 * 60 * 60_000);
    const right = await client.post('/petugas/masuk', { username: 'korban.lompat', password: 'kata-sandi-uji-123' });
    expect(right.status).toBe(429);
    f.loginClock.advanceBy(2 * 60_000);
    expect(await client.signIn('korban.lompat')).toBe(303);
  });
});
