import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { ROLE_LABELS } from './format.js';
import type { Officer } from './session.js';

/** Escaped HTML as Hono's `html` template builds it. */
export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export { html, raw };

/** What every page shows around its body. */
export interface PageOptions {
  title: string;
  officer?: Officer;
  /** The CSRF token of forms on the page (the logout button has one too). */
  csrf?: string;
  /** A notice at the top: a refusal or a confirmation. */
  notice?: { kind: 'error' | 'ok'; text: string };
  /** Scripts of the page, served from the app (no CDN). */
  scripts?: readonly string[];
}

/** The page frame: header with the officer's name and role, navigation, notice, body. */
export function page(options: PageOptions, body: Html): Html {
  const { officer } = options;
  return html`<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} — Layanan Aduan Kota Pekalongan</title>
<link rel="stylesheet" href="/static/desk.css">
</head>
<body>
<a class="skip" href="#isi">Lewati ke isi</a>
<header class="top">
  <a class="brand" href="${officer ? '/petugas' : '/'}">Aduan Kota Pekalongan</a>
  ${
    officer
      ? html`<nav aria-label="Menu petugas">
  <a href="/petugas">Antrean</a>
  <a href="/petugas/dasbor">Dasbor</a>
  ${officer.account.role === 'coordinator' ? html`<a href="/petugas/karantina">Pesan Karantina</a>` : ''}
</nav>
<div class="who">
  <span>${officer.account.displayName} · ${ROLE_LABELS[officer.account.role]}${officer.account.unitId ? html` · ${officer.account.unitId}` : ''}</span>
  <form method="post" action="/petugas/keluar"><input type="hidden" name="_csrf" value="${options.csrf ?? ''}"><button type="submit" class="link">Keluar</button></form>
</div>`
      : ''
  }
</header>
<main id="isi">
${options.notice ? html`<p class="notice ${options.notice.kind}" role="${options.notice.kind === 'error' ? 'alert' : 'status'}">${options.notice.text}</p>` : ''}
${body}
</main>
${(options.scripts ?? []).map((src) => html`<script src="${src}" defer></script>`)}
</body>
</html>`;
}
