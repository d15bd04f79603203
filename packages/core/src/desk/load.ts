import { NotFoundError, type ComplaintProjection, type StoreV1 } from '@aduan/spec';

export async function loadComplaint(store: StoreV1, complaintId: string): Promise<ComplaintProjection> {
  const complaint = await store.doLoadProjection(complaintId);
  if (!complaint) throw new NotFoundError('Complaint', complaintId);
  return complaint;
}
