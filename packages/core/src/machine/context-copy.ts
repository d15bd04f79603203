import type { ComplaintContext } from '@aduan/spec';

/**
 * A copy of a complaint's machine context built from one object literal, so every stored context
 * shares one V8 hidden class. xstate's `assign` grows a context key by key past V8's limit for fast
 * objects, leaving it a per-object hash table; a spread copy of such an object still gets a hidden
 * class of its own per complaint (about 600 bytes each, measured by the heap benchmark). The
 * literal lists every key, so the compiler refuses it when the context gains one.
 */
export function copyContext(context: ComplaintContext): ComplaintContext {
  return {
    complaintId: context.complaintId,
    trackingNumber: context.trackingNumber,
    channel: context.channel,
    title: context.title,
    classification: context.classification,
    category: context.category,
    tier: context.tier,
    complainantId: context.complainantId,
    anonim: context.anonim,
    rahasia: context.rahasia,
    createdAt: context.createdAt,
    unitId: context.unitId,
    escalationLevel: context.escalationLevel,
    confirmBy: context.confirmBy,
    mergedInto: context.mergedInto,
    kelurahan: context.kelurahan,
    geo: context.geo,
    lastInboundAt: context.lastInboundAt,
    missedStages: context.missedStages,
    externalRefs: context.externalRefs,
    synced: context.synced,
  };
}
