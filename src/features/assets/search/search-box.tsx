import { useId } from 'react';
import { Button } from '@/components/ui/button';
import { inputStyles } from '@/components/ui/input-styles';
import { useDebouncedUrlText } from '@/hooks/use-debounced-url-text';

interface SearchBoxProps {
  /** The URL's `q`. */
  query: string;
  onQueryChange: (q: string) => void;
}

/** The library's search field: names, slugs, tags and categories of the assets. */
export function SearchBox({ query, onQueryChange }: SearchBoxProps) {
  const id = useId();
  const [text, setText, commit] = useDebouncedUrlText(query, onQueryChange);
  return (
    <div className="flex min-w-0 flex-1 basis-64 flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        Search assets
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            // Enter searches at once; Escape in a filled field clears it (not the selection).
            if (e.key === 'Enter') commit(text);
            if (e.key === 'Escape' && text) {
              e.stopPropagation();
              commit('');
            }
          }}
          placeholder="Name, tag or category"
          autoComplete="off"
          data-page-filter
          maxLength={200}
          className={inputStyles('min-w-0')}
        />
        {text ? (
          <Button variant="ghost" onClick={() => commit('')}>
            Clear search
          </Button>
        ) : null}
      </div>
    </div>
  );
}
