import { InvalidConfigError, type FieldIssue } from '@aduan/spec';
import { UNITS } from './units.js';
import { DEFAULT_PLUGINS, PLUGIN_NAMES, type PluginName, type ReplyHoldBack, REPLY_HOLD_BACKS } from './plugin-names.js';

/** WhatsApp Cloud API settings; the webhook is served only when all of them are set. */
interface WhatsAppConfig {
  appSecret: string;
  verifyToken: string;
  accessToken: string;
  phoneNumberId: string;
  templateName: string;
  templateLanguage: string;
  graphApiBaseUrl?: string;
}

/** Twilio SMS settings; the webhook is served only when all of them are set. */
interface TwilioConfig {
  accountSid: string;
  authToken: string;
  from: string;
  webhookUrl: string;
}

/** Everything the desk process reads from its environment (see `.env.example`). */
export interface DeskConfig {
  port: number;
  host: string;
  /** The PGlite data folder (also holding `aduan-secrets.json`); unused when `databaseUrl` is set. */
  dataDir: string;
  databaseUrl?: string;
  /** Signs session cookies; from `ADUAN_SESSION_SECRET`, else kept in the data folder (PGlite only). */
  sessionSecret?: string;
  /** Recognises residents' phone numbers across messages; from `ADUAN_PSEUDONYM_KEY`, else kept in the data folder (PGlite only). */
  pseudonymKey?: string;
  /** Seed the demo city into an empty database. Default true; `ADUAN_DEMO=0` turns it off. */
  demo: boolean;
  /** Serve session cookies with `Secure` (behind HTTPS). Default: when `ADUAN_PUBLIC_URL` starts with https. */
  secureCookies: boolean;
  whatsapp?: WhatsAppConfig;
  twilio?: TwilioConfig;
  /** The plugins the city switches on (`ADUAN_PLUGINS`, comma-separated); default {@link DEFAULT_PLUGINS}, `-` for none. */
  plugins: readonly PluginName[];
  /** The least severe reply-review finding that holds a reply back (`ADUAN_REPLY_HOLD_BACK`); default `never` (report only). */
  replyHoldBack: ReplyHoldBack;
  /** Units whose answers need approval (`ADUAN_SIGN_OFF_UNITS`); required when `sign-off` is switched on. */
  signOffUnits: readonly string[];
}

type Env = Record<string, string | undefined>;

const setting = (env: Env, name: string) => {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
};

/** A group of variables that must be set all together or not at all. */
function group<K extends string>(env: Env, names: Record<K, string>, issues: FieldIssue[]): Record<K, string> | undefined {
  const values = Object.fromEntries(Object.entries<string>(names).map(([key, name]) => [key, setting(env, name)])) as Record<
    K,
    string | undefined
  >;
  const missing = Object.entries<string>(names).filter(([key]) => values[key as K] === undefined);
  if (missing.length === Object.keys(names).length) return undefined;
  for (const [, name] of missing)
    issues.push({ path: name, message: 'harus diisi bersama variabel lain kelompoknya (set all of the group or none)' });
  return missing.length === 0 ? (values as Record<K, string>) : undefined;
}

