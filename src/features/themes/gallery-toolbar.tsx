import { Link } from 'react-router';
import { buttonStyles } from '@/components/ui/button-styles';
import { inputStyles } from '@/components/ui/input-styles';
import { paths } from '@/config/paths';
import { useDebouncedUrlText } from '@/hooks/use-debounced-url-text';
import { withScope } from './studio-href';

export type ThemeKind = 'all' | 'custom' | 'system';

interface GalleryToolbarProps {
  org: string | undefined;
  search: string;
  onSearchChange: (search: string) => void;
  kind: ThemeKind;
  onKindChange: (kind: ThemeKind) => void;
}

/** Search by name and the custom/system filter (both in the URL), New theme and Import. */
export function GalleryToolbar({ org, search, onSearchChange, kind, onKindChange }: GalleryToolbarProps) {
  const [text, setText] = useDebouncedUrlText(search, onSearchChange);
  return (
    <div className="flex flex-wrap items-end gap-3">
      <div className="flex min-w-56 flex-1 flex-col gap-1.5">
        <label htmlFor="theme-search" className="text-sm font-medium">
          Search themes
        </label>
        <input
          id="theme-search"
          type="search"
          data-page-filter=""
          className={inputStyles()}
          value={text}
          placeholder="Theme name"
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <div className="flex flex-col gap-1.5">
        <label htmlFor="theme-kind" className="text-sm font-medium">
          Show
        </label>
        <select
          id="theme-kind"
          className={inputStyles('w-44')}
          value={kind}
          onChange={(event) => onKindChange(event.target.value as ThemeKind)}
        >
          <option value="all">All themes</option>
          <option value="custom">Custom themes</option>
          <option value="system">System themes</option>
        </select>
      </div>
      <div className="flex gap-2">
        <Link to={withScope(paths.themeImport.href(), org)} className={buttonStyles('outline')}>
          Import
        </Link>
        <Link to={withScope(paths.themeNew.href(), org)} data-page-create="" className={buttonStyles('primary')}>
          New theme
        </Link>
      </div>
    </div>
  );
}
