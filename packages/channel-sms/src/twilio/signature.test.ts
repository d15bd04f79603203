import { describe, expect, it } from 'vitest';
import { readForm } from '../shared/form-fields.js';
import { twilioSignature, verifyTwilioSignature } from './signature.js';

// Twilio's published example (docs "Webhooks security"): auth token 12345.
const URL_EXAMPLE = 'https://mycompany.com/myapp.php?foo=1&bar=2';
const PARAMS = new URLSearchParams({
  CallSid: 'CA1234567890ABCDE',
  Caller: '+12349013030',
  Digits: '1234',
  From: '+12349013030',
  To: '+18005551212',
});
const EXPECTED = '0/KCTR6DLpKmkAf8muzZqo1nDgQ=';

describe('Twilio request signature', () => {
  it("matches Twilio's published example", () => {
    expect(twilioSignature('12345', URL_EXAMPLE, PARAMS)).toBe(EXPECTED);
  });

  it('does not depend on the order the parameters were posted in', () => {
    const shuffled = new URLSearchParams([...PARAMS].reverse());
    expect(twilioSignature('12345', URL_EXAMPLE, shuffled)).toBe(EXPECTED);
  });

  it('accepts the URL with or without the explicit standard port', () => {
    const signedWithPort = twilioSignature('12345', 'https://mycompany.com:443/myapp.php?foo=1&bar=2', PARAMS);
    expect(verifyTwilioSignature('12345', signedWithPort, URL_EXAMPLE, PARAMS)).toBe(true);
    expect(verifyTwilioSignature('12345', EXPECTED, 'https://mycompany.com:443/myapp.php?foo=1&bar=2', PARAMS)).toBe(true);
  });

  it('rejects a changed parameter, URL or token', () => {
    const changed = new URLSearchParams(PARAMS);
    changed.set('Digits', '1235');
    expect(verifyTwilioSignature('12345', EXPECTED, URL_EXAMPLE, changed)).toBe(false);
    expect(verifyTwilioSignature('12345', EXPECTED, 'https://mycompany.com/myapp.php?foo=1', PARAMS)).toBe(false);
    expect(verifyTwilioSignature('54321', EXPECTED, URL_EXAMPLE, PARAMS)).toBe(false);
  });

  it('signs the same from a URLSearchParams, a plain object and the linear form reader', () => {
    expect(twilioSignature('12345', URL_EXAMPLE, Object.fromEntries(PARAMS))).toBe(EXPECTED);
    expect(twilioSignature('12345', URL_EXAMPLE, readForm(PARAMS.toString(), 'test'))).toBe(EXPECTED);
  });

  it('includes each value of a repeated parameter, sorted', () => {
    const repeated = new URLSearchParams([
      ['MediaUrl', 'b'],
      ['MediaUrl', 'a'],
    ]);
    expect(twilioSignature('t', 'https://x.test/', repeated)).toBe(
      twilioSignature(
        't',
        'https://x.test/',
        new URLSearchParams([
          ['MediaUrl', 'a'],
          ['MediaUrl', 'b'],
        ]),
      ),
    );
  });
});
