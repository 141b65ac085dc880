import { expect, it } from 'vitest';
import { dragPointer, edgeScrollStep } from './edge-scroll';

it('scrolls only inside the edge bands, faster the closer to the edge', () => {
  expect(edgeScrollStep(400, 800)).toBe(0);
  expect(edgeScrollStep(680, 800)).toBe(0);
  expect(edgeScrollStep(740, 800)).toBe(13);
  expect(edgeScrollStep(800, 800)).toBe(25);
  expect(edgeScrollStep(900, 800)).toBe(25);
  expect(edgeScrollStep(60, 800)).toBe(-13);
  expect(edgeScrollStep(0, 800)).toBe(-25);
});

it('keeps the bands to 15 % of a short viewport', () => {
  expect(edgeScrollStep(100, 400)).toBe(0);
  expect(edgeScrollStep(399, 400)).toBe(25);
});

it('follows the pointer of a mouse drag, and none for a keyboard drag', () => {
  const delta = { x: 30, y: -40 };
  expect(dragPointer({ activatorEvent: new MouseEvent('mousedown', { clientX: 100, clientY: 500 }), delta })).toEqual({
    x: 130,
    y: 460,
  });
  expect(dragPointer({ activatorEvent: new KeyboardEvent('keydown', { key: ' ' }), delta })).toBeNull();
});
