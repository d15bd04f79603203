import { expect } from 'vitest';
import type { ChannelCheck } from '../check.js';

export const handshakeChecks: ChannelCheck[] = [
  {
    suite: 'handshake',
    name: "answers the provider's verification handshake",
    skipReason: (harness) => (harness.requests.handshake ? undefined : 'the protocol has no handshake'),
    async run(harness) {
      const { request, expectedBody } = await harness.requests.handshake!();
      const result = await harness.channel.doInbound(request);
      expect(result.kind).toBe('handshake');
      if (result.kind !== 'handshake') return;
      expect(result.response.status).toBe(200);
      expect(await result.response.text()).toBe(expectedBody);
    },
  },
];
