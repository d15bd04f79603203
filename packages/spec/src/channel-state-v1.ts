/**
 * State that channel adapters keep between webhook calls and sends, and that must survive a
 * restart and be shared by every app instance behind one database: which replies already went
 * out (the send ledger), when each resident last wrote (reply windows), and parts of long SMS
 * waiting for their siblings. `@aduan/adapter-utils` ships the memory implementation and the
 * helpers channels use on top; `@aduan/store-postgres` ships the PostgreSQL one;
 * `@aduan/test-kit`'s `testChannelState` checks any implementation.
 *
 * Addresses and keys reach the store already hashed by those helpers; part texts and their
 * sender's address are the resident's data and are deleted once delivered or expired.
 */

/** The right to send one idempotency key, as `doClaimSend` answers it. */
export type SendClaimV1 =
  /** The caller holds the key until `leaseUntil`: send, then settle. */
  | { state: 'claimed'; leaseUntil: string }
  /** Already sent: answer with this id, never send again. */
  | { state: 'sent'; providerMessageId: string }
  /** Another caller holds a live lease: try again after it. */
  | { state: 'in_flight'; leaseUntil: string }
  /** An earlier call may have reached the provider (it timed out): a person must decide. */
  | { state: 'in_doubt'; since: string };

export interface SendClaimInputV1 {
  channel: string;
  key: string;
  /** Names the caller; only the claimant settles its claim. */
  claimant: string;
  now: string;
  leaseMs: number;
}

export type SendSettlementV1 = { channel: string; key: string; claimant: string; at: string } & (
  | { outcome: 'sent'; providerMessageId: string }
  /** Surely not sent (the provider refused it, the connection was never made): the key is free again. */
  | { outcome: 'released' }
  /** Possibly sent: the key stays blocked as `in_doubt`. */
  | { outcome: 'in_doubt' }
);

/** One part of a multi-part message (a concatenated SMS), as the provider delivered it. */
export interface MessagePartV1 {
  /** 1-based position. */
  number: number;
  /** How many parts the message has. */
  count: number;
  messageId: string;
  /**
   * Where the whole message came from (the sender's address): needed to deliver a group that
   * expires incomplete. Stored with the part and deleted with it; `groupKey` stays a hash.
   */
  senderAddress: string;
  text: string;
  receivedAt: string;
}

export interface MessagePartGroupV1 {
  groupKey: string;
  /** In part-number order. */
  parts: MessagePartV1[];
  /** False when the group expired before every part arrived. */
  complete: boolean;
}

/** Channel state contract, version 1. Frozen once released: changes go into `ChannelStateStoreV2`. */
export interface ChannelStateStoreV1 {
  readonly specificationVersion: 'v1';
  /** Adapter name for messages, e.g. `memory`, `postgres`. */
  readonly provider: string;

  /** Takes the right to send `key` (atomic across instances); see `SendClaimV1`. */
  doClaimSend(input: SendClaimInputV1): Promise<SendClaimV1>;
  /** Settles a claim; a settlement by someone who no longer holds the claim changes nothing. */
  doSettleSend(input: SendSettlementV1): Promise<void>;

  /** Records that `address` wrote at `at`; keeps the latest instant when calls arrive out of order. */
  doNoteInbound(input: { channel: string; address: string; at: string }): Promise<void>;
  /** The latest instant `address` wrote on `channel`, if known. */
  doLastInbound(input: { channel: string; address: string }): Promise<string | undefined>;

  /**
   * Stores one part. When it completes its group, removes the group and returns it, to exactly
   * one caller however many add parts at once; a part of a group already delivered or expired
   * within `retainMs` is ignored (providers redeliver).
   */
  doAddPart(input: {
    channel: string;
    groupKey: string;
    part: MessagePartV1;
    now: string;
    retainMs: number;
  }): Promise<MessagePartGroupV1 | undefined>;
  /**
   * Removes and returns, each once, the groups opened before `openedBefore` (incomplete). They
   * count as finished at `now`: their late parts are ignored like a delivered group's.
   */
  doTakeExpiredParts(input: { channel: string; openedBefore: string; now: string; limit: number }): Promise<MessagePartGroupV1[]>;

  /** Forgets ledger entries, reply-window entries and delivered-part markers older than `before`. */
  doPrune(input: { before: string }): Promise<void>;
  /** Releases what the adapter opened itself. Idempotent; every other method afterwards fails with `closed` (`ClosedError`). */
  doClose?(): Promise<void>;
}
