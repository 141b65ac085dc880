/** A log line goes to standard output unless the caller gives its own sink (tests capture lines). */
export type LogLine = (line: string) => void;

const KEY = /nxd_[A-Za-z0-9_-]+/gi;
const BEARER = /Bearer\s+\S+/gi;
const hasSecret = (text: string) => /nxd_|Bearer\s/i.test(text);

/**
 * Characters a terminal or log viewer would not show as themselves: controls (C0, DEL, C1), the
 * Unicode line and paragraph separators, invisible format characters (bidi overrides, zero width)
 * and lone surrogates. The backslash is escaped too, so an escape in the log always means the
 * character was really there and a path cannot spell out a fake one.
 */
const NON_PRINTABLE = /[\\\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

function escapeChar(ch: string): string {
  if (ch === '\\') return '\\\\';
  const code = ch.codePointAt(0) ?? 0;
  if (code <= 0xff) return `\\x${code.toString(16).padStart(2, '0')}`;
  return code <= 0xffff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\u{${code.toString(16)}}`;
}

/** Percent-escapes decoded as UTF-8 bytes; malformed ones stay as they are and bad bytes become U+FFFD (never throws). */
function percentDecodeOnce(text: string): string {
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => Buffer.from(run.replace(/%/g, ''), 'hex').toString('utf8'));
}

/**
 * A request path is logged as the server saw it, so a key can arrive percent-encoded, or encoded
 * again (`nxd%255F…`). Decoding until nothing changes finds it in every form; a word still
 * changing after this many rounds is nobody's honest path and is dropped whole.
 */
const DECODE_ROUNDS = 8;
const OVER_ENCODED = '[over-encoded]';

function fullyDecoded(word: string): string | null {
  let current = word;
  for (let round = 0; round < DECODE_ROUNDS; round++) {
    const next = percentDecodeOnce(current);
    if (next === current) return current;
    current = next;
  }
  return null;
}

/** A word holding percent-escapes: kept as it was unless its decoded form hides a secret, which is then redacted. */
function scrubEncodedWord(word: string): string {
  if (!word.includes('%')) return word;
  const decoded = fullyDecoded(word);
  if (decoded === null) return OVER_ENCODED;
  return hasSecret(decoded) ? decoded.replace(KEY, 'nxd_[redacted]').replace(BEARER, 'Bearer [redacted]') : word;
}

/**
 * Every line goes through here: keys and Bearer values redacted in any encoding, then every
 * non-printable character escaped (`\x0a`, `\u2028`), so a request path cannot forge log lines
 * or drive a terminal whichever field it lands in. A line without `%` costs three regex passes.
 */
function scrubSecrets(line: string): string {
  let text = line;
  if (text.includes('%')) text = text.split(/(\s+)/).map(scrubEncodedWord).join('');
  text = text.replace(KEY, 'nxd_[redacted]').replace(BEARER, 'Bearer [redacted]');
  return text.replace(NON_PRINTABLE, escapeChar);
}

/** The logger every app and the proxy write through: the given sink (console by default), scrubbed. */
export function scrubbedLog(sink: LogLine = (line) => console.log(line)): LogLine {
  return (line) => sink(scrubSecrets(line));
}
