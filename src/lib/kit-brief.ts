import type { Asset, Theme } from '@contract';

/** A colour in words, for a reader and for the model: "#2563EB (blue)". */
export function colorInWords(hex: string): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return hex;
  const n = parseInt(m[1]!, 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => v / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  const s = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  let name: string;
  // Very dark or very light colours read as black or white whatever their hue.
  if (l < 0.15) name = 'black';
  else if (l > 0.96) name = 'white';
  else if (s < 0.12 || d < 0.04) {
    name = l > 0.94 ? 'white' : l < 0.08 ? 'black' : l > 0.7 ? 'light grey' : l < 0.3 ? 'dark grey' : 'grey';
  } else {
    const h =
      d === 0
        ? 0
        : max === r
          ? (60 * ((g - b) / d) + 360) % 360
          : max === g
            ? 60 * ((b - r) / d) + 120
            : 60 * ((r - g) / d) + 240;
    const hue =
      h < 15 || h >= 345
        ? 'red'
        : h < 45
          ? 'orange'
          : h < 70
            ? 'yellow'
            : h < 160
              ? 'green'
              : h < 190
                ? 'teal'
                : h < 250
                  ? 'blue'
                  : h < 290
                    ? 'purple'
                    : 'pink';
    name = l < 0.35 ? `dark ${hue}` : l > 0.8 ? `light ${hue}` : hue;
  }
  return `#${m[1]!.toUpperCase()} (${name})`;
}

/** The theme's fonts and main colours in one sentence (the stand-in for the checker's summary line). */
export function themeInWords(theme: Theme): string {
  const fonts =
    theme.font_primary || theme.font_secondary
      ? `${theme.font_primary ?? 'the default font'} for headings, ${theme.font_secondary ?? 'the default font'} for body text`
      : 'the default fonts';
  const c = theme.colors;
  return `${fonts}; the ${theme.name} palette: ${colorInWords(c.primary)} for buttons and links, ${colorInWords(c.foreground)} text on ${colorInWords(c.background)}, accents ${colorInWords(c.secondary)} and ${colorInWords(c.tertiary)}.`;
}

export interface KitBriefInput {
  name: string;
  instruction: string | null;
  theme: Theme | null;
  assets: readonly Pick<Asset, 'name' | 'type' | 'usage_mode'>[];
  /** The instruction checker's findings, one line each. */
  findings: readonly string[];
}

/** The whole brand kit as plain text, in the order the model reads it. */
export function kitBrief({ name, instruction, theme, assets, findings }: KitBriefInput): string {
  const list = (mode: 'always' | 'maybe' | 'never') =>
    assets.filter((a) => a.usage_mode === mode).map((a) => `- ${a.name} (${a.type})`);
  const section = (title: string, lines: string[], empty: string) => [title, ...(lines.length ? lines : [empty]), ''];
  return [
    `Brand: ${name}`,
    '',
    ...section('AI instruction:', instruction?.trim() ? [instruction] : [], '(none)'),
    ...section('Theme:', theme ? [`${theme.name}: ${themeInWords(theme)}`] : [], '(no theme)'),
    ...section('Assets to use in every document (Always):', list('always'), '(none)'),
    ...section('Assets the AI may use (Maybe):', list('maybe'), '(none)'),
    ...section('Excluded assets, never used (Never):', list('never'), '(none)'),
    ...section(
      'Checker findings:',
      findings.map((f) => `- ${f}`),
      '(none)',
    ),
  ]
    .join('\n')
    .trimEnd();
}
