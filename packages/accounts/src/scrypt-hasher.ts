import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { InvalidConfigError, type FieldIssue } from '@aduan/spec';
import type { PasswordHasher } from './password-hasher.js';

/** Options of `createScryptHasher`; the defaults suit a desk server (about 32 MiB and tens of milliseconds per hash). */
export interface ScryptHasherOptions {
  /** log2 of scrypt's CPU/memory cost N, 10..20. Default 15 (N = 32768). */
  cost?: number;
  /** scrypt's block size r, 1..32. Default 8. */
  blockSize?: number;
  /** scrypt's parallelization p, 1..16. Default 1. */
  parallelization?: number;
}

interface ScryptParameters {
  ln: number;
  r: number;
  p: number;
}

const SALT_BYTES = 16;
const KEY_BYTES = 32;
/** Bounds on recorded parameters too: a tampered hash must not make one sign-in take minutes or gigabytes. */
const LIMITS = { ln: [10, 20], r: [1, 32], p: [1, 16] } as const;
/** Parameters inside every limit, to check one parameter at a time. */
const LIMITS_MIDDLE: ScryptParameters = { ln: 15, r: 8, p: 1 };
const ENCODED = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]{22})\$([A-Za-z0-9+/]{43})$/;

const withinLimits = (parameters: ScryptParameters) =>
  (Object.keys(LIMITS) as (keyof ScryptParameters)[]).every(
    (key) => Number.isSafeInteger(parameters[key]) && parameters[key] >= LIMITS[key][0] && parameters[key] <= LIMITS[key][1],
  );

function derive(password: string, salt: Buffer, { ln, r, p }: ScryptParameters): Promise<Buffer> {
  const N = 2 ** ln;
  // Node refuses work above maxmem (32 MiB by default), which N = 2^15 with r = 8 already reaches.
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r * p + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

const unpadded = (bytes: Buffer) => bytes.toString('base64').replace(/=+$/, '');

function parse(encoded: string): { parameters: ScryptParameters; salt: Buffer; key: Buffer } | undefined {
  const match = typeof encoded === 'string' ? ENCODED.exec(encoded) : null;
  if (!match) return undefined;
  const parameters = { ln: Number(match[1]), r: Number(match[2]), p: Number(match[3]) };
  if (!withinLimits(parameters)) return undefined;
  return { parameters, salt: Buffer.from(match[4]!, 'base64'), key: Buffer.from(match[5]!, 'base64') };
}

/**
 * Password hashing with node's `crypto.scrypt`: a random 16-byte salt per hash, and the
 * parameters recorded in the hash (`$scrypt$ln=15,r=8,p=1$<salt>$<key>`), so they can be raised
 * later without locking anyone out. Verification compares in constant time; a hash it cannot read
 * costs the same work as a real one before answering false.
 *
 * @example
 * const hasher = createScryptHasher();
 * const hash = await hasher.hash('kata sandi yang panjang');
 * await hasher.verify('kata sandi yang panjang', hash); // true
 */
export function createScryptHasher(options: ScryptHasherOptions = {}): PasswordHasher {
  const current: ScryptParameters = { ln: options.cost ?? 15, r: options.blockSize ?? 8, p: options.parallelization ?? 1 };
  const names = { ln: 'cost', r: 'blockSize', p: 'parallelization' } as const;
  const issues: FieldIssue[] = (Object.keys(LIMITS) as (keyof ScryptParameters)[])
    .filter((key) => !withinLimits({ ...LIMITS_MIDDLE, [key]: current[key] }))
    .map((key) => ({ path: names[key], message: `must be a whole number from ${LIMITS[key][0]} to ${LIMITS[key][1]}` }));
  if (issues.length > 0) throw new InvalidConfigError('scrypt hasher options', issues);
  return {
    async hash(password) {
      const salt = randomBytes(SALT_BYTES);
      const key = await derive(password, salt, current);
      return `$scrypt$ln=${current.ln},r=${current.r},p=${current.p}$${unpadded(salt)}$${unpadded(key)}`;
    },
    async verify(password, encoded) {
      const parsed = parse(encoded);
      if (!parsed) {
        // The same work as a real check, so an unreadable hash is not told apart by its speed.
        await derive(password, randomBytes(SALT_BYTES), current);
        return false;
      }
      const key = await derive(password, parsed.salt, parsed.parameters);
      return timingSafeEqual(key, parsed.key);
    },
  };
}
