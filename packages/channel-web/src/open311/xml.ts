const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** Characters XML 1.0 cannot carry at all, even escaped (most C0 controls, lone surrogates, U+FFFE/F). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text for element content, dropping characters XML cannot represent. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** `<name>text</name>`, or `<name/>` for no value. Names are trusted (the spec's field names). */
export function xmlElement(name: string, content: string | null): string {
  return content === null || content === '' ? `<${name}/>` : `<${name}>${content}</${name}>`;
}
