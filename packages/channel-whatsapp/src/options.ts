import {
  createMemoryChannelState,
  createReplyWindow,
  createSendLedger,
  silentLogger,
  systemClock,
  type AdapterLogger,
  type ReplyWindow,
  type SendLedger,
} from '@aduan/adapter-utils';
import { InvalidConfigError, type ChannelStateStoreV1, type Clock, type FieldIssue } from '@aduan/spec';
import { resolveLabels, type WhatsAppLabelOverrides, type WhatsAppLabels, type WhatsAppLanguage } from './labels.js';

/** Builds the body parameters of the out-of-window template from the reply. */
export type TemplateParameters = (reply: { text: string; complaintId: string }) => string[];

export interface OutsideWindowTemplate {
  /** An approved template's name, e.g. `aduan_tanggapan`. */
  name: string;
  /** Its language code as approved, e.g. `id` or `en_US`. */
  language: string;
  /**
   * Body parameters; default: the reply flattened to one line (template parameters may not hold
   * line breaks) and cut to `maxTemplateParameterLength`. Return `[]` for a template without variables.
   */
  parameters?: TemplateParameters;
}

export interface WhatsAppChannelOptions {
  /** The Meta app's secret: webhook bodies are signed with it (`X-Hub-Signature-256`). */
  appSecret: string;
  /** The string you typed as "Verify token" when subscribing the webhook. */
  verifyToken: string;
  /** A system-user access token with `whatsapp_business_messaging`. */
  accessToken: string;
  /** The business phone number's id (not the number itself). Changes for other numbers are ignored. */
  phoneNumberId: string;
  /** Graph API version; default `v21.0`. */
  graphApiVersion?: string;
  /** Default `https://graph.facebook.com`; point it at a proxy or a fake server in tests. */
  graphApiBaseUrl?: string;
  fetch?: typeof globalThis.fetch;
  clock?: Clock;
  templates: { outsideWindow: OutsideWindowTemplate };
  /** Hours free text may be sent after the resident's last message; default 24 (WhatsApp's rule). */
  replyWindowHours?: number;
  /**
   * Where the send ledger and the reply window live. Default: process memory, right for one app
   * instance only (it forgets on restart, and other instances cannot see it). With several
   * instances, pass the PostgreSQL channel state of `@aduan/store-postgres`.
   */
  state?: ChannelStateStoreV1;
  /** Abort a Graph call after this long; its outcome is then in doubt. Default 15 000 ms. */
  requestTimeoutMs?: number;
  /** Longest default template parameter; default 1000 characters. */
  maxTemplateParameterLength?: number;
  /** Language of the stand-in texts for captionless media; default `id`. */
  language?: WhatsAppLanguage;
  labels?: WhatsAppLabelOverrides;
  /** Warnings about skipped webhook entries and replies in doubt; never carries residents' data. Default: silent. */
  logger?: AdapterLogger;
}

/** Options with defaults applied, as the adapter's parts use them. */
export interface ResolvedOptions {
  appSecret: string;
  verifyToken: string;
  accessToken: string;
  phoneNumberId: string;
  messagesUrl: string;
  fetch: typeof globalThis.fetch;
  clock: Clock;
  template: Required<OutsideWindowTemplate>;
  replyWindowMs: number;
  window: ReplyWindow;
  ledger: SendLedger;
  requestTimeoutMs: number;
  labels: WhatsAppLabels;
  logger: AdapterLogger;
}

const GRAPH_VERSION = /^v\d+\.\d+$/;
/** A claim must outlive the longest Graph call, or a second instance could send while the first still waits. */
const LEASE_MARGIN_MS = 60_000;

function flattenedReply(maxLength: number): TemplateParameters {
  return ({ text }) => {
    const line = text.replace(/\s+/g, ' ').trim();
    if (line.length <= maxLength) return [line];
    const head = line.slice(0, maxLength - 1);
    const space = head.lastIndexOf(' ');
    // Cut at a word boundary unless that would throw away more than half.
    return [`${(space > maxLength / 2 ? head.slice(0, space) : head).trimEnd()}…`];
  };
}

function requireText(issues: FieldIssue[], path: string, value: unknown): void {
  if (typeof value !== 'string' || value.trim() === '') issues.push({ path, message: 'must be a non-empty string' });
}

function requirePositive(issues: FieldIssue[], path: string, value: number | undefined): void {
  if (value !== undefined && !(Number.isFinite(value) && value > 0)) issues.push({ path, message: 'must be a positive number' });
}

/** Checks the options once at start-up and fails with every problem listed. */
export function resolveOptions(options: WhatsAppChannelOptions): ResolvedOptions {
  const issues: FieldIssue[] = [];
  for (const key of ['appSecret', 'verifyToken', 'accessToken', 'phoneNumberId'] as const) requireText(issues, key, options[key]);
  const version = options.graphApiVersion ?? 'v21.0';
  if (!GRAPH_VERSION.test(version)) issues.push({ path: 'graphApiVersion', message: 'must look like v21.0' });
  const baseUrl = options.graphApiBaseUrl ?? 'https://graph.facebook.com';
  if (!URL.canParse(baseUrl)) issues.push({ path: 'graphApiBaseUrl', message: 'must be an absolute URL' });
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') issues.push({ path: 'fetch', message: 'must be a fetch function' });
  const template = options.templates?.outsideWindow;
  requireText(issues, 'templates.outsideWindow.name', template?.name);
  requireText(issues, 'templates.outsideWindow.language', template?.language);
  requirePositive(issues, 'replyWindowHours', options.replyWindowHours);
  requirePositive(issues, 'requestTimeoutMs', options.requestTimeoutMs);
  requirePositive(issues, 'maxTemplateParameterLength', options.maxTemplateParameterLength);
  if (options.state !== undefined && options.state?.specificationVersion !== 'v1') {
    issues.push({ path: 'state', message: 'must be a ChannelStateStoreV1 (specificationVersion "v1")' });
  }
  if (issues.length > 0) throw new InvalidConfigError('WhatsApp channel options', issues);

  const clock = options.clock ?? systemClock;
  const state = options.state ?? createMemoryChannelState();
  const logger = options.logger ?? silentLogger;
  const requestTimeoutMs = options.requestTimeoutMs ?? 15_000;
  const replyWindowHours = options.replyWindowHours ?? 24;
  return {
    appSecret: options.appSecret,
    verifyToken: options.verifyToken,
    accessToken: options.accessToken,
    phoneNumberId: options.phoneNumberId,
    messagesUrl: `${baseUrl.replace(/\/+$/, '')}/${version}/${encodeURIComponent(options.phoneNumberId)}/messages`,
    fetch: fetchImpl,
    clock,
    template: {
      name: template.name,
      language: template.language,
      parameters: template.parameters ?? flattenedReply(options.maxTemplateParameterLength ?? 1000),
    },
    replyWindowMs: replyWindowHours * 3_600_000,
    // Residents' numbers are hashed with a key only this app knows, so the table cannot be searched by number.
    window: createReplyWindow({ state, channel: 'whatsapp', hours: replyWindowHours, clock, secret: options.appSecret }),
    ledger: createSendLedger({ state, channel: 'whatsapp', clock, leaseMs: requestTimeoutMs + LEASE_MARGIN_MS, logger }),
    requestTimeoutMs,
    labels: resolveLabels(options.language, options.labels),
    logger,
  };
}
