import { ACCOUNT_USERNAME_PATTERN, InvalidInputError, OFFICER_ROLES, type FieldIssue, type OfficerRole } from '@aduan/spec';

/** A new officer as an administrator describes it (`accounts.add`, a seed file, `aduan accounts add`). */
export interface NewOfficerInput {
  /** Typed as the person likes it: trimmed and lower-cased before it is stored. */
  username: string;
  displayName: string;
  role: OfficerRole;
  /** Required for a unit officer, optional for a supervisor, absent for a coordinator or an auditor. */
  unitId?: string | null;
  password: string;
}

/** Shortest and longest password accepted: long passphrases are welcome, unbounded input is not. */
export const PASSWORD_LENGTH = { min: 10, max: 200 } as const;

/** The username as stored: what people type, trimmed and lower-cased. */
export function normalizeUsername(typed: string): string {
  return typeof typed === 'string' ? typed.trim().toLowerCase() : '';
}

/** What is wrong with a new password, in Bahasa Indonesia first; empty when it is acceptable. */
export function passwordIssues(password: unknown, username: string, path = 'password'): FieldIssue[] {
  if (typeof password !== 'string' || password.length < PASSWORD_LENGTH.min || password.length > PASSWORD_LENGTH.max) {
    return [
      {
        path,
        message: `kata sandi harus ${PASSWORD_LENGTH.min}–${PASSWORD_LENGTH.max} karakter (a password must be ${PASSWORD_LENGTH.min} to ${PASSWORD_LENGTH.max} characters)`,
      },
    ];
  }
  if (username !== '' && password.toLowerCase().includes(username)) {
    return [{ path, message: 'kata sandi tidak boleh memuat nama pengguna (a password must not contain the username)' }];
  }
  return [];
}

/** Checks an administrator's input and answers it as the store takes it; `InvalidInputError` names every bad field. */
export function checkOfficerInput(input: NewOfficerInput): Required<Omit<NewOfficerInput, 'password'>> & { password: string } {
  const issues: FieldIssue[] = [];
  const username = normalizeUsername(input?.username);
  if (!ACCOUNT_USERNAME_PATTERN.test(username)) {
    issues.push({
      path: 'username',
      message:
        'nama pengguna harus 3–64 huruf kecil, angka, ".", "_" atau "-", diawali huruf atau angka ' +
        '(3 to 64 lower-case letters, digits, ".", "_" or "-", starting with a letter or digit)',
    });
  }
  const displayName = typeof input?.displayName === 'string' ? input.displayName.trim() : '';
  if (displayName === '' || displayName.length > 200)
    issues.push({ path: 'displayName', message: 'nama tampilan harus 1–200 karakter (a display name of 1 to 200 characters)' });
  const role = input?.role;
  const unitId = typeof input?.unitId === 'string' && input.unitId.trim() !== '' ? input.unitId.trim() : null;
  if (!OFFICER_ROLES.includes(role)) {
    issues.push({ path: 'role', message: `peran harus salah satu dari ${OFFICER_ROLES.join(', ')} (the role must be one of these)` });
  } else if (role === 'unit_officer' && unitId === null) {
    issues.push({ path: 'unitId', message: 'petugas unit harus punya unit (a unit officer needs a unit)' });
  } else if ((role === 'coordinator' || role === 'auditor') && unitId !== null) {
    issues.push({ path: 'unitId', message: `peran ${role} berlaku se-kota, tanpa unit (a ${role} is city-wide, without a unit)` });
  }
  issues.push(...passwordIssues(input?.password, username));
  if (issues.length > 0) throw new InvalidInputError('officer account', issues);
  return { username, displayName, role, unitId, password: input.password };
}
