import type { IntakeInput } from '@aduan/spec';

/**
 * What a member of the public may submit. The channel, message id, complainant id and attachments
 * are set by the handler: a caller naming a complainant id could attach their complaint (and
 * contact details) to someone else's identity.
 */
export type PublicIntake = Omit<IntakeInput, 'channel' | 'channelMessageId' | 'complainantId' | 'attachments'>;
