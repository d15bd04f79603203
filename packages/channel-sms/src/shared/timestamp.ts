export type TimestampFormat = 'iso' | 'unix-seconds' | 'unix-ms';

/**
 * Reads a gateway timestamp as an ISO instant, or undefined when it is not one. Local times
 * without an offset (`2025-03-14 09:21:07`, common on Indonesian gateways) are read at
 * `utcOffset` (WIB: `+07:00`).
 */
export function parseTimestamp(raw: string, format: TimestampFormat, utcOffset: string): string | undefined {
  const text = raw.trim();
  let millis: number;
  if (format === 'unix-seconds' || format === 'unix-ms') {
    millis = /^\d+(\.\d+)?$/.test(text) ? Number(text) * (format === 'unix-seconds' ? 1000 : 1) : Number.NaN;
  } else {
    const isoLike = text.replace(' ', 'T');
    millis = Date.parse(/(Z|[+-]\d{2}:?\d{2})$/i.test(isoLike) ? isoLike : `${isoLike}${utcOffset}`);
  }
  return Number.isFinite(millis) && Math.abs(millis) <= 8.64e15 ? new Date(millis).toISOString() : undefined;
}
