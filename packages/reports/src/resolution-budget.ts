import { z } from 'zod';

/**
 * The time within which a complaint should be resolved, counted from its receipt: 14 working days
 * for Pekalongan's Lapor Ajib (the default), 60 calendar days under Perpres 76/2013.
 */
export interface ResolutionBudget {
  amount: number;
  unit: 'working_days' | 'calendar_days';
}

export const resolutionBudgetSchema = z
  .object({ amount: z.number().int().min(1).max(3_650), unit: z.enum(['working_days', 'calendar_days']) })
  .strict();

/** Lapor Ajib: processed within 14 working days. */
export const LAPOR_AJIB_BUDGET: ResolutionBudget = { amount: 14, unit: 'working_days' };
/** Perpres 76/2013: resolved at most 60 days after the file is complete (calendar days, the stricter reading). */
export const PERPRES_76_BUDGET: ResolutionBudget = { amount: 60, unit: 'calendar_days' };

/** Working days within which the first verification counts as on time (SP4N-LAPOR!). */
export const VERIFICATION_DAYS = 3;
/** Working days from disposition within which the first answer counts as on time (SP4N-LAPOR!, KemenPAN-RB's target). */
export const ANSWER_DAYS = 5;
