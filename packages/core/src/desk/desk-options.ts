import type { Clock, DeadlinePolicyV1, DeskPlugin, StoreV1 } from '@aduan/spec';
import type { ValidationLanguage } from '../schemas/validation-messages.js';

/** Options of `createDesk`. Only `store` is required. */
export interface DeskOptions {
  /**
   * Where complaints live: a StoreV1 such as `createMemoryStore()` (tests, demos) or a store of
   * `@aduan/store-postgres`. Checked at start-up, capabilities included. `close()` closes it
   * unless `keepStoreOpen` is set.
   */
  store: StoreV1;
  /** The only source of "now"; defaults to the system clock. Tests pass a virtual one. */
  clock?: Clock;
  /**
   * PluginV1 and PluginV2 objects, side by side; checked at start-up (names unique, a plugin that
   * sends messages needs a store with an outbox), their hooks run in this order.
   */
  plugins?: readonly DeskPlugin[];
  /**
   * Template of tracking numbers: `{yyyy}` `{yy}` `{mm}` `{dd}` (Jakarta date) and `{rand:N}` (N
   * random characters, 5 bits each, at least 40 bits in total). Default `ADU-{yy}{mm}{dd}-{rand:5}-{rand:5}`.
   */
  trackingNumberFormat?: string;
  /**
   * When deadlines fall and what the sweep does: `createSlaPolicy` of `@aduan/core/sla`, or your
   * own DeadlinePolicyV1. The default knows only the 10-day confirmation window.
   */
  deadlines?: DeadlinePolicyV1;
  /** Id generator for complaints, complainants, events and outbox rows; defaults to random UUIDs. */
  newId?: () => string;
  /**
   * Secret key (at least 16 characters) for the contact keys that recognise a channel address
   * (phone number, chat id) across messages. Needed to route channel messages (`routeInbound`,
   * `createChannelEndpoint`); keep it stable, or residents are no longer recognised.
   */
  pseudonymKey?: string;
  /** The language of validation messages: `id` (Bahasa Indonesia, default) or `en`. Codes and paths are the same in both. */
  language?: ValidationLanguage;
  /** Leave the store open when the desk closes (when the store is shared with other desks or tools). Default false. */
  keepStoreOpen?: boolean;
}
