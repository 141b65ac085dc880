import { useCallback, useEffect, useRef, useState } from 'react';

interface TextState {
  /** What the field shows: the user's own typing, never held back by a navigation. */
  text: string;
  /** The URL's value as this hook last saw it. */
  url: string;
  /** Values written to the URL that it has not reported back yet, oldest first. */
  pending: string[];
}

/**
 * A text field whose value also lives in the URL (so a reload or a link keeps it). The field
 * keeps its own state and the URL is written `delay` ms after the last key: a URL write is a
 * navigation, and a field whose value waits for one loses keys typed in the meantime.
 *
 * A URL value this hook wrote is its own echo (it may arrive late, or skip intermediate values);
 * any other change of the URL (Back, a link, another control clearing it) replaces the text and
 * drops the write that was waiting.
 *
 * `write` may be a new function on every render; the latest one is used.
 */
export function useDebouncedUrlText(
  urlValue: string,
  write: (text: string) => void,
  delay = 300,
): [text: string, setText: (text: string) => void, commit: (text: string) => void] {
  const [state, setState] = useState<TextState>({ text: urlValue, url: urlValue, pending: [] });
  let current = state;
  if (urlValue !== state.url) {
    // Adjusting state while rendering (React's pattern for "state derived from a changed prop").
    const echo = state.pending.lastIndexOf(urlValue);
    current =
      echo >= 0
        ? { text: state.text, url: urlValue, pending: state.pending.slice(echo + 1) }
        : { text: urlValue, url: urlValue, pending: [] };
    setState(current);
  }

  const writeRef = useRef(write);
  useEffect(() => {
    writeRef.current = write;
  }, [write]);

  const { text } = current;
  // What the URL will hold once every write so far has landed.
  const target = current.pending.at(-1) ?? current.url;
  useEffect(() => {
    if (text === target) return;
    const timer = setTimeout(() => {
      setState((prev) => ({ ...prev, pending: [...prev.pending, text] }));
      writeRef.current(text);
    }, delay);
    return () => clearTimeout(timer);
  }, [text, target, delay]);

  const setText = useCallback((next: string) => setState((prev) => ({ ...prev, text: next })), []);
  /** Sets the text and writes it to the URL at once (Enter, a Clear button: not typing). */
  const commit = useCallback((next: string) => {
    setState((prev) => ({ text: next, url: prev.url, pending: [...prev.pending, next] }));
    writeRef.current(next);
  }, []);
  return [text, setText, commit];
}
