import { cleanup, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { useFocusOnCreated } from './use-focus-on-created';

function Title() {
  const ref = useRef<HTMLHeadingElement>(null);
  useFocusOnCreated(ref);
  return (
    <h1 ref={ref} tabIndex={-1}>
      Acme
    </h1>
  );
}

const renderAt = (state: unknown) =>
  render(
    <MemoryRouter initialEntries={[{ pathname: '/brands/brand_1', state }]}>
      <Title />
    </MemoryRouter>,
  );

afterEach(cleanup);

describe('useFocusOnCreated', () => {
  it('focuses the title when the page was opened right after creating the brand', () => {
    renderAt({ created: true });
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Acme' }));
  });

  it('leaves focus alone on an ordinary visit', () => {
    renderAt(null);
    expect(document.activeElement).toBe(document.body);
  });

});
