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
  if (harness.features?.names) expect(received?.contact.name, "the sender's name goes into contact.name").toBe(sent.senderName);
  expect(Array.isArray(received?.attachments), 'attachments is an array').toBe(true);
  expect(Number.isNaN(Date.parse(received?.receivedAt ?? '')), `receivedAt is an ISO date: ${received?.receivedAt}`).toBe(false);
}

export const inboundChecks: ChannelCheck[] = [
  {
    suite: 'inbound',
    name: 'reports a message with its provider id, sender, name, text and channel',
    async run(harness) {
      const sent = sampleMessages(harness, 1);
      const received = await receive(harness, sent);
      expect(received).toHaveLength(1);
      expectFaithful(harness, received[0], sent[0]!);
    },
  },
  {
    suite: 'inbound',
    name: 'reports provider message ids of any shape unchanged (digits, base64, / + = :)',
    async run(harness) {
      // Five messages cover every shape the samples issue; sent one per call for one-message protocols.
      for (const message of sampleMessages(harness, 5)) {
        const [received] = await receive(harness, [message]);
        expect(received?.messageId, `the id ${JSON.stringify(message.messageId)} comes back unchanged`).toBe(message.messageId);
      }
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
    skipReason: (harness) => (harness.features?.batch ? undefined : 'the protocol carries one message per webhook call'),
    async run(harness) {
      const sent = sampleMessages(harness, 3);
      const received = await receive(harness, sent);
      expect(received.map((message) => message.messageId)).toEqual(sent.map((message) => message.messageId));
      for (const [index, message] of sent.entries()) expectFaithful(harness, received[index], message);
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
    name: 'reports the attachment of a message when the channel declares attachments',
    skipReason: (harness) => (harness.channel.capabilities.attachments ? undefined : 'the channel declares no attachments'),
    async run(harness) {
      expect(harness.requests.withAttachment, 'a channel declaring attachments needs requests.withAttachment in its harness').toBeDefined();
      const [message] = sampleMessages(harness, 1);
      const result = await harness.channel.doInbound(await harness.requests.withAttachment!(message!));
      const [received] = messagesOf(result, 'a message with an attachment');
      expect(received?.messageId).toBe(message!.messageId);
      expect(received?.attachments.length, 'the declared capability "attachments" reports the attachment').toBeGreaterThan(0);
      for (const attachment of received?.attachments ?? [])
        expect(typeof attachment.url === 'string' && attachment.url !== '', 'attachment url').toBe(true);
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
