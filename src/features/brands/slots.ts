import type { ReactNode } from 'react';
import type { Theme } from '@contract';

/**
 * What a brand page needs from the themes feature. Features never import each other, so the
 * route passes these in (it renders ThemePicker and ThemePreview from features/themes).
 */
export interface ThemePickerSlotProps {
  org: string | undefined;
  value: string | null;
  onChange: (theme: Theme) => void;
  search: string;
  onSearchChange: (search: string) => void;
  label?: string;
  error?: string;
  /** The theme in use now: listed first and marked. */
  currentId?: string | null;
  /** One column whose height follows the window (beside a preview). */
  fill?: boolean;
  /** Focus the search field when the picker appears. */
  focusSearch?: boolean;
}

export interface ThemeSlots {
  renderThemePicker: (props: ThemePickerSlotProps) => ReactNode;
  renderThemePreview: (theme: Theme) => ReactNode;
  /** One compact line: the theme's name, colours and fonts (for a small screen or a sticky bar). */
  renderThemeSummary: (theme: Theme) => ReactNode;
}
