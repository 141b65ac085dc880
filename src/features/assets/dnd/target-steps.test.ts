import type { ClientRect, DroppableContainer } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { libraryCollisions, stepForKey, stepTarget } from './target-steps';

describe('stepTarget', () => {
  const order = ['u', 'a', 'b'];
  it('enters at the first target going forwards and the last going backwards', () => {
    expect(stepTarget(order, null, 'next')).toBe('u');
    expect(stepTarget(order, null, 'previous')).toBe('b');
  });
  it('moves one target at a time and stops at either end', () => {
    expect(stepTarget(order, 'u', 'next')).toBe('a');
    expect(stepTarget(order, 'b', 'next')).toBe('b');
    expect(stepTarget(order, 'a', 'previous')).toBe('u');
    expect(stepTarget(order, 'u', 'previous')).toBe('u');
  });
  it('jumps to either end, and has nowhere to go without targets', () => {
    expect(stepTarget(order, 'a', 'first')).toBe('u');
    expect(stepTarget(order, 'a', 'last')).toBe('b');
    expect(stepTarget([], null, 'next')).toBeUndefined();
  });
  it('reads arrows, Home and End, and nothing else', () => {
    expect(stepForKey('ArrowDown')).toBe('next');
    expect(stepForKey('ArrowLeft')).toBe('previous');
    expect(stepForKey('End')).toBe('last');
    expect(stepForKey('KeyA')).toBeUndefined();
  });
});

const rect = (left: number, top: number, width: number, height: number): ClientRect => ({
  left,
  top,
  width,
  height,
  right: left + width,
  bottom: top + height,
});

describe('libraryCollisions', () => {
  const containers = [
    { id: 'one', node: { current: null } },
    { id: 'two', node: { current: null } },
  ] as unknown as DroppableContainer[];
  const droppableRects = new Map([
    ['one', rect(0, 0, 200, 40)],
    ['two', rect(0, 50, 200, 40)],
  ]);
  const base = { active: { id: 'card' }, droppableRects, droppableContainers: containers } as const;

  it('without a pointer (keyboard), the target holding the centre of the card', () => {
    const hits = libraryCollisions({
      ...base,
      active: base.active as never,
      collisionRect: rect(-50, -10, 300, 150),
      pointerCoordinates: null,
    });
    expect(hits.map((h) => h.id)).toEqual(['two']);
  });
  it('a card merely overlapping a target is over nothing', () => {
    const hits = libraryCollisions({
      ...base,
      active: base.active as never,
      collisionRect: rect(150, 0, 300, 300),
      pointerCoordinates: null,
    });
    expect(hits).toEqual([]);
  });
  it('with a pointer, the target under the pointer', () => {
    const hits = libraryCollisions({
      ...base,
      active: base.active as never,
      collisionRect: rect(500, 500, 100, 100),
      pointerCoordinates: { x: 10, y: 60 },
    });
    expect(hits.map((h) => h.id)).toEqual(['two']);
  });
});
