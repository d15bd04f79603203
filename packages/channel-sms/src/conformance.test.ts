import { testChannel } from '@aduan/test-kit';
import { createGatewayHarness } from './__fixtures__/gateway-harness.js';
import { createTwilioHarness } from './__fixtures__/twilio-harness.js';

testChannel({
  name: 'sms gateway (form, path token, delivery reports)',
  create: (context) => createGatewayHarness('form-path-token', context),
  expectCapabilities: { deliveryReceipts: true, maxTextLength: 1600, replyWindowHours: null, templates: false, attachments: false },
});

testChannel({
  name: 'sms gateway (JSON, HMAC-SHA256)',
  create: (context) => createGatewayHarness('json-hmac', context),
  expectCapabilities: { deliveryReceipts: false },
});

testChannel({
  name: 'twilio sms',
  create: createTwilioHarness,
  expectCapabilities: { deliveryReceipts: true, attachments: true, maxTextLength: 1600 },
});
