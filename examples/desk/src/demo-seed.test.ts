import { createAccounts } from '@aduan/accounts';
import { createDesk } from '@aduan/core';
import { createWorkingCalendar } from '@aduan/core/calendar';
import { createSlaPolicy, slaPresets } from '@aduan/core/sla';
import type { DuplicateSuggestion } from '@aduan/plugin-duplicates';
import { createPostgresAccountStore } from '@aduan/store-postgres';
import { createPGliteStore } from '@aduan/store-postgres/pglite';
import { describe, expect, it } from 'vitest';
import { seedDemoCity } from './demo-seed.js';
import { createDeskPlugins } from './desk-plugins.js';
import { DEFAULT_PLUGINS } from './plugin-names.js';

describe('the demo city with the plugins', () => {
  it('shows templates, satisfaction answers, reopened complaints, approved drafts and duplicate suggestions, and sends nothing', async () => {
    const store = await createPGliteStore();
    const now = new Date('2026-03-03T02:00:00.000Z');
    const deadlines = createSlaPolicy(slaPresets.pekalongan, createWorkingCalendar());
    const accounts = createAccounts({ store: createPostgresAccountStore(store), clock: { now: () => now } });
    const plugins = { plugins: [...DEFAULT_PLUGINS, 'sign-off' as const], replyHoldBack: 'never' as const, signOffUnits: ['dpupr'] };
    const pseudonymKey = 'kunci-pseudonim-uji-0123456789';
    const report = await seedDemoCity({ store, accounts, deadlines, now, complaints: 90, plugins, pseudonymKey });
    expect(report.complaints).toBe(90);

    const running = createDeskPlugins(plugins, store);
    const desk = createDesk({ store, deadlines, clock: { now: () => now }, pseudonymKey, plugins: running.plugins });
    const k = { id: 'demo-uji', role: 'coordinator' as const };
    const types = new Map<string, number>();
    let suggested = 0;
    const { items } = await desk.list(k, { limit: 500 });
    for (const item of items) {
      for (const event of await desk.history(k, item.id)) types.set(event.type, (types.get(event.type) ?? 0) + 1);
      if (['received', 'verified', 'disposed', 'needs_info', 'escalated', 'responded'].includes(item.status)) {
        const suggestions = (await desk.runPluginCommand(k, 'duplicates', 'suggest', { complaintId: item.id })) as DuplicateSuggestion[];
        if (suggestions.length > 0) suggested++;
      }
    }
    expect(types.get('templates/acknowledged')).toBe(90);
    expect(types.get('templates/used')).toBeGreaterThan(0);
    expect(types.get('satisfaction/answered')).toBeGreaterThan(0);
    expect(types.get('complaint-reopened')).toBeGreaterThan(0);
    expect(types.get('sign-off/draft-approved')).toBeGreaterThan(0);
    expect(suggested).toBeGreaterThan(0);
    // The demo's messages to its fictional residents were settled as never to be sent.
    expect(await store.doClaimOutbox({ now: new Date('2030-01-01T00:00:00.000Z').toISOString(), limit: 10, leaseMs: 1_000 })).toEqual([]);
    await running.templateStore?.close();
    await desk.close();
  });
});
