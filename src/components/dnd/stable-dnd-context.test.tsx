import { DndContext, type Modifier } from '@dnd-kit/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { StableDndContext } from './stable-dnd-context';

// dnd-kit applies the modifiers in every render of DndContext: a count of its renders.
const counted = () => {
  const modifier = vi.fn<Modifier>(({ transform }) => transform);
  return { modifier, modifiers: [modifier] };
};

describe('StableDndContext', () => {
  it('renders new children without rendering DndContext again', () => {
    const { modifier, modifiers } = counted();
    const { rerender } = render(
      <StableDndContext modifiers={modifiers}>
        <p>first</p>
      </StableDndContext>,
    );
    const renders = modifier.mock.calls.length;
    expect(renders).toBeGreaterThan(0);
    rerender(
      <StableDndContext modifiers={modifiers}>
        <p>second</p>
      </StableDndContext>,
    );
    expect(screen.getByText('second')).toBeTruthy();
    expect(modifier).toHaveBeenCalledTimes(renders);
  });

  it('is needed: DndContext itself renders again for new children', () => {
    const { modifier, modifiers } = counted();
    const { rerender } = render(
      <DndContext modifiers={modifiers}>
        <p>first</p>
      </DndContext>,
    );
    const renders = modifier.mock.calls.length;
    rerender(
      <DndContext modifiers={modifiers}>
        <p>second</p>
      </DndContext>,
    );
    expect(modifier.mock.calls.length).toBeGreaterThan(renders);
  });
});
