import type { EventPayload, LifecycleEvent } from '@aduan/core';
import { replayProjection, sealEvent } from '@aduan/core/history';
import { createConfirmationOnlyPolicy } from '@aduan/core/sla';
import {
  GENESIS_HASH,
  type AppendInput,
  type ComplainantIdentity,
  type ComplaintProjection,
  type DedupeKey,
  type ExternalRef,
  type OutboxMessage,
  type StoredEvent,
} from '@aduan/spec';

const policy = createConfirmationOnlyPolicy();

export interface StreamSeed {
  complaintId: string;
  trackingNumber: string;
  at: string;
  channel?: string;
  category?: string;
  complainantId?: string;
  title?: string;
  /** The complaint's kelurahan (in the intake's location and the projection). */
  kelurahan?: string;
  /** The complaint's coordinates (in the intake's location and the projection). */
  geo?: { lat: number; long: number };
  /** The projection's `dueAt` on every append; by default what replay gives (null without a running clock). */
  dueAt?: string | null;
}

/**
 * Builds valid, hash-chained appends for one complaint without a desk, so store suites can test
 * the storage contract in isolation. Projections come from the same replay the desk uses.
 */
export class StreamBuilder {
  readonly complaintId: string;
  readonly complainantId: string;
  private readonly events: StoredEvent[] = [];
  private counter = 0;

  constructor(private readonly seed: StreamSeed) {
    this.complaintId = seed.complaintId;
    this.complainantId = seed.complainantId ?? `${seed.complaintId}-person`;
  }

  get version(): number {
    return this.events.length;
  }

  /** The first append: complaint-received, with identity, dedupe key and contact key if given. */
  received(
    extra: {
      identity?: Omit<ComplainantIdentity, 'complainantId'>;
      dedupeKey?: DedupeKey;
      contactKey?: string;
      /** References written with the complaint (in the event and the append). */
      externalRefs?: ExternalRef[];
    } = {},
  ): AppendInput {
    const payload: EventPayload<'complaint-received'> = {
      trackingNumber: this.seed.trackingNumber,
      channel: this.seed.channel ?? 'web',
      title: this.seed.title ?? `Aduan ${this.seed.trackingNumber}`,
      description: 'Lampu jalan di depan balai kelurahan mati sejak seminggu.',
      classification: 'pengaduan',
      category: this.seed.category,
      ...(this.seed.kelurahan !== undefined || this.seed.geo !== undefined
        ? { location: { kelurahan: this.seed.kelurahan, lat: this.seed.geo?.lat, long: this.seed.geo?.long } }
        : {}),
      attachments: [],
      complainantId: this.complainantId,
      anonim: true,
      rahasia: false,
      ...(extra.externalRefs ? { externalRefs: extra.externalRefs } : {}),
    };
    const append = this.next({ type: 'complaint-received', at: this.seed.at, payload } as unknown as LifecycleEvent);
    return {
      ...append,
      identity: extra.identity ? { ...extra.identity, complainantId: this.complainantId } : undefined,
      dedupeKey: extra.dedupeKey,
      contactKey: extra.contactKey,
      externalRefs: extra.externalRefs,
    };
  }

  /** A follow-up append of one lifecycle event; `outbox` rows are attached when asked. */
  followedBy(event: LifecycleEvent, options: { outbox?: boolean } = {}): AppendInput {
    const append = this.next(event);
    if (!options.outbox) return append;
    const message: OutboxMessage = {
      id: `${this.complaintId}-out-${append.events[0]!.version}`,
      complaintId: this.complaintId,
      channel: this.seed.channel ?? 'web',
      complainantId: this.complainantId,
      body: 'Terima kasih atas laporan Anda.',
      idempotencyKey: `${this.complaintId}:${append.events[0]!.version}`,
      createdAt: event.at,
    };
    return { ...append, outbox: [message] };
  }

  private next(event: LifecycleEvent): AppendInput {
    const expectedVersion = this.events.length;
    const stored = sealEvent(
      {
        id: `${this.complaintId}-e${++this.counter}`,
        complaintId: this.complaintId,
        version: expectedVersion + 1,
        type: event.type,
        schemaVersion: 1,
        at: event.at,
        actor: { id: 'kit-coordinator', role: 'coordinator' },
        payload: event.payload as Record<string, unknown>,
      },
      this.events.at(-1)?.hash ?? GENESIS_HASH,
    );
    this.events.push(stored);
    const append: AppendInput = { complaintId: this.complaintId, expectedVersion, events: [stored], projection: this.projection() };
    // A link writes its reference with its event, as the desk's appends do.
    if (event.type === 'complaint-linked') append.externalRefs = [{ system: event.payload.system, id: event.payload.id }];
    return append;
  }

  /** The projection replay gives, with the seed's location and `dueAt`. */
  private projection(): ComplaintProjection {
    const replayed = replayProjection(this.events, policy);
    return {
      ...replayed,
      kelurahan: this.seed.kelurahan ?? replayed.kelurahan ?? null,
      geo: this.seed.geo ?? replayed.geo ?? null,
      dueAt: this.seed.dueAt !== undefined ? this.seed.dueAt : (replayed.dueAt ?? null),
    };
  }
}

/** Walks a stream to `responded` (which sets a confirmation deadline at `confirmBy`). */
export function respondedAppends(builder: StreamBuilder, at: string, confirmBy: string, unitId = 'unit-a'): AppendInput[] {
  return [
    builder.received(),
    builder.followedBy({ type: 'complaint-verified', at, payload: { classification: 'pengaduan' } }),
    builder.followedBy({ type: 'complaint-disposed', at, payload: { unitId } }),
    builder.followedBy(
      { type: 'complaint-responded', at, payload: { unitId, message: 'Sudah kami perbaiki.', attachments: [], confirmBy } },
      { outbox: true },
    ),
  ];
}
