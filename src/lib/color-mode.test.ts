import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyColorMode, effectiveColorMode, getColorMode, setColorMode, subscribeColorMode, toggleColorMode } from './color-mode';

function meta(): HTMLMetaElement {
  let el = document.querySelector<HTMLMetaElement>('meta[name="color-scheme"]');
  if (!el) {
    el = document.createElement('meta');
    el.name = 'color-scheme';
    el.content = 'light dark';
    document.head.append(el);
  }
  return el;
}

afterEach(() => {
  setColorMode('system');
  vi.unstubAllGlobals();
});

describe('color mode', () => {
  it('follows the system when nothing was chosen', () => {
    expect(getColorMode()).toBe('system');
    expect(document.documentElement.classList.contains('dark')).toBe(false);
  });

  it('remembers a choice in the cookie the server reads, and applies it', () => {
    meta();
    setColorMode('dark');
    expect(document.cookie).toContain('bks_color_mode=dark');
    expect(getColorMode()).toBe('dark');
    expect(document.documentElement.className).toBe('dark');
    expect(meta().content).toBe('dark');

    setColorMode('light');
    expect(getColorMode()).toBe('light');
    expect(document.documentElement.className).toBe('light');
    expect(meta().content).toBe('light');
  });

  it('System removes the cookie and the classes', () => {
    meta();
    setColorMode('dark');
    setColorMode('system');
    expect(document.cookie).not.toContain('bks_color_mode');
    expect(getColorMode()).toBe('system');
    expect(document.documentElement.classList.contains('dark')).toBe(false);
    expect(document.documentElement.classList.contains('light')).toBe(false);
    expect(meta().content).toBe('light dark');
  });

  it('reads an unknown cookie value as System', () => {
    document.cookie = 'bks_color_mode=sepia; Path=/';
    expect(getColorMode()).toBe('system');
  });

  it('applyColorMode leaves other classes on <html> alone', () => {
    document.documentElement.classList.add('keep');
    applyColorMode('dark');
    expect(document.documentElement.classList.contains('keep')).toBe(true);
    applyColorMode('system');
    expect(document.documentElement.className).toBe('keep');
    document.documentElement.classList.remove('keep');
  });

  it('resolves System with the system preference', () => {
    expect(effectiveColorMode('system', true)).toBe('dark');
    expect(effectiveColorMode('system', false)).toBe('light');
    expect(effectiveColorMode('light', true)).toBe('light');
    expect(effectiveColorMode('dark', false)).toBe('dark');
  });

  it('toggle flips what is shown: a dark system becomes Light', () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('dark') }));
    expect(toggleColorMode()).toBe('light');
    expect(toggleColorMode()).toBe('dark');
    vi.stubGlobal('matchMedia', () => ({ matches: false }));
    setColorMode('system');
    expect(toggleColorMode()).toBe('dark');
  });

  it('tells subscribers about every change', () => {
    const listener = vi.fn();
    const stop = subscribeColorMode(listener);
    setColorMode('dark');
    setColorMode('light');
    stop();
    setColorMode('system');
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
