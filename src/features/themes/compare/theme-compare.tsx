import { useSearchParams } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { CompareBody } from './compare-body';
import { ComparePickers } from './compare-pickers';

/**
 * Two themes side by side. Both choices live in the URL (`?a=&b=`, beside `?org=`), so a
 * comparison can be bookmarked, shared and reloaded; a picker change is a history entry.
 */
export function ThemeCompare({ org }: { org: string | undefined }) {
  const [params, setParams] = useSearchParams();
  const a = params.get('a') || null;
  const b = params.get('b') || null;
  const choose = (side: 'a' | 'b', id: string) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      next.set(side, id);
      return next;
    });

  return (
    <div className="flex flex-col gap-8">
      <ComparePickers org={org} a={a} b={b} onChange={choose} />
      {a && b ? (
        // Another pair is another comparison: trial fixes do not carry over.
        <CompareBody key={`${a}\n${b}`} a={a} b={b} />
      ) : (
        <EmptyState
          title="Pick two themes"
          description="Choose theme A and theme B above to compare their colours token by token, their contrast, and a preview of each."
        />
      )}
    </div>
  );
}
