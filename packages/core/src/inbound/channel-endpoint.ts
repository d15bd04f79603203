import type { ChannelV1, DeliveryReceiptV1 } from '@aduan/spec';
import type { Desk } from '../desk/create-desk.js';
import { checkChannel } from './check-channel.js';
import { errorResponse } from './error-response.js';
import { readBodyWithLimit } from './read-body.js';

export interface ChannelEndpointOptions {
  desk: Desk;
  channel: ChannelV1;
  /** Largest webhook body accepted; larger ones get 413 before they are read whole. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Called for every delivery receipt the provider reports. */
  onReceipt?: (receipt: DeliveryReceiptV1) => void | Promise<void>;
  /** Called with unexpected (non-AduanError) failures, which are answered 500 without details. */
  onError?: (error: unknown) => void;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/**
 * A Fetch handler for one channel's webhook: authenticate and parse through the adapter, route each
 * message through the desk, answer 200 only once everything is stored (so the provider retries
 * otherwise). Handshakes (e.g. WhatsApp's verification GET) are answered as the adapter says.
 */
export function createChannelEndpoint(options: ChannelEndpointOptions): (request: Request) => Promise<Response> {
  const channel = checkChannel(options.channel);
  options.desk.assertInboundReady();
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  return async (request) => {
    try {
      const body = await readBodyWithLimit(request, limit);
      const result = await channel.doInbound({ method: request.method, url: request.url, headers: request.headers, body });
      if (result.kind === 'handshake') return result.response;
      for (const message of result.messages) await options.desk.routeInbound(message);
      for (const receipt of result.receipts) await options.onReceipt?.(receipt);
      return Response.json({ ok: true, messages: result.messages.length, receipts: result.receipts.length });
    } catch (error) {
      options.onError?.(error);
      return errorResponse(error);
    }
  };
}
