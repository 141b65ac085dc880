import { useState } from 'react';
import { FieldError } from '@/components/ui/field-error';
import { inputStyles } from '@/components/ui/input-styles';
import { normalizeHex } from '@/lib/color-math';

interface HexFieldProps {
  id: string;
  /** Shown in the label and messages: "Primary". */
  label: string;
  /** The token's colour, #RRGGBB. */
  value: string;
  /** A valid colour typed: normalised to #RRGGBB. */
  onChange: (hex: string) => void;
  /** The field was left: the typing gesture is over (one undo step). */
  onDone: () => void;
}

/**
 * The hex of one token as text: `#abc`, `abc`, `#AABBCC` all count and become `#AABBCC`. Keeps
 * the user's own text while they type (an incomplete value is not an error until they leave),
 * and follows the value when it changes elsewhere (the picker, undo).
 */
export function HexField({ id, label, value, onChange, onDone }: HexFieldProps) {
  const [state, setState] = useState({ text: value, value, error: '' });
  let current = state;
  if (value !== state.value) {
    // Changed elsewhere: show it, unless the text already says the same colour.
    current = { text: normalizeHex(state.text) === value ? state.text : value, value, error: '' };
    setState(current);
  }
  const errorId = `${id}-error`;
  return (
    // `contents`: the input and its message are cells of the token's row (see ColorTokenControl).
    <div className="contents">
      <label htmlFor={id} className="sr-only">
        {`${label} hex`}
      </label>
      <input
        id={id}
        className={inputStyles('font-mono uppercase')}
        value={current.text}
        spellCheck={false}
        autoComplete="off"
        maxLength={7}
        aria-invalid={current.error ? true : undefined}
        aria-describedby={current.error ? errorId : undefined}
        onChange={(event) => {
          const text = event.target.value;
          const hex = normalizeHex(text);
          setState({ text, value: hex ?? current.value, error: '' });
          if (hex && hex !== value) onChange(hex);
        }}
        onBlur={() => {
          onDone();
          if (normalizeHex(current.text) === null) {
            setState({ ...current, error: `${label}: enter a colour as #RGB or #RRGGBB. It stays ${value}.` });
          } else setState({ ...current, text: value });
        }}
      />
      <div className="col-span-full">
        <FieldError id={errorId}>{current.error}</FieldError>
      </div>
    </div>
  );
}
