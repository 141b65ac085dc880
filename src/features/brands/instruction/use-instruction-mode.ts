import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export type InstructionMode = 'guided' | 'text';
const KEY = 'instruction_mode';

/** Guided or Text lives in the URL, so a reload or a shared link opens the same editor. Text is the default. */
export function useInstructionMode() {
  const [params, setParams] = useSearchParams();
  const mode: InstructionMode = params.get(KEY) === 'guided' ? 'guided' : 'text';
  const setMode = useCallback(
    (next: InstructionMode) =>
      setParams(
        (prev) => {
          const p = new URLSearchParams(prev);
          if (next === 'guided') p.set(KEY, next);
          else p.delete(KEY);
          return p;
        },
        { replace: true, preventScrollReset: true },
      ),
    [setParams],
  );
  return [mode, setMode] as const;
}
