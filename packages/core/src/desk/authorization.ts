import { ForbiddenError, type Actor, type ActorRole, type ComplaintProjection } from '@aduan/spec';
import type { CommandName } from '../schemas/commands.js';

export type DeskCommand = CommandName | 'receive';

/**
 * Which roles may issue each command; ownership and unit scope are checked on top. Supervisors
 * (pimpinan) and auditors issue none: they read.
 */
export const COMMAND_ROLES: Readonly<Record<DeskCommand, readonly ActorRole[]>> = {
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
  link: ['coordinator', 'system'],
  handOver: ['coordinator', 'system'],
  sync: ['coordinator', 'system'],
};

/**
 * The unit an actor's reads are limited to: a unit officer's unit, and a supervisor's when it
 * heads one (a supervisor without `unitId` oversees the whole city). Undefined: no unit limit.
 */
export function unitScopeOf(actor: Actor): string | undefined {
  return actor.role === 'unit_officer' || actor.role === 'supervisor' ? actor.unitId : undefined;
}

/** What an actor's scope is checked against: the complaint, its unit and its complainant. */
type ComplaintScope = Pick<ComplaintProjection, 'id' | 'unitId' | 'complainantId'>;

function scopeProblem(actor: Actor, complaint: ComplaintScope): string | undefined {
  const unit = unitScopeOf(actor);
  if (unit !== undefined && complaint.unitId !== unit) return `complaint ${complaint.id} is not disposed to unit "${unit}"`;
  if (actor.role === 'complainant' && complaint.complainantId !== actor.id)
    return `complaint ${complaint.id} belongs to another complainant`;
  return undefined;
}

/** Throws `forbidden` unless the actor may issue the command on this complaint. */
export function authorizeCommand(actor: Actor, command: DeskCommand, complaint: ComplaintScope | undefined): void {
  if (!COMMAND_ROLES[command].includes(actor.role)) {
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

/** Throws `forbidden` unless the actor is a coordinator: quarantined messages hold residents' raw words and addresses. */
export function authorizeQuarantine(actor: Actor, action: string): void {
  if (actor.role !== 'coordinator') throw new ForbiddenError(actor.id, action, 'only a coordinator may handle quarantined messages');
}

/**
 * Throws `forbidden` unless the actor's role is among the roles a plugin declared for its command,
 * and the complaint it names (if any) is within the actor's scope, as for the desk's own commands.
 */
export function authorizePluginCommand(
  actor: Actor,
  command: string,
  roles: readonly ActorRole[],
  complaint: ComplaintProjection | undefined,
): void {
  if (!roles.includes(actor.role)) throw new ForbiddenError(actor.id, command, `role "${actor.role}" cannot ${command}`);
  const problem = complaint && scopeProblem(actor, complaint);
  if (problem) throw new ForbiddenError(actor.id, command, problem);
}
