const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

const STYLE = `
body{font-family:system-ui,sans-serif;line-height:1.5;margin:0;padding:1rem;color:#1a1a1a;background:#fff}
main{max-width:40rem;margin:0 auto}
label,legend{font-weight:600;display:block;margin-top:.75rem}
input,textarea,select{font:inherit;width:100%;box-sizing:border-box;padding:.5rem;border:1px solid #555;border-radius:4px}
input[type=checkbox]{width:auto;margin-right:.5rem}
.check{display:flex;align-items:flex-start;margin-top:.5rem}.check label{font-weight:400;margin:0}
.hint{font-size:.9rem;color:#444}
fieldset{border:1px solid #999;border-radius:4px;margin-top:1rem}
button{font:inherit;margin-top:1rem;padding:.6rem 1.2rem;background:#0b5394;color:#fff;border:0;border-radius:4px}
:focus-visible{outline:3px solid #f1a208;outline-offset:2px}
.alert{border-left:4px solid #b00020;padding:.5rem 1rem;background:#fdecee}
dt{font-weight:600;margin-top:.5rem}dd{margin:0}
.answers{padding-left:1.25rem}.meta{font-size:.9rem;color:#444;margin:0}.answer{white-space:pre-line;margin-top:.25rem}
`;

/** A complete page in Bahasa Indonesia; `body` is trusted HTML built with `escapeHtml`. */
export function htmlPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}
