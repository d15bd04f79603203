import { InvalidConfigError, type DeadlinePolicyV1, type FieldIssue } from '@aduan/spec';
import type { DeskOptions } from './desk-options.js';

const POLICY_METHODS = ['confirmationDeadline', 'advance', 'dueAction', 'clocks', 'expectedResolution'] as const;

function optionIssues(options: Partial<DeskOptions>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (options.clock !== undefined && typeof options.clock?.now !== 'function')
    issues.push({ path: 'clock', message: 'must be a Clock: { now(): Date }' });
  if (options.newId !== undefined && typeof options.newId !== 'function')
    issues.push({ path: 'newId', message: 'must be a function returning a new id' });
  if (options.plugins !== undefined && !Array.isArray(options.plugins))
    issues.push({ path: 'plugins', message: 'must be an array of PluginV1' });
  if (options.pseudonymKey !== undefined && (typeof options.pseudonymKey !== 'string' || options.pseudonymKey.length < 16)) {
    issues.push({ path: 'pseudonymKey', message: 'must be at least 16 characters of secret' });
  }
  if (options.language !== undefined && options.language !== 'id' && options.language !== 'en') {
    issues.push({ path: 'language', message: `must be "id" or "en"; got ${JSON.stringify(options.language)}` });
  }
  if (options.deadlines !== undefined) {
    const policy = options.deadlines as Partial<DeadlinePolicyV1> | null;
    if (policy?.specificationVersion !== 'v1') {
      issues.push({
        path: 'deadlines.specificationVersion',
        message: `must be "v1" (a DeadlinePolicyV1, e.g. createSlaPolicy() of @aduan/core/sla)`,
      });
    } else {
      for (const method of POLICY_METHODS) {
        if (typeof policy[method] !== 'function')
          issues.push({ path: `deadlines.${method}`, message: 'DeadlinePolicyV1 method is missing' });
      }
    }
  }
  return issues;
}

/** Fails fast, naming every wrong option, before the desk does any work. The store is checked separately. */
export function checkDeskOptions(options: Partial<DeskOptions>): void {
  const issues = optionIssues(options);
  if (issues.length > 0) throw new InvalidConfigError('desk options', issues);
}
