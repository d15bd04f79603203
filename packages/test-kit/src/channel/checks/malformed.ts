import { InvalidInputError } from '@aduan/spec';
import { expect } from 'vitest';
import { expectAduanCode, rejectionOf, type ChannelCheck } from '../check.js';

export const malformedChecks: ChannelCheck[] = [
  {
    suite: 'malformed',
    name: 'rejects an authenticated malformed body with an InvalidInputError that says what is wrong',
    async run(harness) {
      const request = await harness.requests.malformed({ authenticated: true });
      const error = await rejectionOf(harness.channel.doInbound(request), 'a malformed webhook');
      expectAduanCode(error, 'invalid_input', 'a malformed webhook');
      const issues = (error as InvalidInputError).issues;
      expect(Array.isArray(issues) && issues.length > 0, 'InvalidInputError.issues lists at least one issue').toBe(true);
      for (const issue of issues) expect(issue.message.trim().length, `issue at "${issue.path}" has a message`).toBeGreaterThan(0);
    },
  },
];
