import type { UseFormRegisterReturn } from 'react-hook-form';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { inputStyles } from '@/components/ui/input-styles';
import { safeColor } from '@/lib/theme-to-css-vars';
import type { TokenMatch } from './import-result';
import type { ColorToken } from './theme-draft';

interface TokenReviewRowProps {
  token: ColorToken;
  match: TokenMatch;
  /** The value in the form now (the import's, or what the user typed). */
  value: string;
  registration: UseFormRegisterReturn;
  onPick: (hex: string) => void;
  error: string | undefined;
  idBase: string;
}

const STATUS: Record<TokenMatch['status'], { label: string; tone: BadgeTone }> = {
  matched: { label: 'Matched', tone: 'success' },
  guessed: { label: 'Guessed', tone: 'warning' },
  missing: { label: 'Missing', tone: 'danger' },
};

function origin(match: TokenMatch): string {
  if (match.status === 'missing') return 'Not in the import: fill it in.';
  const where = match.line === null ? '' : ` (line ${match.line})`;
  return match.status === 'matched' ? `From ${match.from}${where}.` : `Guessed from ${match.from}${where}.`;
}

/** One token of the mapping review: how it was found, a swatch, and its colour, editable. */
export function TokenReviewRow({ token, match, value, registration, onPick, error, idBase }: TokenReviewRowProps) {
  const hex = safeColor(value.trim());
  const edited = match.status !== 'missing' && hex !== null && hex !== match.value;
  const inputId = `${idBase}-${token}`;
  return (
    <tr data-token={token} data-status={match.status} className="border-b align-top last:border-b-0">
      <th scope="row" className="py-2 pr-3 text-left font-mono text-sm font-normal">
        <label htmlFor={inputId}>{token}</label>
      </th>
      <td className="py-2 pr-3">
        <span className="flex flex-wrap items-center gap-1">
          <Badge tone={STATUS[match.status].tone}>{STATUS[match.status].label}</Badge>
          {edited ? <Badge>Edited</Badge> : null}
        </span>
        <span id={`${inputId}-origin`} className="mt-1 block text-xs text-muted-foreground">
          {origin(match)}
        </span>
      </td>
      <td className="py-2 pr-3">
        {/* Run-time style through React (CSSOM), which the CSP allows; the text says the colour. */}
        <span
          aria-hidden="true"
          className={hex ? 'block size-10 rounded-md border' : 'block size-10 rounded-md border border-dashed'}
          style={hex ? { backgroundColor: hex } : undefined}
        />
      </td>
      <td className="py-2">
        <div className="flex items-center gap-2">
          <input
            id={inputId}
            {...registration}
            autoComplete="off"
            spellCheck={false}
            placeholder="#RRGGBB"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${inputId}-origin ${inputId}-error` : `${inputId}-origin`}
            className={inputStyles('w-32 font-mono')}
          />
          <input
            type="color"
            aria-label={`Pick ${token}`}
            value={(hex ?? '#000000').toLowerCase()}
            onChange={(event) => onPick(event.target.value.toUpperCase())}
            className="h-10 w-10 cursor-pointer rounded-md border border-input bg-background p-1"
          />
        </div>
        {error ? (
          <p id={`${inputId}-error`} role="alert" className="mt-1 text-sm font-medium text-destructive">
            {error}
          </p>
        ) : null}
      </td>
    </tr>
  );
}
