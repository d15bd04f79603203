import { html, page, type Html } from '../html.js';
import type { Officer } from '../session.js';

/** A refusal or a fault, in words an officer understands, with a way back. */
export function errorPage(options: { officer?: Officer; csrf?: string; message: string }): Html {
  return page(
    {
      title: 'Tidak dapat ditampilkan',
      ...(options.officer ? { officer: options.officer } : {}),
      ...(options.csrf ? { csrf: options.csrf } : {}),
    },
    html`<section class="card narrow"><h1>Tidak dapat ditampilkan</h1><p role="alert">${options.message}</p><p><a href="/petugas">Kembali ke antrean</a></p></section>`,
  );
}
