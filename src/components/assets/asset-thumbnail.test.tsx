import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AssetThumbnail } from './asset-thumbnail';

afterEach(cleanup);

const base = { name: 'Logo', type: 'icon', format: 'png', width: 64, height: 32 } as const;
const own = (path: string) => `${window.location.origin}${path}`;

describe('AssetThumbnail', () => {
  it('shows an image from this origin, named after the asset', () => {
    render(<AssetThumbnail asset={{ ...base, url: own('/files/logo.png') }} />);
    const img = screen.getByRole('img', { name: 'Logo' });
    expect(img.getAttribute('src')).toBe('/files/logo.png');
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['64', '32']);
  });

  it('never loads a video or a foreign URL, and says why', () => {
    render(<AssetThumbnail asset={{ ...base, type: 'video', format: 'webm', url: own('/files/a.webm') }} />);
    render(<AssetThumbnail asset={{ ...base, url: 'https://elsewhere.test/logo.png' }} />);
    expect(screen.getByRole('img', { name: 'Logo (video)' }).querySelector('img')).toBeNull();
    expect(screen.getByRole('img', { name: 'Logo (preview unavailable)' }).querySelector('img')).toBeNull();
  });

  it('falls back to the placeholder when the file fails to load', () => {
    render(
      <AssetThumbnail
        asset={{ ...base, url: own('/files/broken.png') }}
        decorative
        placeholder={<span data-testid="icon" />}
      />,
    );
    fireEvent.error(document.querySelector('img')!);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByTestId('icon')).toBeTruthy();
    // Decorative: the card around it names the asset.
    expect(screen.queryByRole('img')).toBeNull();
  });
});
