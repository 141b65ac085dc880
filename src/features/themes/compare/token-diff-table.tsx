import type { ThemeColors } from '@contract';
import { deltaEOk } from '@/lib/color-math';
import { COLOR_TOKENS, safeColor } from '@/lib/theme-to-css-vars';

interface TokenDiffTableProps {
  a: { name: string; colors: Partial<ThemeColors> };
  b: { name: string; colors: Partial<ThemeColors> };
}

/** Words for a ΔE in OKLab units (L 0–1): ~0.02 is the just-noticeable difference. */
function describe(delta: number): string {
  if (delta < 0.0005) return 'same';
  if (delta < 0.02) return 'barely visible';
  if (delta < 0.1) return 'noticeable';
  return 'very different';
}

/** Token by token: both swatches and hexes, and their perceptual distance (ΔE OKLab). */
export function TokenDiffTable({ a, b }: TokenDiffTableProps) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-compare="tokens">
        <caption className="mb-2 text-left text-sm text-muted-foreground">
          ΔE is the distance in OKLab: 0 is identical, about 0.02 is just noticeable, black to white is 1.
        </caption>
        <thead>
          <tr className="text-left text-xs text-muted-foreground">
            <th scope="col" className="py-1 pr-3 font-medium">Token</th>
            <th scope="col" className="py-1 pr-3 font-medium">A: {a.name}</th>
            <th scope="col" className="py-1 pr-3 font-medium">B: {b.name}</th>
            <th scope="col" className="py-1 font-medium">ΔE (OKLab)</th>
          </tr>
        </thead>
        <tbody>
          {COLOR_TOKENS.map((token) => {
            const hexA = safeColor(a.colors[token]);
            const hexB = safeColor(b.colors[token]);
            const delta = hexA && hexB ? deltaEOk(hexA, hexB) : null;
            return (
              <tr key={token} className="border-t" data-token-row={token}>
                <th scope="row" className="py-2 pr-3 text-left font-mono text-xs font-normal">
                  {token}
                </th>
                <td className="py-2 pr-3">
                  <Hex hex={hexA} />
                </td>
                <td className="py-2 pr-3">
                  <Hex hex={hexB} />
                </td>
                <td className="py-2 font-mono text-sm whitespace-nowrap" data-delta-e={delta ?? ''}>
                  {delta === null ? '–' : `${delta.toFixed(3)}`}{' '}
                  <span className="font-sans text-xs text-muted-foreground">{delta === null ? '' : describe(delta)}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Hex({ hex }: { hex: string | null }) {
  if (!hex) return <span className="text-xs text-muted-foreground">Not a colour</span>;
  return (
    <span className="inline-flex items-center gap-2">
      <span aria-hidden="true" className="size-6 rounded-sm border" style={{ backgroundColor: hex }} />
      <span className="font-mono text-xs">{hex}</span>
    </span>
  );
}
