import type { ComplainantIdentity } from '@aduan/spec';

/**
 * The WhatsApp id to reply to: the number in international form, digits only (as `wa_id` comes
 * in webhooks), so `+62 812-0000-0001` and `6281200000001` reach the same resident.
 */
export function normalizeWhatsAppNumber(value: string | undefined): string | undefined {
  const digits = value?.replace(/[\s()+-]/g, '');
  return digits !== undefined && /^\d{6,20}$/.test(digits) ? digits : undefined;
}

/** Where replies go: the complainant's WhatsApp number (`contact.whatsapp`, which inbound messages fill in). */
export function recipientOf(identity: ComplainantIdentity): string | undefined {
  return normalizeWhatsAppNumber(identity.whatsapp);
}
