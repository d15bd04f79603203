import { z } from 'zod';

/** The language of validation messages: Bahasa Indonesia (default) or English. Codes and paths do not change with it. */
export type ValidationLanguage = 'id' | 'en';

/** The desk's own rules (`params.rule` of a custom check), in both languages. */
const RULES: Record<string, Record<ValidationLanguage, string>> = {
  no_nul: { id: 'tidak boleh memuat karakter NUL (\\u0000)', en: 'must not contain the NUL character (\\u0000)' },
  lat_long_together: { id: 'lat dan long harus diisi bersama', en: 'lat and long must be given together' },
  unit_scope: { id: 'petugas unit harus menyertakan unitId', en: 'a unit officer must carry unitId' },
  phone: { id: 'harus berupa nomor telepon, misalnya +62 812 3456 7890', en: 'must be a phone number such as +62 812 3456 7890' },
  whatsapp: { id: 'harus berupa nomor WhatsApp, misalnya 6281234567890', en: 'must be a WhatsApp number such as 6281234567890' },
  too_many_handles: { id: 'maksimal 10 alamat kanal', en: 'at most 10 channel addresses' },
  system_name: {
    id: 'nama sistem harus huruf kecil, angka, _ atau - (maks. 40), misalnya lapor',
    en: 'system names are lower-case letters, digits, _ or - (at most 40), e.g. lapor',
  },
  lapor_tracking_id: { id: 'Tracking ID SP4N-LAPOR! harus 7 sampai 9 angka', en: 'an SP4N-LAPOR! Tracking ID is 7 to 9 digits' },
  one_ref_per_system: { id: 'paling banyak satu rujukan per sistem', en: 'at most one reference per system' },
  field_name: { id: 'nama kolom harus huruf, angka atau _ (maks. 60)', en: 'field names are letters, digits or _ (at most 60)' },
  too_many_fields: { id: 'terlalu banyak kolom', en: 'too many fields' },
  handle_name: {
    id: 'nama kanal harus huruf kecil, angka, _ atau - (maks. 40)',
    en: 'channel names are lower-case letters, digits, _ or - (at most 40)',
  },
};

const FORMATS: Record<string, Record<ValidationLanguage, string>> = {
  datetime: {
    id: 'harus berupa waktu ISO 8601 dengan zona waktu, misalnya 2026-03-02T09:00:00+07:00',
    en: 'must be an ISO 8601 instant with an offset, e.g. 2026-03-02T09:00:00+07:00',
  },
  email: { id: 'harus berupa alamat email', en: 'must be an e-mail address' },
  url: { id: 'harus berupa URL (http, https, s3, gs, file atau urn)', en: 'must be a URL (http, https, s3, gs, file or urn)' },
};

const zodLocales: Record<ValidationLanguage, () => { localeError: z.core.$ZodErrorMap }> = { id: z.locales.id, en: z.locales.en };

type Issue = Parameters<z.core.$ZodErrorMap>[0];

/** Messages for the issues residents and officers meet most, worded for them; undefined for the rest. */
function ownMessage(issue: Issue, language: ValidationLanguage): string | undefined {
  const id = language === 'id';
  switch (issue.code) {
    case 'custom': {
      const rule = (issue.params as { rule?: string } | undefined)?.rule;
      return rule === undefined ? undefined : RULES[rule]?.[language];
    }
    case 'invalid_type':
      return issue.input === undefined ? (id ? 'wajib diisi' : 'is required') : undefined;
    case 'too_small':
      if (issue.origin === 'string') {
        if (Number(issue.minimum) === 1) return id ? 'tidak boleh kosong' : 'must not be empty';
        return id ? `minimal ${issue.minimum} karakter` : `must be at least ${issue.minimum} characters`;
      }
      if (issue.origin === 'array') return id ? `minimal ${issue.minimum} item` : `must have at least ${issue.minimum} items`;
      if (issue.origin === 'number') {
        if (!issue.inclusive) return id ? `harus lebih dari ${issue.minimum}` : `must be greater than ${issue.minimum}`;
        return id ? `minimal ${issue.minimum}` : `must be at least ${issue.minimum}`;
      }
      return undefined;
    case 'too_big':
      if (issue.origin === 'string') return id ? `maksimal ${issue.maximum} karakter` : `must be at most ${issue.maximum} characters`;
      if (issue.origin === 'array') return id ? `maksimal ${issue.maximum} item` : `must have at most ${issue.maximum} items`;
      if (issue.origin === 'number') {
        if (!issue.inclusive) return id ? `harus kurang dari ${issue.maximum}` : `must be less than ${issue.maximum}`;
        return id ? `maksimal ${issue.maximum}` : `must be at most ${issue.maximum}`;
      }
      return undefined;
    case 'invalid_format':
      return FORMATS[issue.format]?.[language];
    case 'invalid_value':
      return id ? `harus salah satu dari: ${issue.values.join(', ')}` : `must be one of: ${issue.values.join(', ')}`;
    case 'unrecognized_keys':
      return id
        ? `kolom tidak dikenal: ${issue.keys.join(', ')}`
        : `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
    default:
      return undefined;
  }
}

const maps = new Map<ValidationLanguage, z.core.$ZodErrorMap>();

/**
 * The error map the desk passes to every parse it runs: its own wording first, zod's locale of the
 * same language for anything else. Given per parse, so the host app's global zod configuration is
 * never touched.
 */
export function validationErrorMap(language: ValidationLanguage): z.core.$ZodErrorMap {
  let map = maps.get(language);
  if (!map) {
    const locale = zodLocales[language]().localeError;
    map = (issue) => ownMessage(issue, language) ?? locale(issue);
    maps.set(language, map);
  }
  return map;
}
