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
}

export interface ThemeSlots {
  renderThemePicker: (props: ThemePickerSlotProps) => ReactNode;
  renderThemePreview: (theme: Theme) => ReactNode;
}
