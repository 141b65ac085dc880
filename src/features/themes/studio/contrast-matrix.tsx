import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ThemeColors } from '@contract';
import { Button } from '@/components/ui/button';
import { fixAll, fixForPair, type FixTarget, type PairFix } from './contrast-fixes';
import { evaluateAll, type ContrastPair } from './contrast-pairs';
import { ContrastRow } from './contrast-row';

interface ContrastMatrixProps {
  colors: ThemeColors;
  /** One call per fix (or per "Fix all"): the caller applies it as one undoable edit. */
  onFix: (patch: Partial<ThemeColors>, label: string) => void;
}

const TARGETS: ReadonlyArray<{ value: FixTarget; label: string }> = [
  { value: 'fg', label: 'Text or border colour' },
  { value: 'bg', label: 'Surface colour' },
];

/**
 * WCAG 2 contrast of every pair the renderer draws, recomputed from `colors` on every render, so
 * it follows the draft live. Failing pairs offer a lightness-only fix with before and after.
 */
export function ContrastMatrix({ colors, onFix }: ContrastMatrixProps) {
  const id = useId();
  const [target, setTarget] = useState<FixTarget>('fg');
  const results = useMemo(() => evaluateAll(colors), [colors]);
  const fixes = useMemo(
    () => new Map(results.filter((r) => r.level === 'fail').map((r) => [r.pair.id, fixForPair(r, target)])),
    [results, target],
  );
  const failing = results.filter((r) => r.level === 'fail').length;
  const fixable = [...fixes.values()].filter(Boolean).length;

  // A fix removes its own button; focus moves to the next failing pair's button, or the heading.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  // The pair id to focus once the fixed colours come back (null: the heading); a ref, not state,
  // since it only steers focus after the caller's re-render.
  const focusAfterFix = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (focusAfterFix.current === undefined) return;
    const next = focusAfterFix.current === null ? undefined : buttons.current.get(focusAfterFix.current);
    (next ?? headingRef.current)?.focus();
    focusAfterFix.current = undefined;
  }, [results]);

  const apply = (fix: PairFix, pair: ContrastPair) => {
    const ids = [...fixes.keys()];
    const next = ids.slice(ids.indexOf(pair.id) + 1).find((pairId) => fixes.get(pairId));
    focusAfterFix.current = next ?? null;
    onFix({ [fix.token]: fix.after }, `Fix contrast: ${pair.label}`);
  };

  const applyAll = () => {
    const { patch, fixed } = fixAll(colors, target);
    focusAfterFix.current = null;
    onFix(patch, `Fix contrast of ${fixed} ${fixed === 1 ? 'pair' : 'pairs'}`);
  };

  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-3" data-contrast-matrix="">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="flex flex-col gap-1">
          <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1} className="text-lg font-semibold outline-none">
            Contrast
          </h2>
          <p role="status" className="text-sm text-muted-foreground">
            {failing === 0
              ? `All ${results.length} pairs pass WCAG AA.`
              : `${failing} of ${results.length} pairs fail WCAG AA.`}
          </p>
        </div>
        <Button size="sm" onClick={applyAll} disabled={fixable === 0}>
          Fix all{fixable > 0 ? ` (${fixable})` : ''}
        </Button>
      </div>
      <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <legend className="mb-1 text-sm font-medium">A fix changes the lightness of the</legend>
        {TARGETS.map((option) => (
          <label key={option.value} className="inline-flex items-center gap-1.5">
            <input
              type="radio"
              name={`${id}-target`}
              value={option.value}
              checked={target === option.value}
              onChange={() => setTarget(option.value)}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">WCAG 2 contrast of every colour pair the theme draws</caption>
          <thead>
            <tr className="text-left text-xs text-muted-foreground">
              <th scope="col" className="py-1 pr-3 font-medium">Pair</th>
              <th scope="col" className="py-1 pr-3 font-medium">Sample</th>
              <th scope="col" className="py-1 pr-3 font-medium">Ratio</th>
              <th scope="col" className="py-1 pr-3 font-medium">AA</th>
              <th scope="col" className="py-1 pr-3 font-medium">AAA</th>
              <th scope="col" className="py-1 font-medium">Fix</th>
            </tr>
          </thead>
          <tbody>
            {results.map((result) => (
              <ContrastRow
                key={result.pair.id}
                result={result}
                fix={fixes.has(result.pair.id) ? fixes.get(result.pair.id) : undefined}
                onApply={(fix) => apply(fix, result.pair)}
                fixRef={(el) => {
                  if (el) buttons.current.set(result.pair.id, el);
                  else buttons.current.delete(result.pair.id);
                }}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
