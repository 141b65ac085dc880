import { useId, useMemo, useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { inputStyles } from '@/components/ui/input-styles';
import { diffWords, summarizeChange } from '@/lib/instruction-diff';
import type { InstructionVersion } from '@/lib/instruction-history';
import { DiffText } from './diff-text';

const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'medium' });
const label = (v: InstructionVersion) => when.format(new Date(v.savedAt));

interface HistoryPanelProps {
  versions: readonly InstructionVersion[];
  compareA: number | null;
  compareB: number | null;
  onCompare: (a: number, b: number) => void;
  /** The editor is open with unsaved text, which a restore would replace. */
  hasUnsaved: boolean;
  onRestore: (text: string) => void;
  onClose: () => void;
}

/**
 * The versions of the instruction saved in this browser, newest first, with a diff between any
 * two and Restore, which opens the editor on that text as an ordinary unsaved edit.
 */
export function InstructionHistoryPanel({
  versions,
  compareA,
  compareB,
  onCompare,
  hasUnsaved,
  onRestore,
  onClose,
}: HistoryPanelProps) {
  const id = useId();
  const [confirm, setConfirm] = useState<InstructionVersion | null>(null);
  const last = versions.length - 1;
  const a = Math.min(compareA ?? 1, last);
  const b = Math.min(compareB ?? 0, last);
  const parts = useMemo(
    () => (versions.length >= 2 ? diffWords(versions[a]!.text, versions[b]!.text) : []),
    [versions, a, b],
  );
  const restore = (v: InstructionVersion) => (hasUnsaved ? setConfirm(v) : onRestore(v.text));
  const select = (name: string, value: number, onChange: (n: number) => void) => (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={`${id}-${name}`} className="text-sm font-medium">
        {name}
      </label>
      <select
        id={`${id}-${name}`}
        value={value}
        onChange={(e) => onChange(Number(e.target.value))}
        className={inputStyles()}
      >
        {versions.map((v, i) => (
          <option key={v.savedAt + i} value={i}>
            {label(v)} · {v.summary}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-4 rounded-lg border p-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h3 id={`${id}-heading`} className="text-lg font-semibold">
          Instruction history
        </h3>
        <Button variant="ghost" size="sm" onClick={onClose}>
          Close history
        </Button>
      </div>
      {versions.length === 0 ? (
        <p className="text-sm text-muted-foreground">
          No saved versions yet. Each time you save the instruction in this browser, the version is kept here (the last
          30).
        </p>
      ) : (
        <ol aria-label="Saved versions, newest first" className="flex flex-col divide-y rounded-md border">
          {versions.map((v, i) => (
            <li key={v.savedAt + i} className="flex flex-wrap items-center justify-between gap-3 p-3 text-sm">
              <span className="flex flex-col">
                <time dateTime={v.savedAt} className="font-medium">
                  {label(v)}
                  {i === 0 ? ' (latest)' : ''}
                </time>
                <span className="text-muted-foreground">{v.summary}</span>
              </span>
              <Button
                variant="outline"
                size="sm"
                aria-label={`Restore the version of ${label(v)}`}
                onClick={() => restore(v)}
              >
                Restore
              </Button>
            </li>
          ))}
        </ol>
      )}
      {versions.length >= 2 ? (
        <div className="flex flex-col gap-3">
          <h4 className="font-medium">Compare two versions</h4>
          <div className="grid gap-3 sm:grid-cols-2">
            {select('From', a, (n) => onCompare(n, b))}
            {select('To', b, (n) => onCompare(a, n))}
          </div>
          <p className="text-sm text-muted-foreground">{summarizeChange(versions[a]!.text, versions[b]!.text)}</p>
          <DiffText parts={parts} label="Differences between the two versions" />
        </div>
      ) : null}
      <ConfirmDialog
        open={confirm !== null}
        onOpenChange={(open) => !open && setConfirm(null)}
        title="Replace your unsaved text with this version?"
        description="The editor holds text that has not been saved. Restoring puts this version in its place."
        cancelLabel="Keep my text"
        confirmLabel="Restore"
        onConfirm={() => {
          if (confirm) onRestore(confirm.text);
          setConfirm(null);
        }}
      />
    </section>
  );
}
