import { InvalidInputError, type FieldIssue } from '@aduan/spec';
import { instantParam } from '../instants.js';

/** Collects what is wrong with one channel-state call's input and throws it as one `invalid_input`. */
export class InputCheck {
  private readonly issues: FieldIssue[] = [];

  constructor(private readonly what: string) {}

  text(value: unknown, path: string): string {
    if (typeof value !== 'string' || value === '') this.issues.push({ path, message: 'must be a non-empty string' });
    return value as string;
  }

  /** An instant as `Date.parse` reads it, sent in UTC. */
  instant(value: unknown, path: string): string {
    try {
      return instantParam(value as string, path);
    } catch {
      this.issues.push({ path, message: `must be an ISO instant; got ${JSON.stringify(value)}` });
      return '';
    }
  }

  /** A duration in ms (finite, ≥ 0). */
  duration(value: unknown, path: string): number {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
      this.issues.push({ path, message: 'must be a number of milliseconds ≥ 0' });
    return value as number;
  }

  integer(value: unknown, path: string, min: number): number {
    if (!Number.isSafeInteger(value) || (value as number) < min) this.issues.push({ path, message: `must be an integer ≥ ${min}` });
    return value as number;
  }

  add(path: string, message: string): void {
    this.issues.push({ path, message });
  }

  /** Throws the collected issues, if any. */
  done(): void {
    if (this.issues.length > 0) throw new InvalidInputError(this.what, this.issues);
  }
}

/** `at` moved by `ms`, as an ISO instant. */
export const shifted = (at: string, ms: number): string => new Date(Date.parse(at) + ms).toISOString();
