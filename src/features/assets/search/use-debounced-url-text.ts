import { useEffect, useState } from 'react';

const DEBOUNCE_MS = 300;

/**
 * A text field that mirrors a URL parameter without losing keystrokes: the field keeps its own
 * text and writes the URL once typing pauses. Waiting for a navigation on every key dropped
 * characters when typing fast. When the URL changes from elsewhere (Back, "Clear search"), the
 * field follows it; the echo of its own write does not reset what was typed since.
 */
export function useDebouncedUrlText(urlValue: string, write: (value: string) => void) {
  const [text, setText] = useState(urlValue);
  // The URL value last seen, and the value last written (or adopted from the URL).
  const [seen, setSeen] = useState(urlValue);
  const [written, setWritten] = useState(urlValue);
  if (urlValue !== seen) {
    setSeen(urlValue);
    if (urlValue !== written) {
      setWritten(urlValue);
      setText(urlValue);
    }
  }

  useEffect(() => {
    if (text === written) return;
    const timer = setTimeout(() => {
      setWritten(text);
      write(text);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, written, write]);

  /** Sets the text and writes it at once (a button, not typing). */
  const commit = (value: string) => {
    setText(value);
    setWritten(value);
    write(value);
  };
  return { text, setText, commit };
}
