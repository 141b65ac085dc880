import { act, cleanup, render, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDraft } from './use-draft';

beforeEach(() => sessionStorage.clear());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('useDraft', () => {
  it('gives an unmounted form its text back (the 401 redirect case)', () => {
    const first = renderHook(() => useDraft('brand-new:personal', { name: '', instructions: '' }));
    act(() => first.result.current[1]((d) => ({ ...d, name: 'Acme' })));
    act(() => first.result.current[1]((d) => ({ ...d, instructions: 'Friendly' })));
    first.unmount();

    const second = renderHook(() => useDraft('brand-new:personal', { name: '', instructions: '' }));
    expect(second.result.current[0]).toEqual({ name: 'Acme', instructions: 'Friendly' });
  });

  it('writes each set at once, so an unmount in the same tick loses nothing', () => {
    const { result, unmount } = renderHook(() => useDraft('note', ''));
    act(() => {
      result.current[1]('a');
      result.current[1]((previous) => `${previous}b`);
      unmount();
    });
    expect(sessionStorage.getItem('brandkit:draft:note')).toBe('"ab"');
  });

  it('clears the draft back to the initial value', () => {
    const { result } = renderHook(() => useDraft('note', 'start'));
    act(() => result.current[1]('changed'));
    act(() => result.current[2]());
    expect(result.current[0]).toBe('start');
    expect(sessionStorage.getItem('brandkit:draft:note')).toBeNull();
  });

  it('loads the other draft when the key changes, without showing the old one', () => {
    sessionStorage.setItem('brandkit:draft:brand:b', '"B text"');
    const seen: string[] = [];
    function Probe({ id }: { id: string }) {
      const [value] = useDraft(`brand:${id}`, '');
      seen.push(value);
      return null;
    }
    const { rerender } = render(<Probe id="a" />);
    rerender(<Probe id="b" />);
    // Every render under the new key shows B's draft, the first one included.
    expect(seen[0]).toBe('');
    expect(seen.slice(1).length).toBeGreaterThan(0);
    expect(seen.slice(1).every((value) => value === 'B text')).toBe(true);
  });

  it('ignores a stored value of another shape', () => {
    sessionStorage.setItem('brandkit:draft:form', '["not", "an", "object"]');
    const { result } = renderHook(() => useDraft('form', { name: '' }));
    expect(result.current[0]).toEqual({ name: '' });
  });

  it('still works, in memory, when storage refuses writes', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const { result } = renderHook(() => useDraft('note', ''));
    act(() => result.current[1]('kept in memory'));
    expect(result.current[0]).toBe('kept in memory');
  });
});
