import type { ImportIssue } from './import-result';

export interface CssDeclaration {
  /** `--primary` */
  name: string;
  value: string;
  /** 1-based line the declaration starts on. */
  line: number;
}

const DECLARATION = /^(--[\w-]+)\s*:\s*([\s\S]*)$/;
const NEXT_DECLARATION_ON_NEW_LINE = /\n\s*--[\w-]+\s*:/;
const EXPECTED = 'expected a declaration such as “--primary: #1D4ED8;”.';

/**
 * Reads every custom property declaration from CSS text, with its line, wherever it sits (`:root`,
 * `.dark`, `@theme`, `@layer base`). Tolerant: selectors, at-rules and ordinary properties are
 * skipped; what cannot be read becomes an issue naming its line rather than a failure.
 */
export function readCssDeclarations(text: string): { declarations: CssDeclaration[]; issues: ImportIssue[] } {
  const declarations: CssDeclaration[] = [];
  const issues: ImportIssue[] = [];
  let line = 1;
  let buffer = '';
  let startLine = 1;

  const flush = (isPrelude: boolean) => {
    const statement = buffer.trim();
    buffer = '';
    if (statement === '' || isPrelude || statement.startsWith('@')) return;
    if (!statement.startsWith('--')) {
      // An ordinary property (`color: red`) is fine and not ours; anything else is not CSS we can read.
      if (!/^[a-z-]+\s*:/i.test(statement)) issues.push({ line: startLine, message: `“${clip(statement)}” is not understood; ${EXPECTED}` });
      return;
    }
    const match = DECLARATION.exec(statement);
    if (!match) {
      issues.push({ line: startLine, message: `“${clip(statement)}” has no colon; ${EXPECTED}` });
      return;
    }
    const [, name, value] = match as unknown as [string, string, string];
    const split = NEXT_DECLARATION_ON_NEW_LINE.exec(value);
    if (split) {
      // Two declarations with the `;` between them missing: report it, and still read both.
      const first = value.slice(0, split.index).trim();
      issues.push({ line: startLine, message: `${name}: “${clip(first)}” is missing its “;”.` });
      declarations.push({ name, value: first, line: startLine });
      const restLine = startLine + (statement.slice(0, statement.length - value.length + split.index + 1).split('\n').length - 1);
      buffer = value.slice(split.index + 1);
      startLine = restLine;
      flush(false);
      return;
    }
    declarations.push({ name, value: value.trim(), line: startLine });
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      if (end === -1) issues.push({ line, message: 'A comment “/*” is never closed with “*/”.' });
      line += countLines(text.slice(i, stop));
      i = stop - 1;
      continue;
    }
    if (buffer.trim() === '' && !/\s/.test(ch)) startLine = line;
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== ch && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      if (text[j] !== ch) issues.push({ line, message: `A string opened with ${ch} is not closed on the same line.` });
      buffer += text.slice(i, j + 1);
      i = j;
      continue;
    }
    if (ch === ';' || ch === '}') flush(false);
    else if (ch === '{') flush(true);
    else buffer += ch;
    if (ch === '\n') line++;
  }
  flush(false);
  return { declarations, issues };
}

const countLines = (s: string) => s.split('\n').length - 1;
const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s).replace(/\s+/g, ' ');

/** The first family of a `font-family` value, unquoted: `"Open Sans", sans-serif` → `Open Sans`. */
export function firstFamily(value: string): string | null {
  const quoted = /^\s*(["'])((?:\\.|(?!\1).)*)\1/.exec(value);
  if (quoted) return quoted[2]!.replace(/\\A ?/g, '\n').replace(/\\(.)/g, '$1') || null;
  const bare = value.split(',')[0]!.trim();
  return bare === '' || bare.startsWith('var(') ? null : bare;
}
