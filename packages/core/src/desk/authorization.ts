import { ForbiddenError, type Actor, type ActorRole, type ComplaintProjection } from '@aduan/spec';
import type { CommandName } from '../schemas/commands.js';

export type DeskCommand = CommandName | 'receive';

/** Which roles may issue each command; ownership and unit scope are checked on top. */
const ROLES: Record<DeskCommand, readonly ActorRole[]> = {
  receive: ['coordinator', 'system', 'complainant'],
  requestInfo: ['coordinator', 'system'],
  provideInfo: ['complainant', 'coordinator', 'system'],
  verify: ['coordinator', 'system'],
  reject: ['coordinator', 'system'],
  dispose: ['coordinator', 'system'],
  returnNotOurs: ['unit_officer'],
  respond: ['unit_officer', 'coordinator'],
  confirm: ['complainant', 'coordinator', 'system'],
  reopen: ['complainant', 'coordinator', 'system'],
  resolve: ['coordinator', 'system'],
  escalate: ['coordinator', 'system'],
  merge: ['coordinator', 'system'],
  followUp: ['complainant', 'coordinator', 'system'],
};

function scopeProblem(actor: Actor, complaint: ComplaintProjection): string | undefined {
  if (actor.role === 'unit_officer' && complaint.unitId !== actor.unitId) {
    return `complaint ${complaint.id} is not disposed to unit "${actor.unitId}"`;
  }
  if (actor.role === 'complainant' && complaint.complainantId !== actor.id) {
    return `complaint ${complaint.id} belongs to another complainant`;
  }
  return undefined;
}

/** Throws `forbidden` unless the actor may issue the command on this complaint. */
export function authorizeCommand(actor: Actor, command: DeskCommand, complaint: ComplaintProjection | undefined): void {
  if (!ROLES[command].includes(actor.role)) {
    throw new ForbiddenError(actor.id, command, `role "${actor.role}" cannot ${command}`);
  }
  const problem = complaint && scopeProblem(actor, complaint);
  if (problem) throw new ForbiddenError(actor.id, command, problem);
}

/** Throws `forbidden` unless the actor may read this complaint. */
export function authorizeRead(actor: Actor, complaint: ComplaintProjection): void {
  const problem = scopeProblem(actor, complaint);
  if (problem) throw new ForbiddenError(actor.id, 'read', problem);
}
