import { testChannel } from '@aduan/test-kit';
import { createGatewayHarness } from './testing/gateway-harness.js';
import { createTwilioHarness } from './testing/twilio-harness.js';

testChannel({
  name: 'sms gateway (form, path token, delivery reports)',
  create: () => createGatewayHarness('form-path-token'),
  expectCapabilities: { deliveryReceipts: true, maxTextLength: 1600, replyWindowHours: null, templates: false },
});

testChannel({
  name: 'sms gateway (JSON, HMAC-SHA256)',
  create: () => createGatewayHarness('json-hmac'),
  expectCapabilities: { deliveryReceipts: false },
});

testChannel({
  name: 'twilio sms',
  create: createTwilioHarness,
  expectCapabilities: { deliveryReceipts: true, attachments: true, maxTextLength: 1600 },
});
