import { useMemo } from 'react';
import { diffCounts, diffWords } from '@/lib/instruction-diff';
import { DiffText } from './diff-text';

/** Before saving: what the edit changes against the saved version, word by word (folded away until asked for). */
export function ChangeReview({ saved, text }: { saved: string; text: string }) {
  const parts = useMemo(() => diffWords(saved, text), [saved, text]);
  if (saved === text) return null;
  const { added, removed } = diffCounts(parts);
  return (
    <details className="rounded-md border p-3 text-sm">
      <summary className="cursor-pointer font-medium">
        Changes against the saved version: {added} {added === 1 ? 'word' : 'words'} added, {removed}{' '}
        {removed === 1 ? 'word' : 'words'} removed
      </summary>
      <div className="mt-3">
        <DiffText parts={parts} label="Changes against the saved version" />
      </div>
    </details>
  );
}
