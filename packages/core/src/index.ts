/**
 * The complaint lifecycle: machine, desk, schemas, deadlines, in-memory store, inbound routing and outbox relay.
 *
 * @packageDocumentation
 * @module @aduan/core
 */
export { createDesk, type Desk, type DeskOptions, type ReceiveOutcome } from './desk/create-desk.js';
export type { ComplaintNotice, DeskEventMap, DeskEventName, PluginFailure } from './desk/desk-events.js';
export type { ComplaintSummary, ComplaintView, ConversationEntry } from './desk/summary.js';
export type { ListQuery, CountFilter, PublicTracking } from './desk/reads.js';
export type { RebuildReport } from './desk/maintenance.js';
export { SWEEP_ACTOR, type SweepOptions, type SweepReport } from './desk/sweep.js';
export type { Scheduler, SchedulerOptions } from './desk/scheduler.js';
export { REDACTED, type ComplainantView, type IdentityVisibility } from './desk/redaction.js';
export { complaintMachine, MACHINE_SCHEMA_VERSION, type ComplaintContext, type ComplaintMachineInput } from './machine/complaint-machine.js';
export { lifecycleDiagram } from './machine/diagram.js';
export { replayProjection } from './machine/replay.js';
export { createConfirmationOnlyPolicy, type DeadlinePolicy, type DeadlineState, type DueAction } from './deadlines.js';
export { intakeSchema, type Intake, type IntakeInput } from './schemas/intake.js';
export { commandSchemas, type CommandInput, type CommandName } from './schemas/commands.js';
export {
  COMPLAINT_EVENT_TYPES,
  EVENT_SCHEMA_VERSION,
  eventPayloadSchemas,
  type ComplaintEventType,
  type EventPayload,
  type LifecycleEvent,
} from './schemas/events.js';
export { createMemoryStore, type MemoryStore, type MemoryStoreContents } from './store/memory-store.js';
export { checkStore } from './store/check-store.js';
export { matchesFilter } from './store/projection-filter.js';
export { decodeCursor, encodeCursor } from './store/cursor.js';
export { canonicalJson } from './support/canonical-json.js';
export { contactPseudonym } from './support/pseudonym.js';
export { createChannelEndpoint, DEFAULT_MAX_BODY_BYTES, type ChannelEndpointOptions } from './inbound/channel-endpoint.js';
export { checkChannel } from './inbound/check-channel.js';
export { errorResponse } from './inbound/error-response.js';
export { readBodyWithLimit } from './inbound/read-body.js';
export type { InboundOutcome } from './inbound/route-inbound.js';
export { createOutboxRelay, type OutboxRelay, type OutboxRelayOptions, type RelayReport } from './outbox/relay.js';
export type { RelayEventMap } from './outbox/relay-events.js';
export { backoffDelay, type BackoffOptions } from './outbox/backoff.js';
export { splitText } from './outbox/split-text.js';
export { sealEvent, verifyChain, type ChainVerdict, type UnsealedEvent } from './support/hash-chain.js';
export { systemClock } from './support/clock.js';
export {
  createTrackingNumberGenerator,
  DEFAULT_TRACKING_FORMAT,
  trackingNumberPattern,
  type TrackingNumberGenerator,
} from './support/tracking-number.js';
export * from './calendar/index.js';
export * from './sla/index.js';
export * from './simulation/index.js';
