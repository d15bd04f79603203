import {
  ForbiddenError,
  IllegalTransitionError,
  InvalidConfigError,
  type Actor,
  type BeforeCommandContextV2,
  type BeforeCommandResult,
  type ComplaintProjection,
  type FieldIssue,
  type PluginCommandContextV2,
  type PluginV2,
} from '@aduan/spec';
import { pendingDraft } from './draft-state.js';
import {
  checkApprovalPayload,
  checkApproveInput,
  checkDraftPayload,
  checkReturnInput,
  checkReturnPayload,
  checkSubmitInput,
} from './payloads.js';

/** The plugin's name on the desk: commands `sign-off/submit-draft`, `sign-off/approve`, `sign-off/return`. */
export const SIGN_OFF_PLUGIN = 'sign-off';

/** How one unit signs off its answers. */
export interface SignOffUnitOptions {
  /** Officers of the unit (its pejabat penghubung) who may approve, by actor id, beside the unit's supervisors. */
  approvers?: readonly string[];
}

export interface SignOffOptions {
  /** The units whose answers need approval, by unit id. Other units answer with `respond` as before. */
  units: Readonly<Record<string, SignOffUnitOptions>>;
}

/** States in which an answer can be published, so a draft for it makes sense. */
const ANSWERABLE = ['disposed', 'escalated'];

function checkOptions(options: SignOffOptions): void {
  const issues: FieldIssue[] = [];
  const units = options?.units;
  if (typeof units !== 'object' || units === null || Object.keys(units).length === 0) {
    issues.push({ path: 'units', message: 'must name at least one unit' });
  } else {
    for (const [unitId, unit] of Object.entries(units)) {
      const approvers = unit?.approvers;
      if (approvers !== undefined && (!Array.isArray(approvers) || approvers.some((id) => typeof id !== 'string' || id.length === 0))) {
        issues.push({ path: `units.${unitId}.approvers`, message: 'must list actor ids' });
      }
    }
  }
  if (issues.length > 0) throw new InvalidConfigError('sign-off plugin options', issues);
}

/**
 * Sign-off ("persetujuan jawaban"): in the units configured, an officer's answer is a draft until
 * the unit's pejabat penghubung (an officer listed in `approvers`) or a supervisor of the unit
 * approves it; the approval publishes it through `respond`, in the same append, so deadlines count
 * to the published answer. A returned draft carries the approver's comment. Drafts, approvals and
 * returns are in the history for officials only; `respond` itself is held back for those units.
 */
