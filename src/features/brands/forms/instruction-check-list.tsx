import { useId, useMemo, useRef } from 'react';
import { Button } from '@/components/ui/button';
import { applyFinding, checkInstruction, upsertVisualStyleLine, visualStyleLineIsStale, type InstructionKit } from '@/lib/instruction-check';

const KIND_LABEL = { font: 'Font', theme: 'Theme', color: 'Colour', asset: 'Asset' } as const;

interface InstructionCheckListProps {
  text: string;
  kit: InstructionKit;
  /** Puts the fixed text in place: into the editor, or saved at once on the brand's page. */
  onFix: (next: string) => void;
  /** While a fix is being saved. */
  disabled?: boolean;
}

/**
 * What in an AI instruction disagrees with the brand's kit (lib/instruction-check.ts), each with
 * a one-click replacement by the kit's value, and "Insert kit summary", which writes or refreshes
 * the one "Visual style" line. When that line describes another theme (the brand's theme was
 * changed), it offers to refresh it. After a fix, focus goes to the heading, since the fixed
 * finding's button is gone.
 */
export function InstructionCheckList({ text, kit, onFix, disabled = false }: InstructionCheckListProps) {
  const findings = useMemo(() => checkInstruction(text, kit), [text, kit]);
  const stale = useMemo(() => visualStyleLineIsStale(text, kit), [text, kit]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const fix = (next: string) => {
    onFix(next);
    headingRef.current?.focus();
  };
  const summary = () => fix(upsertVisualStyleLine(text, kit));

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3 rounded-md border bg-card p-4 text-card-foreground">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={headingId} ref={headingRef} tabIndex={-1} className="text-base font-semibold">
          Kit check
        </h3>
        <Button variant="outline" size="sm" disabled={disabled || !kit.theme} onClick={summary}>
          Insert kit summary
        </Button>
      </div>
      <p role="status" className="text-sm text-muted-foreground">
        {findings.length === 0 ? 'Matches the kit.' : `${findings.length} ${findings.length === 1 ? 'thing disagrees' : 'things disagree'} with the kit.`}
      </p>
      {stale && kit.theme ? (
        <div className="flex flex-wrap items-center gap-3 rounded-md border border-warning/40 bg-warning/10 p-3 text-sm">
          <p>The “Visual style” line does not describe this brand’s theme, {kit.theme.name}.</p>
          <Button size="sm" disabled={disabled} onClick={summary}>
            Refresh Visual style line
          </Button>
        </div>
      ) : null}
      {findings.length > 0 ? (
        <ul aria-label="Disagreements with the kit" className="flex flex-col gap-2">
          {findings.map((finding) => (
            <li key={`${finding.kind}:${finding.start}`} className="flex flex-wrap items-center justify-between gap-2 text-sm">
              <span>
                <span className="font-medium">{KIND_LABEL[finding.kind]}:</span> {finding.message}
              </span>
              {finding.replacement !== null ? (
                <Button
                  variant="outline"
                  size="sm"
                  disabled={disabled}
                  aria-label={`Replace ${finding.found} with ${finding.replacement}`}
                  onClick={() => fix(applyFinding(text, finding))}
                >
                  Use {finding.replacement}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
