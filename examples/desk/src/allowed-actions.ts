import type { ComplaintStatus, ComplaintView, OfficerRole } from '@aduan/spec';

/** The commands the desk app offers an officer, by the desk's method names. */
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
  | 'handOver';

/** Which commands the lifecycle machine accepts in each status (docs/lifecycle.md, the machine's transitions). */
const BY_STATUS: Readonly<Record<ComplaintStatus, readonly DeskAction[]>> = {
  received: ['verify', 'requestInfo', 'reject', 'merge', 'escalate', 'handOver'],
  needs_info: ['reject', 'merge'],
  verified: ['dispose', 'requestInfo', 'reject', 'merge', 'escalate', 'handOver'],
  disposed: ['respond', 'returnNotOurs', 'dispose', 'escalate'],
  responded: ['resolve', 'reopen', 'escalate'],
  escalated: ['verify', 'requestInfo', 'reject', 'dispose', 'respond', 'resolve', 'escalate'],
  handed_over: ['resolve', 'reject'],
  resolved: [],
  rejected: [],
  merged: [],
};

/** Which officer roles the desk lets issue each command (the core's `COMMAND_ROLES`, officer roles only). */
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
};

/**
 * The actions this officer may take on this complaint now: the machine's transitions for its
 * status, the roles the desk authorizes, and the machine's guards the view lets us check (a
 * reopen only inside the confirmation window). A unit officer only ever sees its own unit's
 * complaints, so the unit scope holds already. The desk checks everything again on submit; a
 * test runs every offered action through a real desk.
 */
export function allowedActions(role: OfficerRole, complaint: Pick<ComplaintView, 'status' | 'clocks'>, now: Date): DeskAction[] {
  return BY_STATUS[complaint.status].filter((action) => {
    if (!ROLES[action].includes(role)) return false;
    if (action === 'reopen') {
      return complaint.clocks.some(
        (clock) => clock.stage === 'confirmation' && clock.dueAt !== null && Date.parse(clock.dueAt) >= now.getTime(),
      );
    }
    return true;
  });
}
