import { describe, expect, it } from 'vitest';
import { matchShortcut, SEQUENCE_MS, type ShortcutKey } from './shortcut-match';

const key = (k: string, extra: Partial<ShortcutKey> = {}): ShortcutKey => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  defaultPrevented: false,
  target: document.body,
  timeStamp: 1000,
  ...extra,
});

describe('matchShortcut', () => {
  it('reads g then b, a, t as going to brands, assets, themes', () => {
    const g = matchShortcut(key('g'), null);
    expect(g).toEqual({ command: null, gPressedAt: 1000 });
    expect(matchShortcut(key('b', { timeStamp: 1200 }), g.gPressedAt).command).toBe('go-brands');
    expect(matchShortcut(key('a', { timeStamp: 1200 }), g.gPressedAt).command).toBe('go-assets');
    expect(matchShortcut(key('t', { timeStamp: 1200 }), g.gPressedAt).command).toBe('go-themes');
  });

  it('forgets a g after the sequence window, and b alone does nothing', () => {
    expect(matchShortcut(key('b', { timeStamp: 1000 + SEQUENCE_MS + 1 }), 1000).command).toBeNull();
    expect(matchShortcut(key('b'), null).command).toBeNull();
  });

  it('maps the single keys', () => {
    expect(matchShortcut(key('/'), null).command).toBe('filter');
    expect(matchShortcut(key('n'), null).command).toBe('create');
    expect(matchShortcut(key('?'), null).command).toBe('help');
  });

  it('opens the palette with Ctrl+K or Cmd+K, even from a field', () => {
    const input = document.createElement('input');
    expect(matchShortcut(key('k', { ctrlKey: true }), null).command).toBe('palette');
    expect(matchShortcut(key('K', { metaKey: true, target: input }), null).command).toBe('palette');
    expect(matchShortcut(key('k', { ctrlKey: true, altKey: true }), null).command).toBeNull();
  });

  it('ignores keys with Ctrl, Cmd or Alt, and they break a sequence', () => {
    expect(matchShortcut(key('n', { ctrlKey: true }), null).command).toBeNull();
    expect(matchShortcut(key('/', { altKey: true }), null).command).toBeNull();
    expect(matchShortcut(key('b', { metaKey: true, timeStamp: 1100 }), 1000)).toEqual({
      command: null,
      gPressedAt: null,
    });
  });

  it('ignores keys typed into fields and into open dialogs', () => {
    const host = document.createElement('div');
    host.innerHTML =
      '<input><textarea></textarea><select></select><div contenteditable="true"><b>x</b></div><div role="dialog"><button></button></div>';
    document.body.append(host);
    for (const target of host.querySelectorAll('input, textarea, select, b, button')) {
      expect(matchShortcut(key('n', { target }), null).command).toBeNull();
      expect(matchShortcut(key('b', { target, timeStamp: 1100 }), 1000).command).toBeNull();
    }
    host.remove();
  });

  it('ignores repeats and keys a handler already took', () => {
    expect(matchShortcut(key('n', { repeat: true }), null).command).toBeNull();
    expect(matchShortcut(key('n', { defaultPrevented: true }), null).command).toBeNull();
  });
});
