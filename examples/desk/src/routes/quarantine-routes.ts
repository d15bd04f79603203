import type { Desk } from '@aduan/core';
import { Hono } from 'hono';
import { channelLabel, wib } from '../format.js';
import { html, page } from '../html.js';
import { refusalOf } from '../refusal.js';
import type { DeskEnv } from '../session.js';

/** Channel messages the desk refused, for coordinators (the desk refuses everyone else). */
export function quarantineRoutes(options: { desk: Desk }): Hono<DeskEnv> {
  const app = new Hono<DeskEnv>();
  app.get('/karantina', async (c) => {
    const officer = c.get('officer');
    try {
      const cursor = c.req.query('setelah');
      const { items, nextCursor } = await options.desk.listQuarantine(officer.actor, {
        limit: 50,
        ...(cursor ? { cursor: cursor.slice(0, 500) } : {}),
      });
      return c.html(
        page(
          { title: 'Pesan karantina', officer, csrf: c.get('csrf') },
          html`<h1>Pesan karantina</h1>
<p>Pesan dari kanal yang ditolak meja aduan. Periksa, tindak lanjuti secara manual bila perlu, lalu hapus.</p>
${
  items.length === 0
    ? html`<p class="empty">Tidak ada pesan di karantina.</p>`
    : html`<div class="table-wrap"><table class="list"><thead><tr><th scope="col">Diterima</th><th scope="col">Kanal</th><th scope="col">Alasan ditolak</th><th scope="col">Isi</th><th scope="col">Tindakan</th></tr></thead><tbody>
${items.map(
  (
    item,
  ) => html`<tr><td>${wib(item.receivedAt)}</td><td>${channelLabel(item.channel)}</td><td>${item.reason}</td><td class="words">${typeof item.message.text === 'string' ? item.message.text.slice(0, 500) : ''}</td>
<td><form method="post" action="/petugas/karantina/${item.id}/hapus"><input type="hidden" name="_csrf" value="${c.get('csrf')}"><button type="submit" aria-label="Hapus pesan ${wib(item.receivedAt)}">Hapus</button></form></td></tr>`,
)}
</tbody></table></div>`
}
${nextCursor ? html`<p><a href="/petugas/karantina?setelah=${encodeURIComponent(nextCursor)}">Berikutnya »</a></p>` : ''}`,
        ),
      );
    } catch (error) {
      const refusal = refusalOf(error);
      return c.text(refusal.message, refusal.status);
    }
  });
  app.post('/karantina/:id/hapus', async (c) => {
    try {
      await options.desk.discardQuarantined(c.get('officer').actor, c.req.param('id').slice(0, 200));
      return c.redirect('/petugas/karantina', 303);
    } catch (error) {
      const refusal = refusalOf(error);
      return c.text(refusal.message, refusal.status);
    }
  });
  return app;
}
