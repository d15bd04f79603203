import { FINAL_COMPLAINT_STATUSES, type ComplaintStatus } from '@aduan/spec';
import { complaintMachine } from './complaint-machine.js';

const FINAL: readonly ComplaintStatus[] = FINAL_COMPLAINT_STATUSES;

function guardName(guard: unknown): string | undefined {
  if (!guard) return undefined;
  if (typeof guard === 'string') return guard;
  // xstate's and([...]) is a function carrying the guards it combines.
  const combined = (guard as { guards?: unknown }).guards;
  if (typeof guard === 'function' && Array.isArray(combined)) return combined.map(guardName).join(' and ');
  if (typeof guard === 'object' && 'type' in guard) return String((guard as { type: unknown }).type);
  return 'guard';
}

/**
 * A Mermaid state diagram generated from the machine definition itself, so the picture in the
 * docs cannot drift from the code (a test compares them).
 */
export function lifecycleDiagram(): string {
  const lines = ['stateDiagram-v2', `  [*] --> ${complaintMachine.root.initial.target[0]?.key}`];
  for (const state of Object.values(complaintMachine.root.states)) {
    for (const [eventType, definitions] of state.transitions) {
      for (const definition of definitions) {
        const guard = guardName(definition.guard);
        // A transition without a target stays in the state (it only records or assigns): a loop.
        const targets = definition.target?.length ? definition.target.map((target) => target.key) : [state.key];
        for (const target of targets) lines.push(`  ${state.key} --> ${target}: ${eventType}${guard ? ` [${guard}]` : ''}`);
      }
    }
    if (FINAL.includes(state.key as ComplaintStatus)) lines.push(`  ${state.key} --> [*]`);
  }
  return `${lines.join('\n')}\n`;
}
