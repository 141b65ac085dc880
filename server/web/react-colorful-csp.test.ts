import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, REACT_COLORFUL_STYLE_HASH } from './static.ts';

/** The stylesheet react-colorful injects, read from the installed build the app bundles. */
function injectedCss(): string {
  const require = createRequire(import.meta.url);
  const source = readFileSync(require.resolve('react-colorful').replace(/index\.js$/, 'index.mjs'), 'utf8');
  const literal = /\.innerHTML=('(?:[^'\\]|\\.)*')/.exec(source)?.[1];
  if (!literal) throw new Error('react-colorful no longer injects its CSS as one string literal');
  // The literal is plain JS string syntax: unescape it the way the engine would.
  return literal.slice(1, -1).replace(/\\(.)/g, '$1');
}

describe('the CSP and react-colorful', () => {
  it('allows exactly the stylesheet the installed react-colorful injects', () => {
    const hash = createHash('sha256').update(injectedCss(), 'utf8').digest('base64');
    expect(REACT_COLORFUL_STYLE_HASH).toBe(`'sha256-${hash}'`);
    expect(CONTENT_SECURITY_POLICY).toContain(`style-src 'self' ${REACT_COLORFUL_STYLE_HASH}`);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
  });
});
