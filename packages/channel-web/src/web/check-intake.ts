import { intakeSchema, type IntakeInput } from '@aduan/core';
import { InvalidInputError } from '@aduan/spec';

/**
 * Validates an intake with the desk's own schema before any file is stored, so a refused
 * submission leaves no orphaned upload behind. The desk validates again on receive.
 */
export function checkIntake(intake: IntakeInput): void {
  const result = intakeSchema.safeParse(intake);
  if (!result.success) {
    throw new InvalidInputError(
      'intake',
      result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
    );
  }
}
