import { ForbiddenError, type ComplaintProjection, type InboundContextV2 } from '@aduan/spec';
import { loadComplaint } from './load.js';
import type { DeskRuntime } from './runtime.js';

/** A resident's message as V2 plugins are offered it (the desk adds each plugin's own view of it). */
export type OfferedInbound = Omit<InboundContextV2, 'desk'>;

/** Whether any plugin waits for messages from residents, so routing skips the offer without one. */
export const anyClaimsInbound = (runtime: DeskRuntime): boolean =>
  runtime.plugins.some((plugin) => plugin.specificationVersion === 'v2' && plugin.claimInbound !== undefined);

/**
 * Offers a known resident's message to the V2 plugins, in registration order, before the desk
 * routes it. The first plugin that records it (an answer to its question) names the complaint it
 * went to, which must be one of the resident's own.
 */
export async function offerInbound(
  runtime: DeskRuntime,
  message: OfferedInbound,
): Promise<{ plugin: string; complaint: ComplaintProjection } | undefined> {
  for (const plugin of runtime.plugins) {
    if (plugin.specificationVersion !== 'v2' || !plugin.claimInbound) continue;
    const claim = await plugin.claimInbound({ ...message, desk: runtime.pluginDesks.get(plugin.name)! });
    if (!claim) continue;
    const complaint = await loadComplaint(runtime.store, claim.complaintId);
    if (complaint.complainantId !== message.resident.id) {
      throw new ForbiddenError(`plugin:${plugin.name}`, 'claimInbound', `complaint ${complaint.id} belongs to another complainant`);
    }
    return { plugin: plugin.name, complaint };
  }
  return undefined;
}
