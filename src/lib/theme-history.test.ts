import { describe, expect, it } from 'vitest';
import {
  canRedo,
  canUndo,
  createHistory,
  HISTORY_LIMIT,
  pushHistory,
  redoHistory,
  sealHistory,
  undoHistory,
} from './theme-history';

describe('theme history', () => {
  it('undoes and redoes edits in order', () => {
    let h = createHistory('a');
    h = pushHistory(h, 'b');
    h = pushHistory(h, 'c');
    expect(canUndo(h)).toBe(true);
    expect(canRedo(h)).toBe(false);
    h = undoHistory(h);
    expect(h.present).toBe('b');
    h = undoHistory(h);
    expect(h.present).toBe('a');
    expect(canUndo(h)).toBe(false);
    expect(undoHistory(h)).toBe(h);
    h = redoHistory(h);
    h = redoHistory(h);
    expect(h.present).toBe('c');
    expect(redoHistory(h)).toBe(h);
  });

  it('drops the redo branch when a new edit follows an undo', () => {
    let h = pushHistory(pushHistory(createHistory(1), 2), 3);
    h = undoHistory(h);
    h = pushHistory(h, 4);
    expect(h.present).toBe(4);
    expect(canRedo(h)).toBe(false);
    expect(undoHistory(h).present).toBe(2);
  });

  it('merges one gesture into one step, and a sealed gesture starts a new one', () => {
    let h = createHistory('#000000');
    h = pushHistory(h, '#111111', 'primary');
    h = pushHistory(h, '#222222', 'primary');
    h = pushHistory(h, '#333333', 'primary');
    expect(h.past).toEqual(['#000000']);
    h = sealHistory(h);
    h = pushHistory(h, '#444444', 'primary');
    expect(h.past).toEqual(['#000000', '#333333']);
    h = pushHistory(h, '#555555', 'border');
    expect(undoHistory(h).present).toBe('#444444');
  });

  it('ignores an edit that changes nothing', () => {
    const h = createHistory({ a: 1 });
    expect(pushHistory(h, h.present)).toBe(h);
  });

  it('keeps at most HISTORY_LIMIT steps', () => {
    let h = createHistory(0);
    for (let i = 1; i <= HISTORY_LIMIT + 50; i++) h = pushHistory(h, i);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0]).toBe(50);
  });
});
