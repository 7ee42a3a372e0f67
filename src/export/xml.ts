/**
 * Text for XML 1.0 files (GEXF, GraphML, and the XML inside xlsx). Characters XML 1.0 cannot
 * hold at all — C0 controls other than tab, newline and carriage return, lone surrogates,
 * U+FFFE/U+FFFF — become U+FFFD, so a hostile name still yields a well-formed file and shows
 * where something was. Markup characters are escaped; in attributes tab, newline and carriage
 * return are written as references so attribute-value normalisation does not turn them into
 * spaces.
 */

// With the `u` flag a lone surrogate is one code point outside every allowed range.
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlChars(text: string): string {
  return text.replace(FORBIDDEN, '\uFFFD');
}

export function xmlText(text: string): string {
  // A raw carriage return would be read back as a newline (XML end-of-line handling).
  return xmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

export function xmlAttr(text: string): string {
  return xmlText(text)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;');
}

/** A number as XML text: the shortest text that reads back as the same double. */
export const xmlNumber = (n: number): string => String(n);
