import { VersionConflictError, type Actor, type ComplaintProjection, type DueAction, type DueClaim } from '@aduan/spec';
import { restoreLifecycle } from '../machine/lifecycle.js';
import type { LifecycleEvent } from '../schemas/events.js';
import { commitEvents } from './commit-events.js';
import type { DeskRuntime } from './runtime.js';

/** Every automatic act is recorded under this actor. */
export const SWEEP_ACTOR: Actor = { id: 'deadline-sweep', role: 'system' };

export interface SweepOptions {
  /** The instant to sweep at; defaults to the desk's clock. */
  now?: Date;
  /** Claims per round; the sweep keeps claiming until nothing due is left. Default 100. */
  batchSize?: number;
  /** How long a claim holds before another sweeper may take it over. Default 5 minutes. */
  leaseMs?: number;
}

export interface SweepReport {
  acted: number;
  /** Claims that no longer applied: the complaint moved on, or another desk acted first. */
  skipped: number;
  failed: { complaintId: string; reason: string }[];
  byAction: Partial<Record<DueAction['type'], number>>;
  /** What each V2 plugin's sweep hook did, by plugin name; absent when no plugin has one. */
  plugins?: Record<string, { acted: number; failed: { complaintId: string; reason: string }[] }>;
}

function eventsFor(action: DueAction, at: string, currentLevel: number): LifecycleEvent[] {
  switch (action.type) {
    case 'announce_approaching':
      return [{ ...action.event, at }];
    case 'record_missed': {
      const missed: LifecycleEvent = { ...action.event, at };
      if (!action.escalateTo || action.escalateTo.level <= currentLevel) return [missed];
      const to = action.escalateTo.label ? ` (${action.escalateTo.label.id})` : '';
      const reason = `Batas waktu tahap ${action.event.payload.stage} terlewati pada ${action.event.payload.dueAt}; dieskalasi ke level ${action.escalateTo.level}${to}.`;
      return [missed, { type: 'complaint-escalated', at, payload: { level: action.escalateTo.level, reason } }];
    }
    case 'resolve_by_silence':
      return [
        { type: 'complaint-resolved', at, payload: { cause: 'silence', note: `Tidak ada tanggapan pelapor sampai ${action.dueAt}.` } },
      ];
    case 'archive_incomplete':
      return [
        {
          type: 'complaint-rejected',
          at,
          payload: { reason: 'incomplete', note: `Data tidak dilengkapi sampai ${action.dueAt}; diarsipkan.` },
        },
      ];
  }
}

/**
 * How many acts in a row one sweep performs on one complaint. A sweep that runs late owes a
 * complaint several (a warning, then the lapse and its escalation); a policy that keeps a
 * complaint due after every act would otherwise hold the sweep forever.
 */
const MAX_CATCH_UP_ACTS = 8;

const isDueAt = (complaint: ComplaintProjection, now: string) =>
  complaint.deadline !== null && Date.parse(complaint.deadline.dueAt) <= Date.parse(now);

/** Acts on one claimed complaint until nothing is due on it at `now`. */
async function actOn(runtime: DeskRuntime, claim: DueClaim, at: string, report: SweepReport): Promise<void> {
  let complaint = await runtime.store.doLoadProjection(claim.complaintId);
  const claimed = complaint?.machine.deadlines?.deadline;
  if (!complaint || !claimed || complaint.version !== claim.version || claimed.dueAt !== claim.dueAt) {
    report.skipped++;
    return;
  }
  for (let acts = 0; ; acts++) {
    if (acts === MAX_CATCH_UP_ACTS) {
      report.failed.push({
        complaintId: claim.complaintId,
        reason: `still due after ${acts} acts in one sweep: the deadline policy never moves its deadline past ${at}`,
      });
      return;
    }
    const snapshot = runtime.snapshots.get(complaint.lastEventHash) ?? restoreLifecycle(complaint.machine);
    const action = runtime.deadlines.dueAction(complaint.machine.deadlines!, snapshot.context, new Date(at));
    if (!action) {
      if (acts === 0) report.skipped++;
      return;
    }
    try {
      complaint = await commitEvents(runtime, complaint, snapshot, SWEEP_ACTOR, eventsFor(action, at, complaint.escalationLevel), 'sweep');
    } catch (error) {
      // Someone changed the complaint between claim and act: its new deadline is claimed afresh.
      if (VersionConflictError.isInstance(error)) report.skipped++;
      else report.failed.push({ complaintId: claim.complaintId, reason: error instanceof Error ? error.message : String(error) });
      return;
    }
    report.acted++;
    report.byAction[action.type] = (report.byAction[action.type] ?? 0) + 1;
    if (!isDueAt(complaint, at)) return;
  }
}

/**
 * Fires every due deadline once, catching each complaint up on every act it owes at `now`.
 * Deadlines live in the projections, so nothing is lost on restart; claims with a lease keep
 * concurrent sweepers (other desks, other processes) off each other's complaints, and the append's
 * expected version makes a double act impossible even if a lease lapses.
 */
export async function sweepDeadlines(runtime: DeskRuntime, claimant: string, options: SweepOptions = {}): Promise<SweepReport> {
  const now = (options.now ?? runtime.clock.now()).toISOString();
  const batchSize = options.batchSize ?? 100;
  const report: SweepReport = { acted: 0, skipped: 0, failed: [], byAction: {} };
  // Each complaint is handled once per sweep. An act ends the complaint's lease, so one still due
  // afterwards (a policy that never lets go, or a zero lease) comes back in a later round; taking
  // it again would undo the bound on acts, and a round of nothing new ends the sweep.
  const handled = new Set<string>();
  for (;;) {
    const claims = await runtime.store.doClaimDue({ now, limit: batchSize, leaseMs: options.leaseMs ?? 300_000, claimant });
    const fresh = claims.filter((claim) => !handled.has(claim.complaintId));
    for (const claim of fresh) {
      handled.add(claim.complaintId);
      await actOn(runtime, claim, now, report);
    }
    if (claims.length < batchSize || fresh.length === 0) return report;
  }
}
