import { describe, expect, it } from 'vitest';
import { nextTarget } from './sensors';

const rect = (left: number, top: number, width = 100, height = 100) => ({
  left,
  top,
  width,
  height,
  right: left + width,
  bottom: top + height,
});

describe('nextTarget', () => {
  const lanes = [
    { id: 'always', rect: rect(0, 0) },
    { id: 'maybe', rect: rect(200, 0) },
    { id: 'never', rect: rect(400, 0) },
    { id: 'panel', rect: rect(200, 300, 300) },
  ];
  it('goes one target at a time in the arrow direction, level targets first', () => {
    expect(nextTarget(rect(0, 0), lanes.slice(1), 'ArrowRight')?.id).toBe('maybe');
    expect(nextTarget(rect(200, 0), lanes, 'ArrowLeft')?.id).toBe('always');
    expect(nextTarget(rect(200, 0), lanes, 'ArrowDown')?.id).toBe('panel');
    expect(nextTarget(rect(400, 0), lanes, 'ArrowRight')).toBeNull();
  });
});