const list = (text: string | undefined) =>
  (text ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

/** `ADUAN_PLUGINS`, `ADUAN_REPLY_HOLD_BACK` and `ADUAN_SIGN_OFF_UNITS`, each wrong value named in `issues`. */
function readPlugins(env: Env, issues: FieldIssue[]): Pick<DeskConfig, 'plugins' | 'replyHoldBack' | 'signOffUnits'> {
  const given = setting(env, 'ADUAN_PLUGINS');
  const names = given === undefined ? [...DEFAULT_PLUGINS] : given === '-' ? [] : list(given);
  const unknown = names.filter((name) => !(PLUGIN_NAMES as readonly string[]).includes(name));
  if (unknown.length > 0) {
    issues.push({
      path: 'ADUAN_PLUGINS',
      message: `plugin tidak dikenal: ${unknown.join(', ')}; pilih dari ${PLUGIN_NAMES.join(', ')} (unknown plugin; choose from the list, or - for none)`,
    });
  }
  const holdBack = setting(env, 'ADUAN_REPLY_HOLD_BACK') ?? 'never';
  if (!(REPLY_HOLD_BACKS as readonly string[]).includes(holdBack))
    issues.push({ path: 'ADUAN_REPLY_HOLD_BACK', message: `harus salah satu dari ${REPLY_HOLD_BACKS.join(', ')}` });
  const plugins = [...new Set(names)].filter((name): name is PluginName => (PLUGIN_NAMES as readonly string[]).includes(name));
  const signOffUnits = list(setting(env, 'ADUAN_SIGN_OFF_UNITS'));
  const strangers = signOffUnits.filter((unitId) => !UNITS.some((unit) => unit.id === unitId));
  if (strangers.length > 0)
    issues.push({ path: 'ADUAN_SIGN_OFF_UNITS', message: `unit tidak dikenal: ${strangers.join(', ')} (unknown unit id)` });
  if (plugins.includes('sign-off') && signOffUnits.length === 0) {
    issues.push({
      path: 'ADUAN_SIGN_OFF_UNITS',
      message: 'wajib bila sign-off dinyalakan: unit yang jawabannya perlu persetujuan, mis. dpupr,dinkes (required with sign-off)',
    });
  }
  return { plugins, replyHoldBack: holdBack as ReplyHoldBack, signOffUnits };
}

/** Reads the configuration; `InvalidConfigError` names every variable that is wrong. */
export function readConfig(env: Env): DeskConfig {
  const issues: FieldIssue[] = [];
  const portText = setting(env, 'PORT') ?? '3000';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) issues.push({ path: 'PORT', message: 'harus nomor port 0–65535' });
  const sessionSecret = setting(env, 'ADUAN_SESSION_SECRET');
  if (sessionSecret !== undefined && sessionSecret.length < 32)
    issues.push({ path: 'ADUAN_SESSION_SECRET', message: 'minimal 32 karakter (openssl rand -hex 32)' });
  const pseudonymKey = setting(env, 'ADUAN_PSEUDONYM_KEY');
  if (pseudonymKey !== undefined && pseudonymKey.length < 16) issues.push({ path: 'ADUAN_PSEUDONYM_KEY', message: 'minimal 16 karakter' });
  const databaseUrl = setting(env, 'DATABASE_URL');
  if (databaseUrl !== undefined && (sessionSecret === undefined || pseudonymKey === undefined)) {
    issues.push({
      path: databaseUrl && sessionSecret === undefined ? 'ADUAN_SESSION_SECRET' : 'ADUAN_PSEUDONYM_KEY',
      message: 'wajib dengan DATABASE_URL: semua proses pada satu server memakai kunci yang sama',
    });
  }
  const whatsapp = group(
    env,
    {
      appSecret: 'WHATSAPP_APP_SECRET',
      verifyToken: 'WHATSAPP_VERIFY_TOKEN',
      accessToken: 'WHATSAPP_ACCESS_TOKEN',
      phoneNumberId: 'WHATSAPP_PHONE_NUMBER_ID',
    },
    issues,
  );
  const twilio = group(
    env,
    { accountSid: 'TWILIO_ACCOUNT_SID', authToken: 'TWILIO_AUTH_TOKEN', from: 'TWILIO_FROM', webhookUrl: 'TWILIO_WEBHOOK_URL' },
    issues,
  );
  const plugins = readPlugins(env, issues);
  if (issues.length > 0) throw new InvalidConfigError('desk environment', issues);
  return {
    port,
    host: setting(env, 'HOST') ?? '127.0.0.1',
    dataDir: setting(env, 'ADUAN_DATA_DIR') ?? './.aduan-data',
    ...(databaseUrl === undefined ? {} : { databaseUrl }),
    ...(sessionSecret === undefined ? {} : { sessionSecret }),
    ...(pseudonymKey === undefined ? {} : { pseudonymKey }),
    demo: setting(env, 'ADUAN_DEMO') !== '0',
    secureCookies: (setting(env, 'ADUAN_PUBLIC_URL') ?? '').startsWith('https:'),
    ...(whatsapp === undefined
      ? {}
      : {
          whatsapp: {
            ...whatsapp,
            templateName: setting(env, 'WHATSAPP_TEMPLATE_NAME') ?? 'aduan_tanggapan',
            templateLanguage: setting(env, 'WHATSAPP_TEMPLATE_LANGUAGE') ?? 'id',
            ...(setting(env, 'WHATSAPP_GRAPH_API_BASE_URL') === undefined
              ? {}
              : { graphApiBaseUrl: setting(env, 'WHATSAPP_GRAPH_API_BASE_URL')! }),
          },
        }),
    ...(twilio === undefined ? {} : { twilio }),
    ...plugins,
  };
}
