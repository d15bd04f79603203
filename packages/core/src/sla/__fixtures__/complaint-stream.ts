import type { ComplaintContext, ComplaintStatus, DeadlinePolicyV1 as DeadlinePolicy, DeadlineState, StoredEvent } from '@aduan/spec';
import { accepts, advance, startLifecycle, statusOf, type LifecycleSnapshot } from '../../machine/lifecycle.js';
import type { LifecycleEvent } from '../../schemas/events.js';

/** Test support: drives the real lifecycle machine and a deadline policy the way the desk does. */

export type LifecycleType =
  | 'complaint-follow-up-received'
  | 'complaint-info-requested'
  | 'complaint-info-provided'
  | 'complaint-verified'
  | 'complaint-rejected'
  | 'complaint-disposed'
  | 'complaint-returned'
  | 'complaint-responded'
  | 'complaint-confirmed'
  | 'complaint-reopened'
  | 'complaint-resolved'
  | 'complaint-escalated'
  | 'complaint-merged';

export const LIFECYCLE_TYPES: readonly LifecycleType[] = [
  'complaint-follow-up-received',
  'complaint-info-requested',
  'complaint-info-provided',
  'complaint-verified',
  'complaint-rejected',
  'complaint-disposed',
  'complaint-returned',
  'complaint-responded',
  'complaint-confirmed',
  'complaint-reopened',
  'complaint-resolved',
  'complaint-escalated',
  'complaint-merged',
];

export interface StreamState {
  status: ComplaintStatus;
  context: ComplaintContext;
  deadlines: DeadlineState;
  version: number;
}

function payloadFor(type: LifecycleType, at: Date, snapshot: LifecycleSnapshot, policy: DeadlinePolicy, extra: Record<string, unknown>) {
  const { context } = snapshot;
  const base: Record<LifecycleType, () => Record<string, unknown>> = {
    'complaint-follow-up-received': () => ({ message: 'Kapan diperbaiki?', attachments: [] }),
    'complaint-info-requested': () => ({ message: 'Mohon lengkapi alamat' }),
    'complaint-info-provided': () => ({ message: 'Jl. Merdeka 1', attachments: [] }),
    'complaint-verified': () => ({ classification: context.classification }),
    'complaint-rejected': () => ({ reason: 'incomplete' }),
    // Alternating units so that a re-disposition always goes to another unit.
    'complaint-disposed': () => ({ unitId: context.unitId === 'dpupr' ? 'dinkes' : 'dpupr' }),
    'complaint-returned': () => ({ unitId: context.unitId ?? 'dpupr', reason: 'Bukan wewenang' }),
    'complaint-responded': () => ({
      unitId: context.unitId,
      message: 'Sudah diperbaiki',
      attachments: [],
      confirmBy: policy.confirmationDeadline(at, context).toISOString(),
    }),
    'complaint-confirmed': () => ({}),
    'complaint-reopened': () => ({ reason: 'Belum selesai' }),
    'complaint-resolved': () => ({ cause: 'coordinator' }),
    'complaint-escalated': () => ({ level: context.escalationLevel + 1, reason: 'Tenggat terlewati' }),
    'complaint-merged': () => ({ intoId: 'another-complaint' }),
  };
  return { ...base[type](), ...extra };
}

function stored(complaintId: string, version: number, type: string, at: Date, payload: Record<string, unknown>): StoredEvent {
  return {
    id: `${complaintId}-${version}`,
    complaintId,
    version,
    type,
    schemaVersion: 1,
    at: at.toISOString(),
    actor: { id: 'tester', role: 'system' },
    payload,
    prevHash: '',
    hash: '',
  };
}

/** A complaint stream in memory: `append` folds like the desk, `events` can be replayed. */
export function createStream(policy: DeadlinePolicy, receivedAt: Date, classification: ComplaintContext['classification'] = 'pengaduan') {
  const received = {
    trackingNumber: 'ADU-250707-TEST01',
    channel: 'web',
    title: 'Jalan berlubang',
    description: 'Jalan berlubang di depan pasar',
    classification,
    attachments: [],
    complainantId: 'warga-1',
    anonim: false,
    rahasia: false,
  };
  const events: StoredEvent[] = [stored('c-1', 1, 'complaint-received', receivedAt, received)];
  let snapshot = startLifecycle({ complaintId: 'c-1', at: receivedAt.toISOString(), received });
  let deadlines = policy.advance(null, events[0] as StoredEvent, statusOf(snapshot), snapshot.context);
  const state = (): StreamState => ({ status: statusOf(snapshot), context: snapshot.context, deadlines, version: events.length });

  const append = (type: string, at: Date, payload: Record<string, unknown>): StreamState => {
    const lifecycleEvent = { type, at: at.toISOString(), payload } as LifecycleEvent;
    if (!accepts(snapshot, lifecycleEvent)) throw new Error(`${type} is not accepted in ${statusOf(snapshot)}`);
    snapshot = advance(snapshot, lifecycleEvent);
    const event = stored('c-1', events.length + 1, type, at, payload);
    events.push(event);
    deadlines = policy.advance(deadlines, event, statusOf(snapshot), snapshot.context);
    return state();
  };

  return {
    events,
    state,
    /** Whether the machine takes this lifecycle event now (guards included). */
    accepts(type: LifecycleType, at: Date): boolean {
      return accepts(snapshot, { type, at: at.toISOString(), payload: payloadFor(type, at, snapshot, policy, {}) } as LifecycleEvent);
    },
    /** Appends a lifecycle event with a plausible payload (`extra` overrides fields) and folds it. */
    apply: (type: LifecycleType, at: Date, extra: Record<string, unknown> = {}) =>
      append(type, at, payloadFor(type, at, snapshot, policy, extra)),
    /** Appends one of the sweep's deadline events, as the sweep does after acting. */
    announce: (type: 'complaint-deadline-approaching' | 'complaint-deadline-missed', at: Date, payload: Record<string, unknown>) =>
      append(type, at, payload),
  };
}

/** Re-folds a stream from its events alone, as `rebuild` does; the lifecycle is re-derived too. */
export function replayDeadlines(policy: DeadlinePolicy, events: readonly StoredEvent[]): DeadlineState {
  const [first, ...rest] = events as [StoredEvent, ...StoredEvent[]];
  let snapshot = startLifecycle({ complaintId: first.complaintId, at: first.at, received: first.payload as never });
  let deadlines = policy.advance(null, first, statusOf(snapshot), snapshot.context);
  for (const event of rest) {
    snapshot = advance(snapshot, { type: event.type, at: event.at, payload: event.payload } as LifecycleEvent);
    deadlines = policy.advance(deadlines, event, statusOf(snapshot), snapshot.context);
  }
  return deadlines;
}
