import { describeHttpError } from '@aduan/adapter-utils';
import type { InvalidInputError } from '@aduan/spec';
import { expect } from 'vitest';
import { expectAduanCode, rejectionOf, type ChannelCheck } from '../check.js';
import type { MalformedKind } from '../harness.js';
import { sampleMessages } from '../samples.js';

function malformedCheck(kind: MalformedKind, description: string): ChannelCheck {
  return {
    suite: 'malformed',
    name: `rejects ${description} with an InvalidInputError (400) that says what is wrong`,
    async run(harness) {
      const [message] = sampleMessages(harness, 1);
      const request = await harness.requests.malformed({ authenticated: true, kind, message: message! });
      const error = await rejectionOf(harness.channel.doInbound(request), description);
      expect(describeHttpError(error).status, `${description}: HTTP status of the thrown ${String(error)}`).toBe(400);
      expectAduanCode(error, 'invalid_input', description);
      const issues = (error as InvalidInputError).issues;
      expect(Array.isArray(issues) && issues.length > 0, 'InvalidInputError.issues lists at least one issue').toBe(true);
      for (const issue of issues) expect(issue.message.trim().length, `issue at "${issue.path}" has a message`).toBeGreaterThan(0);
    },
  };
}

export const malformedChecks: ChannelCheck[] = [
  malformedCheck('syntax', 'an authenticated body in no valid format (broken JSON, bad encoding)'),
  malformedCheck('fields', 'an authenticated, well-formed body that lacks a required field'),
];
