import { startTransition, Suspense, use, useState } from 'react';
import { act, cleanup, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDebouncedUrlText } from './use-debounced-url-text';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** The hook over a fake "URL" whose updates land only when the test says so (a slow navigation). */
function setup(initial = '') {
  const writes: string[] = [];
  const write = vi.fn((text: string) => writes.push(text));
  const hook = renderHook(({ url }) => useDebouncedUrlText(url, write, 300), { initialProps: { url: initial } });
  const type = (text: string) => act(() => hook.result.current[1](text));
  const land = (url: string) => hook.rerender({ url });
  return { hook, writes, write, type, land, text: () => hook.result.current[0] };
}

describe('useDebouncedUrlText', () => {
  it('keeps every key at once and writes the URL once, after the typing pauses', () => {
    const t = setup();
    for (const text of ['d', 'de', 'des', 'dese']) {
      t.type(text);
      act(() => vi.advanceTimersByTime(100));
    }
    expect(t.text()).toBe('dese');
    expect(t.writes).toEqual([]);
    act(() => vi.advanceTimersByTime(300));
    expect(t.writes).toEqual(['dese']);
  });

  it('ignores its own late echoes, even an older one that lands while the user types on', () => {
    const t = setup();
    t.type('de');
    act(() => vi.advanceTimersByTime(300));
    t.type('des');
    act(() => vi.advanceTimersByTime(300));
    expect(t.writes).toEqual(['de', 'des']);
    t.type('dese');
    // The first navigation lands only now: the field must not go back to "de".
    t.land('de');
    expect(t.text()).toBe('dese');
    t.land('des');
    expect(t.text()).toBe('dese');
    act(() => vi.advanceTimersByTime(300));
    expect(t.writes).toEqual(['de', 'des', 'dese']);
  });

  it('takes a change made outside (Back, a clear button) and drops the write that was waiting', () => {
    const t = setup('forest');
    t.type('forestx');
    t.land('');
    expect(t.text()).toBe('');
    act(() => vi.advanceTimersByTime(1_000));
    expect(t.writes).toEqual([]);
    t.land('sand');
    expect(t.text()).toBe('sand');
  });

  it('writes nothing when the text comes back to what the URL holds', () => {
    const t = setup('a');
    t.type('ab');
    t.type('a');
    act(() => vi.advanceTimersByTime(1_000));
    expect(t.write).not.toHaveBeenCalled();
  });

  it('commits at once (Enter, a Clear button) and treats the echo as its own', () => {
    const t = setup('old');
    act(() => t.hook.result.current[2](''));
    expect(t.text()).toBe('');
    expect(t.writes).toEqual(['']);
    t.land('');
    act(() => vi.advanceTimersByTime(1000));
    expect(t.writes).toEqual(['']);
    expect(t.text()).toBe('');
  });
});

describe('useDebouncedUrlText in a concurrent render', () => {
  beforeEach(() => vi.useRealTimers());

  it('keeps a key typed while the URL change still renders in a transition', async () => {
    // The router renders a navigation in a transition; here it waits on `gate`, as a slow render
    // would, while the user types on (an urgent render with the previous URL).
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let navigate!: (url: string) => void;
    function Slow({ url }: { url: string }) {
      if (url === 'de') use(gate);
      return null;
    }
    function Field({ url }: { url: string }) {
      const [text, setText, commit] = useDebouncedUrlText(url, (next) => startTransition(() => navigate(next)), 60_000);
      return (
        <>
          <input aria-label="Search" value={text} onChange={(event) => setText(event.target.value)} />
          <button type="button" onClick={() => commit('de')}>
            Write
          </button>
        </>
      );
    }
    function Harness() {
      const [url, setUrl] = useState('');
      navigate = setUrl;
      return (
        <>
          <Field url={url} />
          <Suspense fallback={null}>
            <Slow url={url} />
          </Suspense>
        </>
      );
    }
    render(<Harness />);
    const field = screen.getByRole<HTMLInputElement>('textbox', { name: 'Search' });
    fireEvent.change(field, { target: { value: 'de' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Write' })));
    await act(async () => fireEvent.change(field, { target: { value: 'des' } }));
    expect(field.value).toBe('des');
    await act(async () => open());
    expect(field.value).toBe('des');
    await act(async () => fireEvent.change(field, { target: { value: 'dese' } }));
    expect(field.value).toBe('dese');
  });
});
