import { errorResponse, readBodyWithLimit } from '@aduan/adapter-utils';
import { InvalidConfigError, type ChannelV1, type DeliveryReceiptV1, type InboundSummaryV1 } from '@aduan/spec';
import type { Desk } from '../desk/create-desk.js';
import { checkChannel } from './check-channel.js';

export interface ChannelEndpointOptions {
  desk: Desk;
  channel: ChannelV1;
  /** Largest webhook body accepted; larger ones get 413 before they are read whole. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Called for every delivery receipt the provider reports. */
  onReceipt?: (receipt: DeliveryReceiptV1) => void | Promise<void>;
  /**
   * Called with server faults only (answered 5xx, so the provider delivers again): log the error
   * under the incident id the answer carries. A request's own faults (4xx) never reach it.
   */
  onError?: (error: unknown, incidentId: string) => void;
}

const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/**
 * A Fetch handler for one channel's webhook: authenticate and parse through the adapter, then
 * route each message on its own through the desk. A message the desk refuses is quarantined for
 * coordinators and does not hold back its neighbours; once every message is stored or
 * quarantined the provider gets 200 (the channel's `acknowledge` when it has one, else JSON).
 * Only a server fault answers 5xx, so the provider redelivers (dedupe keeps that safe). GET and
 * HEAD bodies are never read; handshakes are answered as the adapter says.
 *
 * @example
 * const handleWhatsApp = createChannelEndpoint({ desk, channel: createWhatsAppChannel({ ... }), onError: (e, id) => log.error({ e, id }) });
 */
export function createChannelEndpoint(options: ChannelEndpointOptions): (request: Request) => Promise<Response> {
  const channel = checkChannel(options.channel);
  options.desk.assertInboundReady();
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!Number.isInteger(limit) || limit < 1) {
    throw new InvalidConfigError('channel endpoint', [
      { path: 'maxBodyBytes', message: `must be a whole number of bytes above 0, got ${limit}` },
    ]);
  }
  const onUnexpected = options.onError;
  return async (request) => {
    try {
      const body = await readBodyWithLimit(request, limit);
      const result = await channel.doInbound({ method: request.method, url: request.url, headers: request.headers, body });
      if (result.kind === 'handshake') return result.response;
      const summary: InboundSummaryV1 = { messages: 0, quarantined: 0, receipts: 0 };
      for (const message of result.messages) {
        const routed = await options.desk.routeInbound(message);
        if (routed.outcome === 'quarantined') summary.quarantined++;
        else summary.messages++;
      }
      for (const receipt of result.receipts) {
        await options.onReceipt?.(receipt);
        summary.receipts++;
      }
      return channel.acknowledge ? channel.acknowledge(summary) : Response.json({ ok: true, ...summary });
    } catch (error) {
      return errorResponse(error, onUnexpected ? { onUnexpected } : {});
    }
  };
}
