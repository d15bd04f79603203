/**
 * The complaint lifecycle: the desk (one door for every command and read), the lifecycle machine,
 * schemas, the in-memory store, channel endpoints and the outbox relay. Deadline policies are on
 * `@aduan/core/sla`, the working calendar on `@aduan/core/calendar`, the hash chain and replay on
 * `@aduan/core/history` (see docs/architecture.md for what goes where).
 *
 * @packageDocumentation
 * @module @aduan/core
 */
export { createDesk, type Desk } from './desk/create-desk.js';
export type { DeskOptions } from './desk/desk-options.js';
export type { ComplaintNotice, DeskEventMap, DeskEventName, PluginFailure } from './desk/desk-events.js';
export type { RebuildReport } from './desk/maintenance.js';
export { SWEEP_ACTOR, type SweepOptions, type SweepReport } from './desk/sweep.js';
export type { Scheduler, SchedulerOptions } from './desk/scheduler.js';
export { REDACTED } from './desk/redaction.js';
export type { InboundOutcome, RoutedInbound } from './inbound/route-inbound.js';
export { createChannelEndpoint, type ChannelEndpointOptions } from './inbound/channel-endpoint.js';
export { createOutboxRelay, type OutboxRelay, type OutboxRelayOptions, type RelayReport } from './outbox/relay.js';
export type { RelayEventMap } from './outbox/relay-events.js';
export type { BackoffOptions } from './outbox/backoff.js';
export { complaintMachine, type ComplaintMachineInput } from './machine/complaint-machine.js';
export { lifecycleDiagram } from './machine/diagram.js';
export { createMemoryStore, type MemoryStore, type MemoryStoreContents } from './store/memory-store.js';
export { intakeSchema } from './schemas/intake.js';
export { commandSchemas, type CommandInput, type CommandName } from './schemas/commands.js';
export {
  COMPLAINT_EVENT_TYPES,
  eventPayloadSchemas,
  type ComplaintEventType,
  type EventPayload,
  type LifecycleEvent,
} from './schemas/events.js';
export { DEFAULT_TRACKING_FORMAT } from './support/tracking-number.js';
export {
  AduanError,
  ClosedError,
  ForbiddenError,
  IllegalTransitionError,
  InvalidConfigError,
  InvalidInputError,
  NotFoundError,
  PluginRejectedError,
  RebuildRequiredError,
  StoreFailureError,
  VersionConflictError,
} from '@aduan/spec';
export type {
  ComplaintSummary,
  ComplaintView,
  CountFilter,
  IntakeInput,
  ListQuery,
  PublicTracking,
  ReceiveOutcome,
} from '@aduan/spec';
