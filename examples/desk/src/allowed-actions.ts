import type { Actor, ComplaintStatus, ComplaintView, OfficerRole } from '@aduan/spec';

/** The commands the desk app offers an officer: the desk's method names, and the sign-off plugin's commands. */
export type DeskAction =
  | 'verify'
  | 'requestInfo'
  | 'reject'
  | 'dispose'
  | 'returnNotOurs'
  | 'respond'
  | 'resolve'
  | 'escalate'
  | 'merge'
  | 'reopen'
  | 'handOver'
  | 'submitDraft'
  | 'approveDraft'
  | 'returnDraft';

/** Which commands the lifecycle machine accepts in each status (docs/lifecycle.md, the machine's transitions). */
const BY_STATUS: Readonly<Record<ComplaintStatus, readonly DeskAction[]>> = {
  received: ['verify', 'requestInfo', 'reject', 'merge', 'escalate', 'handOver'],
  needs_info: ['reject', 'merge'],
  verified: ['dispose', 'requestInfo', 'reject', 'merge', 'escalate', 'handOver'],
  disposed: ['respond', 'submitDraft', 'approveDraft', 'returnDraft', 'returnNotOurs', 'dispose', 'escalate'],
  responded: ['resolve', 'reopen', 'escalate'],
  escalated: ['verify', 'requestInfo', 'reject', 'dispose', 'respond', 'submitDraft', 'approveDraft', 'returnDraft', 'resolve', 'escalate'],
  handed_over: ['resolve', 'reject'],
  resolved: [],
  rejected: [],
  merged: [],
};

/** Which officer roles the desk (or the sign-off plugin, for its commands) lets issue each command. */
const ROLES: Readonly<Record<DeskAction, readonly OfficerRole[]>> = {
  verify: ['coordinator'],
  requestInfo: ['coordinator'],
  reject: ['coordinator'],
  dispose: ['coordinator'],
  returnNotOurs: ['unit_officer'],
  respond: ['unit_officer', 'coordinator'],
  resolve: ['coordinator'],
  escalate: ['coordinator'],
  merge: ['coordinator'],
  reopen: ['coordinator'],
  handOver: ['coordinator'],
  submitDraft: ['unit_officer', 'supervisor'],
  approveDraft: ['supervisor'],
  returnDraft: ['supervisor'],
};

/** What the sign-off plugin means for one complaint: whether its unit signs off answers, and who wrote the draft waiting, if any. */
export interface SignOffState {
  /** The complaint's unit is in `ADUAN_SIGN_OFF_UNITS` (and the plugin is on). */
  required: boolean;
  /** The account id of the officer whose draft waits for approval; undefined when none waits. */
  pendingDraftBy?: string;
}

const SIGN_OFF_ACTIONS: ReadonlySet<DeskAction> = new Set(['submitDraft', 'approveDraft', 'returnDraft']);

/**
 * The actions this officer may take on this complaint now: the machine's transitions for its
 * status, the roles the desk authorizes, and the guards the view lets us check (a reopen only
 * inside the confirmation window). Where the unit signs off its answers, `respond` gives way to
 * "submit a draft" for the unit's own officers, and a supervisor of the unit may approve or return
 * the draft waiting, unless they wrote it. A unit officer only ever sees its own unit's
 * complaints, so the unit scope holds already. The desk checks everything again on submit; a test
 * runs every offered action through a real desk.
 */
export function allowedActions(
  actor: Actor,
  complaint: Pick<ComplaintView, 'status' | 'clocks' | 'unitId'>,
  now: Date,
  signOff: SignOffState = { required: false },
): DeskAction[] {
  const role = actor.role as OfficerRole;
  return BY_STATUS[complaint.status].filter((action) => {
    if (!ROLES[action]?.includes(role)) return false;
    if (action === 'reopen') {
      return complaint.clocks.some(
        (clock) => clock.stage === 'confirmation' && clock.dueAt !== null && Date.parse(clock.dueAt) >= now.getTime(),
      );
    }
    if (action === 'respond') return !signOff.required;
    if (!SIGN_OFF_ACTIONS.has(action)) return true;
    // Sign-off is the unit's own business: its officers draft, its supervisors approve.
    if (!signOff.required || complaint.unitId === null || actor.unitId !== complaint.unitId) return false;
    if (action === 'submitDraft') return true;
    return signOff.pendingDraftBy !== undefined && signOff.pendingDraftBy !== actor.id;
  });
}
