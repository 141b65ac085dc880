// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { assetMediaSrc } from './asset-url';
import { pageOrigin, renderAtOrigin } from './page-origin';

// In Node, as during the server render of the landing page: there is no window.location.
describe('renderAtOrigin', () => {
  it('gives the render the origin of the request it answers', () => {
    expect(renderAtOrigin('http://127.0.0.1:8787', () => pageOrigin())).toBe('http://127.0.0.1:8787');
  });

  it('turns asset URLs on that origin into paths, exactly as the browser does', () => {
    const render = () => [
      assetMediaSrc('http://127.0.0.1:8787/files/a.png'),
      assetMediaSrc('https://cdn.example.com/a.png'),
    ];
    expect(renderAtOrigin('http://127.0.0.1:8787', render)).toEqual(['/files/a.png', null]);
    // Another origin (the page was asked for as localhost): the same URL is not ours.
    expect(renderAtOrigin('http://localhost:8787', render)).toEqual([null, null]);
  });

  it('holds only for the render: afterwards there is no origin to fall back on', () => {
    renderAtOrigin('http://127.0.0.1:8787', () => undefined);
    expect(() => pageOrigin()).toThrow(ReferenceError);
    expect(() =>
      renderAtOrigin('http://a.test', () => {
        throw new Error('render failed');
      }),
    ).toThrow('render failed');
    expect(() => pageOrigin()).toThrow(ReferenceError);
  });
});
