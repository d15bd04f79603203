import { html, page, type Html } from '../html.js';

/** The front door: residents file or track a complaint; officers sign in. */
export function landingPage(): Html {
  return page(
    { title: 'Beranda' },
    html`<section class="card narrow">
  <h1>Layanan Aduan Kota Pekalongan</h1>
  <p>Sampaikan keluhan, aspirasi atau permintaan informasi tentang layanan publik Kota Pekalongan. Setiap aduan mendapat nomor pelacakan.</p>
  <p><a class="button" href="/warga/complaints/new">Kirim aduan</a></p>
  <form method="get" action="/lacak" class="stack">
    <label for="nomor">Lacak aduan dengan nomor pelacakan</label>
    <input id="nomor" name="nomor" required maxlength="60" autocomplete="off">
    <button type="submit">Lacak</button>
  </form>
  <p class="muted">Juga lewat WhatsApp "Lapor Ajib" dan SMS 1708. Petugas: <a href="/petugas/masuk">masuk di sini</a>.</p>
</section>`,
  );
}
