import { expect } from 'vitest';
import { messagesOf, type ChannelCheck } from '../check.js';
import { sampleMessages } from '../samples.js';

export const recipientChecks: ChannelCheck[] = [
  {
    suite: 'recipient',
    name: "routes replies back to each sender: recipientOf(the message's contact) is its senderAddress",
    async run(harness) {
      // Two senders, so an adapter that answers one fixed address cannot pass.
      for (const sent of [sampleMessages(harness, 2)[0]!, sampleMessages(harness, 2)[1]!]) {
        const [received] = messagesOf(await harness.channel.doInbound(await harness.requests.messages([sent])), 'a valid webhook');
        expect(received).toBeDefined();
        const identity = { complainantId: 'kit-complainant', ...received!.contact };
        expect(harness.channel.recipientOf(identity), `the reply address for ${sent.sender}`).toBe(received!.senderAddress);
        expect(received!.senderAddress).toBe(sent.sender);
      }
    },
  },
  {
    suite: 'recipient',
    name: 'returns undefined for a complainant with no address on this channel',
    async run(harness) {
      expect(harness.channel.recipientOf({ complainantId: 'kit-complainant', name: 'Anonim' })).toBeUndefined();
    },
  },
];
