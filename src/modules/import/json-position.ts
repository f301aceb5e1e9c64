// Finds where malformed JSON goes wrong (offset and reason), for messages with line and column.

/** Thrown internally at the first offending character. */
class At extends Error {
  constructor(
    readonly offset: number,
    reason: string,
  ) {
    super(reason);
  }
}

/**
 * Scans `text` as strict JSON and returns the offset and reason of the first error, or null when
 * the text is valid. Only used after JSON.parse failed (whose messages lack positions in Node 20).
 */
export function jsonErrorAt(text: string): { offset: number; reason: string } | null {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i += 1;
  };
  const fail = (reason: string): never => {
    throw new At(i, reason);
  };
  const show = () => (i < text.length ? `"${text[i]}"` : 'the end of the file');
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail(`unexpected ${show()}`);
  };
  const string = () => {
    i += 1;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i += 1;
      else if ((text.charCodeAt(i) ?? 0) < 0x20) fail('control character in a string');
      i += 1;
    }
    if (i >= text.length) fail('unterminated string');
    i += 1;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i += 1;
      ws();
      if (text[i] === '}') return void (i += 1);
      for (;;) {
        ws();
        if (text[i] !== '"') fail(`expected a property name in double quotes, got ${show()}`);
        string();
        ws();
        if (text[i] !== ':') fail(`expected ":", got ${show()}`);
        i += 1;
        value();
        ws();
        if (text[i] === ',') i += 1;
        else if (text[i] === '}') return void (i += 1);
        else fail(`expected "," or "}", got ${show()}`);
      }
    }
    if (c === '[') {
      i += 1;
      ws();
      if (text[i] === ']') return void (i += 1);
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i += 1;
        else if (text[i] === ']') return void (i += 1);
        else fail(`expected "," or "]", got ${show()}`);
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
    if (!m) fail(`expected a value, got ${show()}`);
    i += (m as RegExpExecArray)[0].length;
  };
  try {
    value();
    ws();
    if (i < text.length) fail(`unexpected ${show()} after the end of the data`);
    return null;
  } catch (err) {
    if (err instanceof At) return { offset: err.offset, reason: err.message };
    throw err;
  }
}
