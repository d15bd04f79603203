import { createWebIntake } from '../web/create-web-intake.js';
import { createMemoryAttachmentStore } from '../attachments/memory-attachment-store.js';
import { testDesk } from './loopback.js';

/** A web intake mounted at `/aduan`, with a small body limit so oversize tests stay quick. */
export function mountedIntake() {
  const desk = testDesk();
  const handler = createWebIntake({ desk: desk.desk, basePath: '/aduan', maxBodyBytes: 64 * 1024, attachmentStore: createMemoryAttachmentStore() });
  return { ...desk, handler };
}

export const sample = { title: 'Pohon tumbang', description: 'Pohon tumbang menutup jalan di Jl. Veteran.' };

/** Files one complaint as JSON and fetches the form page: the two paths every mount must serve. */
export async function exerciseMount(baseUrl: string): Promise<{ created: Response; form: Response }> {
  const created = await fetch(`${baseUrl}/aduan/complaints`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(sample),
  });
  const form = await fetch(`${baseUrl}/aduan/complaints/new`);
  return { created, form };
}
