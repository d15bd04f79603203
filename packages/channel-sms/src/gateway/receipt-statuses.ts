import type { DeliveryStatusV1 } from '@aduan/spec';

/**
 * Common gateway statuses: plain words, SMPP delivery-report states (`DELIVRD`, `UNDELIV`, …) and
 * Kannel's numeric DLR types (1 delivered, 2 failed, 8 accepted by the SMSC, 16 rejected).
 * Intermediate states (queued, buffered) are left out on purpose: they are not V1 statuses.
 */
export const DEFAULT_RECEIPT_STATUSES: Readonly<Record<string, DeliveryStatusV1>> = {
  sent: 'sent',
  submitted: 'sent',
  acceptd: 'sent',
  '8': 'sent',
  delivered: 'delivered',
  delivrd: 'delivered',
  '1': 'delivered',
  read: 'read',
  failed: 'failed',
  undelivered: 'failed',
  undeliv: 'failed',
  rejected: 'failed',
  rejectd: 'failed',
  expired: 'failed',
  '2': 'failed',
  '16': 'failed',
};

/** Defaults merged with the configured map; keys compared case-insensitively. */
export function receiptStatusMap(custom: Record<string, DeliveryStatusV1> = {}): Map<string, DeliveryStatusV1> {
  const merged = { ...DEFAULT_RECEIPT_STATUSES, ...custom };
  return new Map(Object.entries(merged).map(([status, mapped]) => [status.toLowerCase(), mapped]));
}
