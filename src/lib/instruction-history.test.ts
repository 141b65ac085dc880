import { afterEach, describe, expect, it } from 'vitest';
import { addVersion, HISTORY_LIMIT, historyKey, readHistory, writeHistory } from './instruction-history';

const at = (n: number) => new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString();

describe('addVersion', () => {
  it('keeps what the first save replaced, then each save newest first with its summary', () => {
    let list = addVersion([], { text: 'Voice: calm', before: 'Voice: warm', savedAt: at(2), beforeAt: at(1) });
    expect(list).toEqual([
      { text: 'Voice: calm', savedAt: at(2), summary: 'Voice changed' },
      { text: 'Voice: warm', savedAt: at(1), summary: 'As found before your first save here' },
    ]);
    list = addVersion(list, { text: 'Voice: calm\n\nAlways:\n- a\n- b', before: 'ignored', savedAt: at(3) });
    expect(list[0]).toEqual({ text: 'Voice: calm\n\nAlways:\n- a\n- b', savedAt: at(3), summary: '+2 Always rules' });
    expect(addVersion(list, { text: list[0]!.text, before: '', savedAt: at(4) })).toEqual(list);
  });

  it('starts from an empty instruction without an "as found" entry and keeps the last 30', () => {
    let list = addVersion([], { text: 'a', before: '', savedAt: at(0) });
    expect(list).toEqual([{ text: 'a', savedAt: at(0), summary: 'First version' }]);
    for (let i = 1; i <= 40; i += 1) list = addVersion(list, { text: `v${i}`, before: '', savedAt: at(i) });
    expect(list).toHaveLength(HISTORY_LIMIT);
    expect(list[0]!.text).toBe('v40');
    expect(list[HISTORY_LIMIT - 1]!.text).toBe('v11');
  });
});

describe('stored history', () => {
  afterEach(() => window.localStorage.clear());

  it('is kept per user and brand, and ignores what it cannot read', () => {
    const mine = historyKey('user_a', 'brand_1');
    writeHistory(mine, [{ text: 'x', savedAt: at(0), summary: 'First version' }]);
    expect(readHistory(mine)).toHaveLength(1);
    expect(readHistory(historyKey('user_b', 'brand_1'))).toEqual([]);
    window.localStorage.setItem(mine, '{not json');
    expect(readHistory(mine)).toEqual([]);
    window.localStorage.setItem(mine, JSON.stringify([{ text: 1 }, { text: 'ok', savedAt: at(1), summary: 's' }]));
    expect(readHistory(mine)).toEqual([{ text: 'ok', savedAt: at(1), summary: 's' }]);
  });
});
