/** The lifecycle events the KPIs read (types of `@aduan/core`'s schema version 1). */
export const LIFECYCLE = {
  received: 'complaint-received',
  verified: 'complaint-verified',
  infoRequested: 'complaint-info-requested',
  infoProvided: 'complaint-info-provided',
  disposed: 'complaint-disposed',
  returned: 'complaint-returned',
  responded: 'complaint-responded',
  confirmed: 'complaint-confirmed',
  reopened: 'complaint-reopened',
  resolved: 'complaint-resolved',
  rejected: 'complaint-rejected',
  merged: 'complaint-merged',
  escalated: 'complaint-escalated',
  followUp: 'complaint-follow-up-received',
  deadlineMissed: 'complaint-deadline-missed',
} as const;

/** Events that resolve a complaint (both end in `resolved`). */
export const RESOLVING_EVENTS: readonly string[] = [LIFECYCLE.resolved, LIFECYCLE.confirmed];

/** Events after which the city no longer handles the complaint; the hand-over type is added from the settings. */
export const CLOSING_EVENTS: readonly string[] = [LIFECYCLE.resolved, LIFECYCLE.confirmed, LIFECYCLE.rejected, LIFECYCLE.merged];

/** The agency stages whose lapses count as overdue, in the order the tables show them. */
export const OVERDUE_STAGES = ['verification', 'followUp', 'resolution'] as const;
export type OverdueStage = (typeof OVERDUE_STAGES)[number];

/**
 * Events that end each stage's clock, as the SLA engine of `@aduan/core/sla` ends them: a lapse
 * recorded before the stage's latest end no longer counts. Resolution ends only when the complaint
 * closes (closed complaints are never overdue).
 */
export const STAGE_ENDS: Readonly<Record<OverdueStage, readonly string[]>> = {
  verification: [LIFECYCLE.disposed, LIFECYCLE.escalated],
  followUp: [LIFECYCLE.responded, LIFECYCLE.returned, LIFECYCLE.escalated],
  resolution: [],
};

/** Events whose payload may name the complaint's kelurahan (`location.kelurahan`), in the order they can. */
export const PLACE_EVENTS: readonly string[] = [LIFECYCLE.received, LIFECYCLE.infoProvided, LIFECYCLE.followUp];

/** Events whose payload may set the complaint's category. */
export const CATEGORY_EVENTS: readonly string[] = [LIFECYCLE.received, LIFECYCLE.verified];

/** Actor roles whose events are a unit's own actions (with the actor's `unitId`). */
export const UNIT_ROLES: readonly string[] = ['unit_officer', 'supervisor'];

/** Event types the reports read that other packages define; defaults follow those packages' announcements. */
export interface ReportEventTypes {
  /**
   * A complaint handed to another authority through SP4N-LAPOR! (dialihkan). Default
   * `complaint-handed-over`, the type of `@aduan/lapor`'s hand-over path.
   */
  handedOver: string;
  /**
   * The resident's answer to "Sudah beres?", payload `{ fixed: boolean | null, rating: number | null, comment? }`.
   * Default `satisfaction/answered`, the event of `@aduan/plugin-satisfaction`.
   */
  satisfaction: string;
}

export const DEFAULT_EVENT_TYPES: ReportEventTypes = { handedOver: 'complaint-handed-over', satisfaction: 'satisfaction/answered' };
