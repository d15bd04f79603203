import type { AdapterLogger } from '@aduan/adapter-utils';
import { InvalidConfigError, type ChannelStateStoreV1, type Clock, type FieldIssue } from '@aduan/spec';

export interface KotakSaranOptions {
  /** Shared with the kiosk vendor; signs every webhook call. At least 32 characters. */
  webhookSecret: string;
  /** The vendor's back-office API, e.g. `https://kotaksaran.vendor.example/api`. */
  apiUrl: string;
  /** Bearer key for the vendor API. */
  apiKey: string;
  /** How old a signed call may be before it counts as a replay. Default 300 s. */
  toleranceSeconds?: number;
  /** Abort a vendor API call after this long; its outcome is then in doubt. Default 10 000 ms. */
  timeoutMs?: number;
  /**
   * Where the send ledger lives. Default: process memory, for one app instance; pass a shared
   * `ChannelStateStoreV1` (e.g. PostgreSQL) when several instances relay replies.
   */
  state?: ChannelStateStoreV1;
  fetch?: typeof fetch;
  clock?: Clock;
  /** Warnings (skipped submissions, replies in doubt); never carries residents' data. */
  logger?: AdapterLogger;
}

/** Check configuration when the channel is created, listing every problem at once. */
export function checkOptions(options: KotakSaranOptions): void {
  const issues: FieldIssue[] = [];
  if (typeof options.webhookSecret !== 'string' || options.webhookSecret.length < 32) {
    issues.push({ path: 'webhookSecret', message: 'must be at least 32 characters' });
  }
  if (!URL.canParse(options.apiUrl ?? '') || !/^https?:$/.test(new URL(options.apiUrl).protocol)) {
    issues.push({ path: 'apiUrl', message: 'must be an http(s) URL' });
  }
  if (!options.apiKey) issues.push({ path: 'apiKey', message: 'is required' });
  for (const key of ['toleranceSeconds', 'timeoutMs'] as const) {
    const value = options[key];
    if (value !== undefined && !(Number.isFinite(value) && value > 0)) issues.push({ path: key, message: 'must be positive' });
  }
  if (issues.length > 0) throw new InvalidConfigError('Kotak Saran channel options', issues);
}
