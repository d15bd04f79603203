import type { InboundMessageV1 } from '@aduan/spec';
import { expect } from 'vitest';
import { messagesOf, type ChannelCheck } from '../check.js';
import type { ChannelHarness, TestInboundMessage } from '../harness.js';
import { sampleMessages, SAMPLE_TEXTS } from '../samples.js';

async function receive(harness: ChannelHarness, sent: TestInboundMessage[]): Promise<InboundMessageV1[]> {
  const result = await harness.channel.doInbound(await harness.requests.messages(sent));
  return messagesOf(result, 'a valid message webhook');
}

function expectFaithful(harness: ChannelHarness, received: InboundMessageV1 | undefined, sent: TestInboundMessage): void {
  expect(received, `message ${sent.messageId} is reported`).toBeDefined();
  expect(received).toMatchObject({
    channel: harness.channel.channel,
    messageId: sent.messageId,
    senderAddress: sent.sender,
    text: sent.text,
  });
  expect(Array.isArray(received?.attachments), 'attachments is an array').toBe(true);
  expect(Number.isNaN(Date.parse(received?.receivedAt ?? '')), `receivedAt is an ISO date: ${received?.receivedAt}`).toBe(false);
}

export const inboundChecks: ChannelCheck[] = [
  {
    suite: 'inbound',
    name: 'reports a message with its provider id, sender, text and channel',
    async run(harness) {
      const sent = sampleMessages(harness, 1);
      const received = await receive(harness, sent);
      expect(received).toHaveLength(1);
      expectFaithful(harness, received[0], sent[0]!);
    },
  },
  {
    suite: 'inbound',
    name: 'keeps text with reserved characters, line breaks and emoji byte for byte',
    async run(harness) {
      for (const text of SAMPLE_TEXTS) {
        const sent = sampleMessages(harness, 1).map((message) => ({ ...message, text }));
        const received = await receive(harness, sent);
        expect(received.map((message) => message.text)).toEqual([text]);
      }
    },
  },
  {
    suite: 'inbound',
    name: 'reports every message of a batch, in order',
    skipReason: (harness) => (harness.features?.batch ? undefined : 'one message per webhook call'),
    async run(harness) {
      const sent = sampleMessages(harness, 3);
      const received = await receive(harness, sent);
      expect(received.map((message) => message.messageId)).toEqual(sent.map((message) => message.messageId));
      sent.forEach((message, index) => expectFaithful(harness, received[index], message));
    },
  },
  {
    suite: 'inbound',
    name: "reports the provider's send time as receivedAt",
    skipReason: (harness) => (harness.features?.timestamps ? undefined : 'the webhook carries no send time'),
    async run(harness) {
      const sent = sampleMessages(harness, 1);
      const [received] = await receive(harness, sent);
      expect(Date.parse(received?.receivedAt ?? '')).toBe(Date.parse(sent[0]!.sentAt));
    },
  },
  {
    suite: 'inbound',
    name: 'parses a redelivered webhook to the same message ids (dedupe depends on it)',
    async run(harness) {
      const sent = sampleMessages(harness, 1);
      const request = await harness.requests.messages(sent);
      const first = messagesOf(await harness.channel.doInbound(request), 'first delivery');
      const second = messagesOf(await harness.channel.doInbound(request), 'redelivery');
      expect(second.map((message) => message.messageId)).toEqual(first.map((message) => message.messageId));
      expect(first.map((message) => message.messageId)).toEqual([sent[0]!.messageId]);
    },
  },
];
