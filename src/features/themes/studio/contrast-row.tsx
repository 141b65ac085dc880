import type { ReactNode, Ref } from 'react';
import { Button } from '@/components/ui/button';
import { formatRatio } from '@/lib/color-math';
import { ContrastBadge } from './contrast-badge';
import type { PairFix } from './contrast-fixes';
import { minimumFor, type PairResult } from './contrast-pairs';
import { PairSample } from './pair-sample';

interface ContrastRowProps {
  result: PairResult;
  /** The fix for a failing pair, null when none passes; undefined when the pair needs none. */
  fix: PairFix | null | undefined;
  onApply: (fix: PairFix) => void;
  fixRef?: Ref<HTMLButtonElement>;
}

/** One pair of the matrix: sample, ratio, AA / AAA badges and, when it fails, the fix preview. */
export function ContrastRow({ result, fix, onApply, fixRef }: ContrastRowProps) {
  const { pair, fg, bg, ratio, level } = result;
  return (
    <tr className="border-t align-middle" data-pair={pair.id} data-level={level ?? 'unknown'}>
      <th scope="row" className="py-2 pr-3 text-left font-normal">
        <span className="block font-medium">{pair.label}</span>
        <span className="block font-mono text-xs text-muted-foreground">
          {pair.fg} on {pair.bg}
        </span>
      </th>
      <td className="py-2 pr-3">
        {fg && bg ? (
          <PairSample fg={fg} bg={bg} kind={pair.kind} />
        ) : (
          <span className="text-xs text-muted-foreground">Not a colour</span>
        )}
      </td>
      <td className="py-2 pr-3 font-mono text-sm whitespace-nowrap">
        {ratio === null ? '–' : formatRatio(ratio)}
        <span className="block text-xs text-muted-foreground">needs {minimumFor(pair.kind)}:1</span>
      </td>
      <td className="py-2 pr-3">
        <ContrastBadge grade="AA" level={level} kind={pair.kind} />
      </td>
      <td className="py-2 pr-3">
        <ContrastBadge grade="AAA" level={level} kind={pair.kind} />
      </td>
      <td className="py-2">
        {fix === undefined ? null : fix === null ? (
          <span className="text-xs text-muted-foreground">No lightness of {pair.fg} passes; change its hue or the other colour.</span>
        ) : (
          <div className="flex flex-wrap items-center gap-2" data-fix-preview={pair.id}>
            <FixSwatch label="Before" hex={fix.before} sample={<PairSample fg={fg!} bg={bg!} kind={pair.kind} />} />
            <span aria-hidden="true">→</span>
            <FixSwatch
              label="After"
              hex={fix.after}
              sample={
                <PairSample
                  fg={fix.token === pair.fg ? fix.after : fg!}
                  bg={fix.token === pair.bg ? fix.after : bg!}
                  kind={pair.kind}
                />
              }
            />
            <Button
              ref={fixRef}
              size="sm"
              variant="outline"
              onClick={() => onApply(fix)}
              aria-label={`Fix ${pair.label}: set ${fix.token} from ${fix.before} to ${fix.after}`}
            >
              Fix
            </Button>
          </div>
        )}
      </td>
    </tr>
  );
}

/** The pair drawn before or after the fix, with the changed colour's hex. */
function FixSwatch({ label, hex, sample }: { label: string; hex: string; sample: ReactNode }) {
  return (
    <span className="inline-flex items-center gap-1 text-xs" data-fix-swatch={label.toLowerCase()}>
      {sample}
      <span>
        <span className="sr-only">{label}: </span>
        <span className="font-mono">{hex}</span>
      </span>
    </span>
  );
}
