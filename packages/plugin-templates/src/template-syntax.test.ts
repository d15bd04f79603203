import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTemplate, fillTemplate, parseTemplate, TEMPLATE_VARIABLES, type TemplateVariable } from './index.js';

const values = Object.fromEntries(Object.keys(TEMPLATE_VARIABLES).map((name) => [name, `<${name}>`])) as Record<TemplateVariable, string>;

describe('template syntax', () => {
  it('fills variables, writes doubled braces as braces, and tolerates spaces inside a variable', () => {
    expect(fillTemplate('Aduan {nomor} ({ unit }) {{bukan variabel}}', values)).toBe('Aduan <nomor> (<unit>) {bukan variabel}');
  });

  it('names every unknown variable and every stray brace', () => {
    expect(parseTemplate('Halo {nama_lengkap}, {nomor} {alamat}').issues.map((issue) => issue.message)).toEqual([
      expect.stringContaining('unknown variable {nama_lengkap}'),
      expect.stringContaining('unknown variable {alamat}'),
    ]);
    expect(parseTemplate('Aduan {nomor').issues[0]?.message).toContain('never closed');
    expect(parseTemplate('Aduan nomor}').issues[0]?.message).toContain('no opening one');
  });

  it('checks every field of a template before it is saved', () => {
    expect(
      checkTemplate({
        id: 'Bad Id',
        name: '',
        stage: 'done',
        category: 7,
        automatic: 'ya',
        active: true,
        body: '{x}',
        shortBody: '',
        extra: 1,
      }),
    ).toEqual([
      { path: 'template.extra', message: 'unknown field' },
      { path: 'template.id', message: 'must be 1 to 100 lower-case letters, digits and -' },
      { path: 'template.name', message: 'must be text of 1 to 200 characters' },
      { path: 'template.stage', message: expect.stringContaining('must be one of received') },
      { path: 'template.category', message: 'must be text of 1 to 120 characters, or null for every category' },
      { path: 'template.automatic', message: 'must be true or false' },
      { path: 'template.body', message: expect.stringContaining('unknown variable {x}') },
      { path: 'template.shortBody', message: 'must be text of 1 to 1000 characters, or null' },
    ]);
  });

  it('keeps any text without braces as it is, and fills each known variable wherever it stands', () => {
    const plain = fc.string().filter((text) => !/[{}]/.test(text));
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            plain,
            fc.constantFrom(...(Object.keys(TEMPLATE_VARIABLES) as TemplateVariable[])).map((name) => ({ name })),
          ),
        ),
        (pieces) => {
          const body = pieces.map((piece) => (typeof piece === 'string' ? piece : `{${piece.name}}`)).join('');
          const expected = pieces.map((piece) => (typeof piece === 'string' ? piece : values[piece.name])).join('');
          expect(parseTemplate(body).issues).toEqual([]);
          expect(fillTemplate(body, values)).toBe(expected);
        },
      ),
    );
  });
});
