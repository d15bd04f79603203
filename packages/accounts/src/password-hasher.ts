/**
 * Turns passwords into hashes that record their own algorithm, salt and parameters, and checks a
 * password against such a hash. `createScryptHasher` is the one aduan ships; a city may bring
 * another (argon2 through a well-kept package) behind the same two methods.
 */
export interface PasswordHasher {
  /** A new hash of `password` with a fresh random salt and the hasher's current parameters. */
  hash(password: string): Promise<string>;
  /**
   * Whether `password` matches `encoded`, compared in constant time, with the parameters recorded
   * in `encoded` (so hashes made under older settings keep working). A hash this hasher cannot
   * read answers false after the same work as a real check.
   */
  verify(password: string, encoded: string): Promise<boolean>;
}
