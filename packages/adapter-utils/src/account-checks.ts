import {
  ACCOUNT_USERNAME_PATTERN,
  InvalidInputError,
  OFFICER_ROLES,
  type AccountPatchV1,
  type FieldIssue,
  type NewAccountV1,
  type OfficerRole,
} from '@aduan/spec';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Whether `value` is an instant exactly as `Date#toISOString` writes it. */
const isIsoInstant = (value: unknown): value is string =>
  typeof value === 'string' && ISO_INSTANT.test(value) && new Date(value).toISOString() === value;

const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.trim() !== '' && value.length <= max && !value.includes('\u0000');

/** What is wrong with a role and unit together: a unit officer needs a unit; a coordinator or auditor has none. */
function roleIssues(role: unknown, unitId: unknown, issues: FieldIssue[]): void {
  if (!OFFICER_ROLES.includes(role as OfficerRole)) {
    issues.push({ path: 'role', message: `must be one of ${OFFICER_ROLES.join(', ')}` });
    return;
  }
  if (unitId !== null && !isText(unitId, 200)) issues.push({ path: 'unitId', message: 'must be a unit id (1..200 characters) or null' });
  else if (role === 'unit_officer' && unitId === null) issues.push({ path: 'unitId', message: 'is required for a unit_officer' });
  else if ((role === 'coordinator' || role === 'auditor') && unitId !== null)
    issues.push({ path: 'unitId', message: `must be null for a ${role} (the role is city-wide)` });
}

/** Throws `InvalidInputError` naming every field of a new account that no store may keep. */
export function checkNewAccount(account: NewAccountV1): void {
  const issues: FieldIssue[] = [];
  if (!isText(account?.id, 200)) issues.push({ path: 'id', message: 'must be 1..200 characters' });
  if (typeof account?.username !== 'string' || !ACCOUNT_USERNAME_PATTERN.test(account.username))
    issues.push({
      path: 'username',
      message: 'must be 3..64 lower-case letters, digits, ".", "_" or "-", starting with a letter or digit',
    });
  if (!isText(account?.displayName, 200)) issues.push({ path: 'displayName', message: 'must be 1..200 characters' });
  if (!isText(account?.passwordHash, 1_000)) issues.push({ path: 'passwordHash', message: 'must be a password hash (1..1000 characters)' });
  if (!isIsoInstant(account?.createdAt)) issues.push({ path: 'createdAt', message: 'must be an instant as Date#toISOString writes it' });
  roleIssues(account?.role, account?.unitId, issues);
  if (issues.length > 0) throw new InvalidInputError('new account', issues);
}

/** Throws `InvalidInputError` for an update whose patch, applied to `current`, would make an account no store may keep. */
export function checkAccountUpdate(
  current: { role: OfficerRole; unitId: string | null },
  patch: AccountPatchV1,
  at: string,
  expectedVersion: number,
): void {
  const issues: FieldIssue[] = [];
  if (!Number.isSafeInteger(expectedVersion) || expectedVersion < 1)
    issues.push({ path: 'expectedVersion', message: 'must be a version ≥ 1' });
  if (!isIsoInstant(at)) issues.push({ path: 'at', message: 'must be an instant as Date#toISOString writes it' });
  if (typeof patch !== 'object' || patch === null) issues.push({ path: 'patch', message: 'must be an object' });
  else {
    if (patch.displayName !== undefined && !isText(patch.displayName, 200))
      issues.push({ path: 'patch.displayName', message: 'must be 1..200 characters' });
    if (patch.passwordHash !== undefined && !isText(patch.passwordHash, 1_000))
      issues.push({ path: 'patch.passwordHash', message: 'must be a password hash (1..1000 characters)' });
    if (patch.disabled !== undefined && typeof patch.disabled !== 'boolean')
      issues.push({ path: 'patch.disabled', message: 'must be true or false' });
    if (patch.revokeSessions !== undefined && patch.revokeSessions !== true)
      issues.push({ path: 'patch.revokeSessions', message: 'must be true when given' });
    const unitIssues: FieldIssue[] = [];
    roleIssues(patch.role ?? current.role, patch.unitId === undefined ? current.unitId : patch.unitId, unitIssues);
    issues.push(...unitIssues.map((issue) => ({ ...issue, path: `patch.${issue.path}` })));
  }
  if (issues.length > 0) throw new InvalidInputError('account update', issues);
}

/** Whether applying `patch` must end the account's sessions (see `OfficerAccountV1.sessionGeneration`). */
export function endsSessions(
  current: { role: OfficerRole; unitId: string | null; passwordHash: string; disabled: boolean },
  patch: AccountPatchV1,
): boolean {
  return (
    patch.revokeSessions === true ||
    (patch.passwordHash !== undefined && patch.passwordHash !== current.passwordHash) ||
    (patch.disabled !== undefined && patch.disabled !== current.disabled) ||
    (patch.role !== undefined && patch.role !== current.role) ||
    (patch.unitId !== undefined && patch.unitId !== current.unitId)
  );
}

/** Throws `InvalidInputError` for a page size outside 1..500. */
export function checkPageLimit(limit: number): void {
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > 500)
    throw new InvalidInputError('account list', [{ path: 'limit', message: 'must be a whole number from 1 to 500' }]);
}
