import { inputStyles } from '@/components/ui/input-styles';
import { FieldError } from '@/components/ui/field-error';
import type { ThemeDraft } from '@/lib/theme-draft';
import { FontPicker } from './font-picker';

interface DraftFieldsProps {
  draft: ThemeDraft;
  nameError: string;
  onChange: (change: Partial<Omit<ThemeDraft, 'colors'>>, group: string) => void;
  onDone: () => void;
}

/** The theme's name and its two fonts. */
export function DraftFields({ draft, nameError, onChange, onDone }: DraftFieldsProps) {
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-1.5">
        <label htmlFor="theme-name" className="text-sm font-medium">
          Name
        </label>
        <input
          id="theme-name"
          className={inputStyles()}
          value={draft.name}
          maxLength={100}
          autoComplete="off"
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? 'theme-name-error' : undefined}
          onChange={(event) => onChange({ name: event.target.value }, 'name')}
          onBlur={onDone}
        />
        <FieldError id="theme-name-error">{nameError}</FieldError>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <FontPicker
          label="Primary font"
          value={draft.font_primary}
          onChange={(font) => onChange({ font_primary: font }, 'font_primary')}
        />
        <FontPicker
          label="Secondary font"
          value={draft.font_secondary}
          onChange={(font) => onChange({ font_secondary: font }, 'font_secondary')}
        />
      </div>
    </div>
  );
}
