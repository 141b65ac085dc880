import { describe, expect, it } from 'vitest';
import { withColorMode } from './color-mode-html.ts';

const page = '<!doctype html>\n<html lang="en">\n<head><meta name="color-scheme" content="light dark" /></head><body></body></html>';

describe('withColorMode', () => {
  it('renders the dark class and scheme from the cookie', () => {
    const html = withColorMode(page, 'bks_session=x; bks_color_mode=dark');
    expect(html).toContain('<html lang="en" class="dark">');
    expect(html).toContain('<meta name="color-scheme" content="dark" />');
  });

  it('renders the light class for Light', () => {
    const html = withColorMode(page, 'bks_color_mode=light');
    expect(html).toContain('<html lang="en" class="light">');
    expect(html).toContain('content="light"');
  });

  it('leaves System (no cookie, or an unknown value) to the media query', () => {
    for (const cookie of [undefined, '', 'bks_color_mode=purple', 'other=dark', 'xbks_color_mode=dark']) {
      const html = withColorMode(page, cookie);
      expect(html).toContain('<html lang="en">');
      expect(html).toContain('content="light dark"');
    }
  });

  it('cannot inject markup through the cookie', () => {
    const html = withColorMode(page, 'bks_color_mode="><script>x</script>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<html lang="en">');
  });
});
