import { html, page, type Html } from '../html.js';

/** The sign-in form; `lanjut` is where to go afterwards (a path of the desk only). */
export function loginPage(options: { csrf: string; lanjut: string; error?: string; username?: string }): Html {
  return page(
    { title: 'Masuk petugas', ...(options.error ? { notice: { kind: 'error' as const, text: options.error } } : {}) },
    html`<section class="card narrow">
  <h1>Masuk petugas</h1>
  <p>Untuk koordinator, petugas unit, pimpinan dan auditor. Akun dibuat oleh admin; tidak ada pendaftaran mandiri.</p>
  <form method="post" action="/petugas/masuk" class="stack">
    <input type="hidden" name="_csrf" value="${options.csrf}">
    <input type="hidden" name="lanjut" value="${options.lanjut}">
    <label for="username">Nama pengguna</label>
    <input id="username" name="username" autocomplete="username" required maxlength="64" value="${options.username ?? ''}">
    <label for="password">Kata sandi</label>
    <input id="password" name="password" type="password" autocomplete="current-password" required maxlength="200">
    <button type="submit">Masuk</button>
  </form>
  <p class="muted">Warga? <a href="/warga/complaints/new">Kirim aduan</a> tanpa akun.</p>
</section>`,
  );
}