export function signOff(options: SignOffOptions): PluginV2 {
  checkOptions(options);
  let language: 'id' | 'en' = 'id';
  const unitOf = (complaint: Readonly<ComplaintProjection> | undefined) =>
    complaint?.unitId != null && Object.hasOwn(options.units, complaint.unitId) ? complaint.unitId : undefined;
  const say = (id: string, en: string) => (language === 'id' ? id : en);

  /** The complaint a command names, in a unit that signs off, with the draft waiting (or refuses). */
  async function awaitingApproval({ actor, complaint, desk }: PluginCommandContextV2, command: string) {
    const unitId = requireSignOffUnit(complaint!, command);
    const draft = pendingDraft(await desk.history(desk.actor, complaint!.id));
    if (!draft) {
      throw new IllegalTransitionError(complaint!.id, complaint!.status, `${SIGN_OFF_PLUGIN}/${command}`, {
        rule: 'draftPending',
        reason: say('tidak ada draf yang menunggu persetujuan', 'no draft awaits approval'),
      });
    }
    if (!mayApprove(actor, unitId)) {
      throw new ForbiddenError(
        actor.id,
        `${SIGN_OFF_PLUGIN}/${command}`,
        say(
          `hanya pejabat penghubung yang ditunjuk atau supervisor unit "${unitId}" yang dapat menyetujui atau mengembalikan draf`,
          `only a designated liaison officer or a supervisor of unit "${unitId}" may approve or return drafts`,
        ),
      );
    }
    if (draft.by.id === actor.id) {
      throw new ForbiddenError(
        actor.id,
        `${SIGN_OFF_PLUGIN}/${command}`,
        say('draf sendiri tidak dapat disetujui sendiri', 'nobody approves their own draft'),
      );
    }
    return draft;
  }

  function requireSignOffUnit(complaint: Readonly<ComplaintProjection>, command: string): string {
    const unitId = unitOf(complaint);
    if (unitId === undefined) {
      throw new IllegalTransitionError(complaint.id, complaint.status, `${SIGN_OFF_PLUGIN}/${command}`, {
        rule: 'signOffRequired',
        reason: say('unit ini menjawab tanpa persetujuan: gunakan respond', 'its unit answers without sign-off: use respond'),
      });
    }
    return unitId;
  }

  const mayApprove = (actor: Actor, unitId: string) =>
    actor.unitId === unitId &&
    (actor.role === 'supervisor' || (actor.role === 'unit_officer' && (options.units[unitId]?.approvers ?? []).includes(actor.id)));

  return {
    specificationVersion: 'v2',
    name: SIGN_OFF_PLUGIN,
    capabilities: { commands: ['respond'], mayReject: true, sendsMessages: false },

    setup(context) {
      language = context.language;
      context.registerEventType({ name: 'draft-submitted', schemaVersion: 1, check: checkDraftPayload });
      context.registerEventType({ name: 'draft-approved', schemaVersion: 1, check: checkApprovalPayload });
      context.registerEventType({ name: 'draft-returned', schemaVersion: 1, check: checkReturnPayload });
      context.registerCommand({
        name: 'submit-draft',
        roles: ['unit_officer', 'supervisor'],
        check: checkSubmitInput,
        run: async ({ actor, input, complaint, desk }) => {
          requireSignOffUnit(complaint!, 'submit-draft');
          if (!ANSWERABLE.includes(complaint!.status)) {
            throw new IllegalTransitionError(complaint!.id, complaint!.status, `${SIGN_OFF_PLUGIN}/submit-draft`);
          }
          return desk.appendEvent({
            complaintId: complaint!.id,
            name: 'draft-submitted',
            payload: { message: input['message'] },
            actor,
            expectedVersion: complaint!.version,
          });
        },
      });
      context.registerCommand({
        name: 'approve',
        roles: ['unit_officer', 'supervisor'],
        check: checkApproveInput,
        run: async (command) => {
          const draft = await awaitingApproval(command, 'approve');
          const { actor, input, complaint, desk } = command;
          const comment = input['comment'];
          return desk.run(
            'respond',
            draft.by,
            { complaintId: complaint!.id, message: draft.message, expectedVersion: complaint!.version },
            { events: [{ name: 'draft-approved', payload: comment === undefined ? {} : { comment }, actor }] },
          );
        },
      });
      context.registerCommand({
        name: 'return',
        roles: ['unit_officer', 'supervisor'],
        check: checkReturnInput,
        run: async (command) => {
          await awaitingApproval(command, 'return');
          const { actor, input, complaint, desk } = command;
          return desk.appendEvent({
            complaintId: complaint!.id,
            name: 'draft-returned',
            payload: { comment: input['comment'] },
            actor,
            expectedVersion: complaint!.version,
          });
        },
      });
    },

    beforeCommand({ command, complaint, via }: BeforeCommandContextV2): BeforeCommandResult {
      if (command !== 'respond' || via === SIGN_OFF_PLUGIN) return undefined;
      const unitId = unitOf(complaint);
      if (unitId === undefined) return undefined;
      return {
        reject: say(
          `jawaban unit "${unitId}" perlu persetujuan: kirim sebagai draf (sign-off/submit-draft)`,
          `answers of unit "${unitId}" need approval: submit a draft (sign-off/submit-draft)`,
        ),
      };
    },
  };
}
