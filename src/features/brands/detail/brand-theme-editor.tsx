import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { Theme } from '@contract';
import { Button } from '@/components/ui/button';
import type { ThemeSlots } from '../slots';

interface BrandThemeEditorProps extends ThemeSlots {
  org: string | undefined;
  /** The brand's saved theme id. */
  savedId: string | null;
  /** The radio that is checked: the theme being tried, else the saved one. */
  value: string | null;
  /** The theme being tried (not the saved one), once the list has it. */
  candidate: Theme | null;
  /** What the preview shows: the candidate, else the saved theme. */
  shown: Theme | null;
  search: string;
  onSearchChange: (search: string) => void;
  onChoose: (theme: Theme) => void;
  onSave: () => void;
  onCancel: () => void;
  /** Opened by the user just now: bring the editor into view and put focus in its search. */
  arrive: boolean;
}

/**
 * Choosing a theme beside its live preview. From `lg` up the choices are a column that stays in
 * view (sticky, its list scrolling inside) while the preview scrolls with the page; below that
 * the list is short and the preview follows it. In both, the bar with Save sticks to the bottom
 * of the window and shows the theme being tried, so the decision is always one glance away.
 * Escape anywhere in it cancels, like Cancel.
 */
export function BrandThemeEditor(props: BrandThemeEditorProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const { arrive } = props;
  useEffect(() => {
    // The whole section, so its heading (saved theme, theme being previewed) is in view too.
    // Instant, not smooth: the focused search must be on screen when the user starts typing.
    const root = rootRef.current;
    if (arrive) (root?.closest('section') ?? root)?.scrollIntoView({ block: 'start' });
  }, [arrive]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    props.onCancel();
  };

  return (
    // Escape is a shortcut for the Cancel button, which the keyboard reaches as well.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div ref={rootRef} onKeyDown={onKeyDown} className="flex flex-col gap-4">
      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[minmax(18rem,22rem)_minmax(0,1fr)]">
        <div className="flex flex-col rounded-lg border bg-card p-4 lg:sticky lg:top-2">
          {props.renderThemePicker({
            org: props.org,
            value: props.value,
            onChange: props.onChoose,
            search: props.search,
            onSearchChange: props.onSearchChange,
            label: 'Choose a theme',
            currentId: props.savedId,
            fill: true,
            focusSearch: arrive,
          })}
        </div>
        <div className="min-w-0">
          {props.shown ? (
            props.renderThemePreview(props.shown)
          ) : (
            <p className="rounded-md border border-dashed p-4 text-sm text-muted-foreground">
              Choose a theme to preview it here.
            </p>
          )}
        </div>
      </div>
      <div
        data-theme-save-bar=""
        className="sticky bottom-0 z-10 -mx-4 flex flex-col gap-3 border-t bg-background px-4 py-3 lg:flex-row lg:items-center"
      >
        {props.shown ? <div className="flex min-w-0 lg:hidden">{props.renderThemeSummary(props.shown)}</div> : null}
        <div className="flex flex-wrap items-center gap-3">
          <Button onClick={props.onSave} disabled={!props.candidate}>
            Save theme
          </Button>
          <Button variant="outline" onClick={props.onCancel}>
            Cancel
          </Button>
          <p role="status" className="text-sm text-muted-foreground">
            {props.candidate
              ? `Previewing ${props.candidate.name}. Not saved yet.`
              : 'Choose a theme to preview it.'}
          </p>
        </div>
      </div>
    </div>
  );
}
