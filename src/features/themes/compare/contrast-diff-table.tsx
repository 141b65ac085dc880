import type { ThemeColors } from '@contract';
import { formatRatio } from '@/lib/color-math';
import { evaluateAll, type PairResult } from '../studio/contrast-pairs';
import { LevelBadge } from './level-badge';

interface ContrastDiffTableProps {
  a: { name: string; colors: Partial<ThemeColors> };
  b: { name: string; colors: Partial<ThemeColors> };
}

/** "Higher by 2.31" / "lower by 0.50" / "same": the direction in words, not only an arrow. */
function change(a: PairResult, b: PairResult): string {
  if (a.ratio === null || b.ratio === null) return '–';
  const diff = b.ratio - a.ratio;
  if (Math.abs(diff) < 0.005) return 'same';
  return `${diff > 0 ? '↑ higher' : '↓ lower'} by ${Math.abs(diff).toFixed(2)}`;
}

/** How each contrast pair the renderer draws changes from A to B: ratio and WCAG level on each side. */
export function ContrastDiffTable({ a, b }: ContrastDiffTableProps) {
  const resultsA = evaluateAll(a.colors);
  const resultsB = evaluateAll(b.colors);
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-compare="contrast">
        <caption className="mb-2 text-left text-sm text-muted-foreground">
          WCAG 2 contrast: text needs 4.5:1 for AA and 7:1 for AAA; borders need 3:1.
        </caption>
        <thead>
          <tr className="text-left text-xs text-muted-foreground">
            <th scope="col" className="py-1 pr-3 font-medium">Pair</th>
            <th scope="col" className="py-1 pr-3 font-medium">A: {a.name}</th>
            <th scope="col" className="py-1 pr-3 font-medium">B: {b.name}</th>
            <th scope="col" className="py-1 font-medium">Change</th>
          </tr>
        </thead>
        <tbody>
          {resultsA.map((resultA, index) => {
            const resultB = resultsB[index]!;
            return (
              <tr key={resultA.pair.id} className="border-t" data-pair-row={resultA.pair.id}>
                <th scope="row" className="py-2 pr-3 text-left font-normal">
                  {resultA.pair.label}
                </th>
                <td className="py-2 pr-3">
                  <Ratio result={resultA} />
                </td>
                <td className="py-2 pr-3">
                  <Ratio result={resultB} />
                </td>
                <td className="py-2 text-sm whitespace-nowrap">{change(resultA, resultB)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Ratio({ result }: { result: PairResult }) {
  return (
    <span className="inline-flex items-center gap-2 whitespace-nowrap">
      <span className="font-mono">{result.ratio === null ? '–' : formatRatio(result.ratio)}</span>
      <LevelBadge level={result.level} />
    </span>
  );
}
