import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * A text field whose value also lives in the URL (so a reload or a link keeps it). The field
 * keeps its own state and the URL is written `delay` ms after the last key: a URL write is a
 * navigation, and a field whose value waits for one loses keys typed in the meantime.
 *
 * A URL value this hook wrote is its own echo (it may arrive late, or skip intermediate values);
 * any other change of the URL (Back, a link, another control clearing it) replaces the text and
 * drops the write that was waiting.
 *
 * The URL is judged only once a render with it has committed (in an effect), never while
 * rendering: the router renders a navigation in a transition, and a key typed meanwhile renders
 * urgently with the previous URL. State adjusted during the transition's render can reach that
 * urgent render, which then took the previous URL for someone else's change and replaced the
 * text with it (seen on a loaded machine: "dusk, warm" typed, "dusk,rm" kept).
 *
 * `write` may be a new function on every render; the latest one is used.
 */
export function useDebouncedUrlText(
  urlValue: string,
  write: (text: string) => void,
  delay = 300,
): [text: string, setText: (text: string) => void, commit: (text: string) => void] {
  const [text, setText] = useState(urlValue);
  /** The URL's value as of the last committed render. */
  const url = useRef(urlValue);
  /** Values written to the URL that it has not reported back yet, oldest first. */
  const pending = useRef<string[]>([]);

  const writeRef = useRef(write);
  useEffect(() => {
    writeRef.current = write;
  }, [write]);

  useEffect(() => {
    if (urlValue === url.current) return;
    url.current = urlValue;
    const echo = pending.current.lastIndexOf(urlValue);
    if (echo >= 0) {
      pending.current = pending.current.slice(echo + 1);
      return;
    }
    pending.current = [];
    // A change made outside the field: it replaces the text (the pending write is dropped with
    // it, since the debounce below compares against the URL again). This must wait for the
    // commit, see above, so it cannot be computed while rendering.
    setText(urlValue);
  }, [urlValue]);

  useEffect(() => {
    const timer = setTimeout(() => {
      // What the URL will hold once every write so far has landed.
      const target = pending.current.at(-1) ?? url.current;
      if (text === target) return;
      pending.current = [...pending.current, text];
      writeRef.current(text);
    }, delay);
    return () => clearTimeout(timer);
  }, [text, delay]);

  /** Sets the text and writes it to the URL at once (Enter, a Clear button: not typing). */
  const commit = useCallback((next: string) => {
    setText(next);
    pending.current = [...pending.current, next];
    writeRef.current(next);
  }, []);
  return [text, setText, commit];
}
