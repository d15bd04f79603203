import { randomFillSync } from 'node:crypto';
import { InvalidConfigError } from '@aduan/spec';

/** Crockford base32: no I, L, O or U, so numbers read aloud over the phone are not misheard. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const TOKEN = /\{(yyyy|yy|mm|dd|rand:(\d+))\}/g;
/** Asia/Jakarta (WIB) has no daylight saving: a fixed UTC+7 offset gives the local date. */
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * `ADU-260302-7K3M9-QXT2A`: the Jakarta date, then 10 random characters (50 bits) in two groups a
 * resident can read out and type. The number is a bearer secret (it opens the public tracking
 * page), so it must not be guessable.
 */
export const DEFAULT_TRACKING_FORMAT = 'ADU-{yy}{mm}{dd}-{rand:5}-{rand:5}';

/** Each random character is one of 32 symbols. */
const BITS_PER_CHARACTER = 5;

/**
 * The least randomness a format may have: 40 bits (8 random characters). At 100,000 guesses a
 * second an attacker then needs about four months to find one of the few complaints of one day.
 */
export const MIN_TRACKING_RANDOM_BITS = 40;

export type TrackingNumberGenerator = (at: Date) => string;

/** Bytes drawn from the CSPRNG per refill: one system call for a few hundred numbers, not one each. */
const ENTROPY_BLOCK = 1_024;

function pooledRandomByte(): () => number {
  const pool = new Uint8Array(ENTROPY_BLOCK);
  let next = pool.length;
  return () => {
    if (next === pool.length) {
      randomFillSync(pool);
      next = 0;
    }
    return pool[next++]!;
  };
}

/**
 * Builds tracking numbers from a template: `{yyyy}` `{yy}` `{mm}` `{dd}` (Jakarta date) and
 * `{rand:N}` (N random base32 characters). The random tokens together must carry at least
 * `MIN_TRACKING_RANDOM_BITS`. Uniqueness is enforced by the store; the desk draws again on the
 * rare collision.
 */
export function createTrackingNumberGenerator(format: string = DEFAULT_TRACKING_FORMAT): TrackingNumberGenerator {
  const randomLengths = [...format.matchAll(TOKEN)].filter((m) => m[2] !== undefined).map((m) => Number(m[2]));
  const bits = randomLengths.reduce((sum, n) => sum + n, 0) * BITS_PER_CHARACTER;
  if (bits < MIN_TRACKING_RANDOM_BITS) {
    throw new InvalidConfigError('desk', [
      {
        path: 'trackingNumberFormat',
        message:
          `"${format}" carries ${bits} random bits; the floor is ${MIN_TRACKING_RANDOM_BITS} ` +
          `({rand:N} tokens of ${MIN_TRACKING_RANDOM_BITS / BITS_PER_CHARACTER} characters or more in total), or tracking numbers can be guessed`,
      },
    ]);
  }
  if (/[{}]/.test(format.replace(TOKEN, ''))) {
    throw new InvalidConfigError('desk', [
      { path: 'trackingNumberFormat', message: `"${format}" has an unknown token; use {yyyy} {yy} {mm} {dd} {rand:N}` },
    ]);
  }
  const randomByte = pooledRandomByte();
  // The template split once, keeping the captures: [text, token, rand length, text, token, ...].
  const parts = format.split(TOKEN);
  return (at) => {
    const local = new Date(at.getTime() + WIB_OFFSET_MS);
    const yyyy = String(local.getUTCFullYear());
    let out = parts[0]!;
    for (let i = 1; i < parts.length; i += 3) {
      const token = parts[i];
      if (token === 'yyyy') out += yyyy;
      else if (token === 'yy') out += yyyy.slice(2);
      else if (token === 'mm') out += String(local.getUTCMonth() + 1).padStart(2, '0');
      else if (token === 'dd') out += String(local.getUTCDate()).padStart(2, '0');
      // 32 symbols: the low five bits of each random byte pick one without bias.
      else for (let n = Number(parts[i + 1]); n > 0; n--) out += ALPHABET[randomByte() & 31];
      out += parts[i + 2];
    }
    return out;
  };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern that finds tracking numbers of this format inside free text (a resident quoting theirs). */
export function trackingNumberPattern(format: string = DEFAULT_TRACKING_FORMAT): RegExp {
  let source = '';
  let last = 0;
  for (const match of format.matchAll(TOKEN)) {
    source += escapeRegExp(format.slice(last, match.index));
    const token = match[1]!;
    source += token === 'yyyy' ? '\\d{4}' : token.startsWith('rand:') ? `[${ALPHABET}]{${match[2]}}` : '\\d{2}';
    last = match.index + match[0].length;
  }
  source += escapeRegExp(format.slice(last));
  return new RegExp(`(?<![0-9A-Za-z])${source}(?![0-9A-Za-z])`, 'i');
}
