import { testStore } from '@aduan/test-kit';
import { createMemoryStore } from '../index.js';

testStore({
  name: 'memory',
  capabilities: { deadlineClaims: true, outbox: true, identityErasure: true, multiProcess: false },
  async create() {
    const store = createMemoryStore();
    const find = (complaintId: string) => store.contents().projections.find((p) => p.id === complaintId);
    return {
      store,
      probe: {
        events: async (complaintId) => store.contents().events.filter((e) => e.complaintId === complaintId),
        projection: async (complaintId) => find(complaintId),
        identity: async (complainantId) => store.contents().identities.find((i) => i.complainantId === complainantId),
        outbox: async (complaintId) => store.contents().outbox.filter((row) => row.complaintId === complaintId),
        dedupeKeys: async (complaintId) =>
          store
            .contents()
            .dedupeKeys.filter((key) => key.complaintId === complaintId)
            .map(({ channel, messageId }) => ({ channel, messageId })),
        tamperEventPayload: async (complaintId, version, payload) => store.tamperEvent(complaintId, version, { payload }),
      },
    };
  },
});
