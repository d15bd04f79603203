import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FINAL_COMPLAINT_STATUSES } from '@aduan/spec';
import { complaintMachine, lifecycleDiagram } from '../index.js';

const DOC = new URL('../../../../docs/lifecycle.md', import.meta.url);
const OUT_OF_DATE = 'docs/lifecycle.md is out of date with complaintMachine: run `pnpm diagram` and commit the result';

function documentedDiagram(): string | undefined {
  const match = /<!-- lifecycle-diagram:start[^>]*-->\n```mermaid\n([\s\S]*?)```\n<!-- lifecycle-diagram:end -->/.exec(
    readFileSync(DOC, 'utf8'),
  );
  return match?.[1];
}

describe('lifecycle diagram', () => {
  it('is drawn from the machine: one arrow per transition target, final states closed', () => {
    const diagram = lifecycleDiagram();

    expect(diagram.startsWith('stateDiagram-v2\n  [*] --> received\n')).toBe(true);
    expect(diagram).toContain('  responded --> disposed: complaint-reopened [withinConfirmationWindow and hasUnit]\n');
    expect(diagram).toContain('  disposed --> disposed: complaint-follow-up-received\n');
    expect(diagram).toContain('  resolved --> resolved: complaint-synced [linkedTo]\n');
    for (const status of FINAL_COMPLAINT_STATUSES) expect(diagram).toContain(`  ${status} --> [*]\n`);
  });

  it('matches the generated block in docs/lifecycle.md', () => {
    const documented = documentedDiagram();

    expect(documented, `${OUT_OF_DATE} (no generated diagram block found)`).toBeDefined();
    expect(documented, OUT_OF_DATE).toBe(lifecycleDiagram());
  });

  it('has every state of the machine in the docs’ label table', () => {
    const doc = readFileSync(DOC, 'utf8');

    for (const state of Object.keys(complaintMachine.root.states)) {
      expect(doc, `${OUT_OF_DATE} (state "${state}" missing from the table)`).toMatch(new RegExp(`^\\| \`${state}\` \\|`, 'm'));
    }
  });
});
