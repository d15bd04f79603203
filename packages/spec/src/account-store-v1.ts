/**
 * Officer accounts: who may sign in to a desk app, as which role and for which unit. Accounts are
 * created by an administrator (a command line, a seed file), never by self sign-up. `@aduan/accounts`
 * ships the memory implementation and the password hashing on top; `@aduan/store-postgres` ships
 * the PostgreSQL one (beside the complaints, in the same database); `@aduan/test-kit`'s
 * `testAccountStore` checks any implementation.
 *
 * A store keeps what it is given: passwords reach it already hashed, and it never sees a clear one.
 */

/** The roles an officer account can hold: the desk roles a person signs in as (see `ActorRole`). */
export type OfficerRole = 'coordinator' | 'unit_officer' | 'supervisor' | 'auditor';

/** Every officer role. */
export const OFFICER_ROLES = ['coordinator', 'unit_officer', 'supervisor', 'auditor'] as const satisfies readonly OfficerRole[];

/**
 * What a username must look like: 3..64 characters of lower-case ASCII letters, digits, `.`, `_`
 * and `-`, starting with a letter or digit. One spelling per person, so `Siti` and `siti` can never
 * be two accounts; callers lower-case what people type before they ask the store.
 */
export const ACCOUNT_USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,63}$/;

/** One officer account as the store holds it. */
export interface OfficerAccountV1 {
  /** Stable id, chosen by the caller (a random UUID); never reused. */
  id: string;
  /** Unique, matching `ACCOUNT_USERNAME_PATTERN`. */
  username: string;
  /** The officer's name as colleagues read it (1..200 characters). */
  displayName: string;
  role: OfficerRole;
  /**
   * The unit the account works for: required for a `unit_officer`, optional for a `supervisor` (a
   * unit head; without one, a city-wide pimpinan), and always null for a coordinator or an auditor.
   */
  unitId: string | null;
  /** The password hash with its algorithm, salt and parameters, e.g. `$scrypt$ln=15,r=8,p=1$…$…`. */
  passwordHash: string;
  /** A disabled account cannot sign in, and its sessions end. */
  disabled: boolean;
  /**
   * Counts up whenever the account changes in a way that must end its sessions: a new password,
   * disabling, a new role or unit, or an explicit revocation. A session records the generation it
   * was issued under and is valid only while the account still has it.
   */
  sessionGeneration: number;
  /** Starts at 1 and counts every update (optimistic concurrency). */
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A new account as `doCreate` takes it: the store starts it enabled, at version 1 and session generation 1. */
export interface NewAccountV1 {
  id: string;
  username: string;
  displayName: string;
  role: OfficerRole;
  unitId: string | null;
  passwordHash: string;
  createdAt: string;
}

/** The fields an update may change; what is left out stays as it is. */
export interface AccountPatchV1 {
  displayName?: string;
  role?: OfficerRole;
  unitId?: string | null;
  passwordHash?: string;
  disabled?: boolean;
  /** Ends every session of the account without changing anything else ("sign out everywhere"). */
  revokeSessions?: true;
}

export interface UpdateAccountInputV1 {
  id: string;
  /** The version the caller read; a different stored version fails with `AccountVersionConflictError`. */
  expectedVersion: number;
  patch: AccountPatchV1;
  /** When the change happens: the new `updatedAt`. */
  at: string;
}

export interface AccountPageV1 {
  /** In username order (plain code-unit order). */
  items: OfficerAccountV1[];
  nextCursor: string | null;
}

/**
 * Account storage contract, version 1. Frozen once released: changes go into `AccountStoreV2`.
 * Every method is atomic on its own. Instants are UTC strings in exactly the form `Date#toISOString`
 * gives, handed back unchanged.
 *
 * Every store refuses, with `InvalidInputError` naming the field: a username that does not match
 * `ACCOUNT_USERNAME_PATTERN`, a role outside `OFFICER_ROLES`, a `unit_officer` without a unit, a
 * coordinator or auditor with one, an empty display name or password hash, and instants in any
 * other form.
 */
export interface AccountStoreV1 {
  readonly specificationVersion: 'v1';
  /** Adapter name for messages, e.g. `memory`, `postgres`. */
  readonly provider: string;

  /** Stores a new account; a username (or id) already taken fails with `DuplicateUsernameError` and stores nothing. */
  doCreate(account: NewAccountV1): Promise<OfficerAccountV1>;
  doFindById(id: string): Promise<OfficerAccountV1 | undefined>;
  /** The account with exactly this username (no case folding: usernames are stored lower-case). */
  doFindByUsername(username: string): Promise<OfficerAccountV1 | undefined>;
  /** Accounts in username order, `limit` (1..500) at a time; disabled ones included. */
  doList(input: { cursor?: string; limit: number }): Promise<AccountPageV1>;
  /**
   * Applies the patch if the account is still at `expectedVersion`, counting the version up and,
   * when the password hash, the disabled flag, the role or the unit changes (or `revokeSessions`
   * is set), the session generation too. `NotFoundError` for an unknown id;
   * `AccountVersionConflictError` when someone changed it meanwhile (nothing is written).
   */
  doUpdate(input: UpdateAccountInputV1): Promise<OfficerAccountV1>;
  /** Releases what the adapter opened itself. Idempotent; every other method afterwards fails with `ClosedError`. */
  doClose?(): Promise<void>;
}
