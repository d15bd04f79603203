import { InvalidConfigError, type DeadlinePolicyV1, type DeadlineState } from '@aduan/spec';
import { dayOfInstant, endOfDay } from '../calendar/jakarta-time.js';
import { STAGE_LABELS } from './stage-labels.js';

interface ConfirmationOnlyState extends DeadlineState {
  /** When the unit's answer opened the current confirmation window; null when none is open. */
  respondedAt: string | null;
}

/**
 * Pekalongan's practice without an SLA engine, and the desk's default: a response stands as
 * accepted when the complainant stays silent through `confirmationDays` calendar days, counted
 * as whole days in WIB (the window ends at 23:59:59.999 of the last day). No stage clocks run,
 * so complaints have no `dueAt` and no expected resolution.
 */
export function createConfirmationOnlyPolicy(confirmationDays = 10): DeadlinePolicyV1 {
  if (!Number.isInteger(confirmationDays) || confirmationDays < 1 || confirmationDays > 365) {
    throw new InvalidConfigError('confirmation-only policy', [
      { path: 'confirmationDays', message: `must be a whole number of days from 1 to 365, got ${confirmationDays}` },
    ]);
  }
  const stateOf = (state: DeadlineState) => state as ConfirmationOnlyState;
  return {
    specificationVersion: 'v1',
    confirmationDeadline: (respondedAt) => new Date(endOfDay(dayOfInstant(respondedAt.getTime()) + confirmationDays)),
    advance: (previous, event, status, context): ConfirmationOnlyState => {
      const open = status === 'responded' && context.confirmBy !== null;
      const respondedAt = !open
        ? null
        : event.type === 'complaint-responded'
          ? event.at
          : ((previous as ConfirmationOnlyState | null)?.respondedAt ?? event.at);
      return { deadline: open ? { kind: 'confirmation', dueAt: context.confirmBy! } : null, dueAt: null, respondedAt };
    },
    dueAction: (state) => (state.deadline ? { type: 'resolve_by_silence', dueAt: state.deadline.dueAt } : null),
    clocks(state, context, now) {
      const { respondedAt } = stateOf(state);
      if (respondedAt === null || context.confirmBy === null) return [];
      const dueAt = Date.parse(context.confirmBy);
      const start = Date.parse(respondedAt);
      return [
        {
          stage: 'confirmation',
          label: STAGE_LABELS.confirmation,
          state: now.getTime() > dueAt ? 'breached' : 'running',
          startedAt: respondedAt,
          dueAt: context.confirmBy,
          budget: { amount: confirmationDays, unit: 'calendar_days' },
          // The share of the window (which ends with its last millisecond) used so far.
          usedFraction: Math.max(0, now.getTime() - start) / (dueAt + 1 - start),
        },
      ];
    },
    expectedResolution: () => null,
  };
}
