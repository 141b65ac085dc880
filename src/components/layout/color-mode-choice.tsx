import { useColorMode } from '@/hooks/use-color-mode';
import { COLOR_MODES, type ColorMode } from '@/lib/color-mode';

const LABELS: Record<ColorMode, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/**
 * System, Light or Dark, in the account panel (a lazy chunk, so none of it is in the landing
 * page's first load). Native radios: arrow keys move between them and a screen reader says the group.
 */
export function ColorModeChoice() {
  const [mode, setMode] = useColorMode();
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-medium">Appearance</legend>
      <div className="flex gap-1 rounded-md bg-muted p-1">
        {COLOR_MODES.map((value) => (
          <label
            key={value}
            className="flex flex-1 cursor-pointer items-center justify-center gap-1.5 rounded-sm px-2 py-1 text-sm has-checked:bg-background has-checked:font-medium has-checked:shadow-sm has-focus-visible:outline-2 has-focus-visible:outline-ring"
          >
            <input
              type="radio"
              name="color-mode"
              value={value}
              checked={mode === value}
              onChange={() => setMode(value)}
              className="sr-only"
            />
            {LABELS[value]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
