import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { ThemeColors } from '@contract';
import { themeQueries } from '@/api/themes';
import { ErrorState } from '@/components/ui/error-state';
import { ContrastDiffTable } from './contrast-diff-table';
import { CompareSkeleton } from './compare-skeleton';
import { PreviewPane } from './preview-pane';
import { TokenDiffTable } from './token-diff-table';
import { TrialFixes, type TrialEdit } from './trial-fixes';

/** The comparison of two chosen themes: tokens, contrast pairs, trial fixes on B, split preview. */
export function CompareBody({ a, b }: { a: string; b: string }) {
  const themeA = useQuery(themeQueries.detail(a));
  const themeB = useQuery(themeQueries.detail(b));
  // Only the trial edits are state; the themes stay in the query cache.
  const [trial, setTrial] = useState<TrialEdit[]>([]);

  if (themeA.isPending || themeB.isPending) return <CompareSkeleton />;
  const failed = [
    { side: 'A', query: themeA },
    { side: 'B', query: themeB },
  ].find(({ query }) => query.isError);
  if (failed || !themeA.data || !themeB.data) {
    return (
      <ErrorState
        title={`Theme ${failed?.side ?? ''} could not be loaded`}
        error={failed?.query.error}
        onRetry={() => {
          if (themeA.isError) void themeA.refetch();
          if (themeB.isError) void themeB.refetch();
        }}
        retrying={themeA.isFetching || themeB.isFetching}
      />
    );
  }

  const colorsB: ThemeColors = Object.assign({}, themeB.data.colors, ...trial.map((edit) => edit.patch));
  const sideA = { name: themeA.data.name, colors: themeA.data.colors };
  const nameB = trial.length > 0 ? `${themeB.data.name} (trial fixes)` : themeB.data.name;
  const sideB = { name: nameB, colors: colorsB };

  return (
    <div className="flex flex-col gap-10">
      <Section title="Colours, token by token">
        <TokenDiffTable a={sideA} b={sideB} />
      </Section>
      <Section title="Contrast pairs, A to B">
        <ContrastDiffTable a={sideA} b={sideB} />
      </Section>
      <TrialFixes
        theme={themeB.data}
        colors={colorsB}
        edits={trial}
        onFix={(edit) => setTrial((edits) => [...edits, edit])}
        onUndo={() => setTrial((edits) => edits.slice(0, -1))}
        onReset={() => setTrial([])}
      />
      <Section title="Preview">
        <div className="grid gap-4 lg:grid-cols-2">
          <PreviewPane label="A" theme={themeA.data} />
          <PreviewPane label="B" theme={{ ...themeB.data, name: nameB, colors: colorsB }} />
        </div>
      </Section>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="flex flex-col gap-3">
      <h2 className="text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}
