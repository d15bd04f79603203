import type { FieldIssue } from '@aduan/spec';

/** Every variable a template may use, with what it becomes. */
export const TEMPLATE_VARIABLES = {
  nomor: 'the tracking number (nomor aduan)',
  judul: 'the complaint’s title',
  unit: 'the name of the unit handling it (empty before disposition)',
  instansi: 'the authority the complaint belongs to',
  nama: 'the resident’s name when the reader may see it, otherwise "Bapak/Ibu"',
  tanggal_diterima: 'the day it was received, in WIB (e.g. 3 Maret 2025)',
  tanggal_hari_ini: 'today, in WIB',
  batas_waktu: 'when the current stage is due, in WIB (empty when no deadline runs)',
  perkiraan_selesai: 'when it is expected to be done, in WIB (empty when no such clock runs)',
} as const;

/** A variable's name. */
export type TemplateVariable = keyof typeof TEMPLATE_VARIABLES;

/** A template's text split into literal text and variables. */
export type TemplatePart = { text: string } | { variable: TemplateVariable };

const isVariable = (name: string): name is TemplateVariable => Object.hasOwn(TEMPLATE_VARIABLES, name);

/**
 * Reads a template's text: `{variable}` inserts a value, `{{` and `}}` write a brace. Answers the
 * parts, or the issues found (each unknown variable named, unbalanced braces), under `path`.
 */
export function parseTemplate(body: string, path = 'body'): { parts: TemplatePart[]; issues: FieldIssue[] } {
  const parts: TemplatePart[] = [];
  const issues: FieldIssue[] = [];
  let literal = '';
  let index = 0;
  while (index < body.length) {
    const char = body[index]!;
    if ((char === '{' || char === '}') && body[index + 1] === char) {
      literal += char;
      index += 2;
    } else if (char === '{') {
      const close = body.indexOf('}', index + 1);
      const name = close === -1 ? '' : body.slice(index + 1, close).trim();
      if (close === -1 || name.includes('{')) {
        issues.push({ path, message: `an opening brace at character ${index + 1} is never closed (write {{ for a brace)` });
        break;
      }
      if (isVariable(name)) {
        if (literal) parts.push({ text: literal });
        literal = '';
        parts.push({ variable: name });
      } else {
        issues.push({ path, message: `unknown variable {${name}}; known: ${Object.keys(TEMPLATE_VARIABLES).join(', ')}` });
      }
      index = close + 1;
    } else if (char === '}') {
      issues.push({ path, message: `a closing brace at character ${index + 1} has no opening one (write }} for a brace)` });
      index += 1;
    } else {
      literal += char;
      index += 1;
    }
  }
  if (literal) parts.push({ text: literal });
  return { parts, issues };
}

/** The template's text with its variables filled in (the text must have parsed without issues). */
export function fillTemplate(body: string, values: Readonly<Record<TemplateVariable, string>>): string {
  return parseTemplate(body)
    .parts.map((part) => ('text' in part ? part.text : values[part.variable]))
    .join('');
}
