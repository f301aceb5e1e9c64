// Makes user text safe for a Lucene full-text query: special characters and operators are literal.

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Escapes Lucene special characters and lower-cases the operator words AND, OR, NOT, so that
 * any user input is searched as plain words (any word may match).
 */
export function escapeLucene(text: string): string {
  return text
    .trim()
    .split(/\s+/)
    .map((w) => (/^(AND|OR|NOT)$/.test(w) ? w.toLowerCase() : w.replace(SPECIAL, '\\$&')))
    .join(' ');
}
