/**
 * Officer accounts for desk apps: scrypt password hashing with recorded parameters, sign-in that
 * costs the same for an unknown username, signed session tokens with CSRF tokens bound to them,
 * seed files, and the memory `AccountStoreV1` (the PostgreSQL one is in `@aduan/store-postgres`).
 *
 * @packageDocumentation
 * @module @aduan/accounts
 */
export { createAccounts, actorOf, type Accounts, type AccountsOptions, type SignInResult } from './create-accounts.js';
export { normalizeUsername, PASSWORD_LENGTH, type NewOfficerInput } from './officer-input.js';
export type { PasswordHasher } from './password-hasher.js';
export { createScryptHasher, type ScryptHasherOptions } from './scrypt-hasher.js';
export { createSessionTokens, type SessionClaims, type SessionTokenOptions, type SessionTokens } from './session-tokens.js';
export { parseAccountSeed, seedAccounts, type SeedReport } from './account-seed.js';
export { createMemoryAccountStore, type MemoryAccountStore } from './memory-account-store.js';
