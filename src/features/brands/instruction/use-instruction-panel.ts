import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

type InstructionPanel = 'history' | 'brief';
const KEY = 'instruction_panel';
const A = 'history_a';
const B = 'history_b';

/** The open instruction panel (history, or what the AI is told) and the two versions compared, in the URL. */
export function useInstructionPanel() {
  const [params, setParams] = useSearchParams();
  const raw = params.get(KEY);
  const panel: InstructionPanel | null = raw === 'history' || raw === 'brief' ? raw : null;
  const index = (name: string) => {
    const n = Number(params.get(name));
    return params.has(name) && Number.isInteger(n) && n >= 0 ? n : null;
  };
  const change = useCallback(
    (edit: (p: URLSearchParams) => void, replace: boolean) =>
      setParams(
        (prev) => {
          const p = new URLSearchParams(prev);
          edit(p);
          return p;
        },
        { replace, preventScrollReset: true },
      ),
    [setParams],
  );
  const open = useCallback((next: InstructionPanel) => change((p) => p.set(KEY, next), false), [change]);
  const close = useCallback(() => change((p) => [KEY, A, B].forEach((k) => p.delete(k)), true), [change]);
  const compare = useCallback(
    (a: number, b: number) =>
      change((p) => {
        p.set(A, String(a));
        p.set(B, String(b));
      }, true),
    [change],
  );
  return { panel, compareA: index(A), compareB: index(B), open, close, compare };
}
