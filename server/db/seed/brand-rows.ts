import { THEME_COLOR_TOKENS } from '../../../contract/theme.ts';
import { newId } from '../../lib/ids.ts';
import type { BrandRow, ThemeRow } from '../rows.ts';
import { BRAND_TEMPLATES, FORMAT_NOTES, SUB_BRAND_SUFFIXES } from './brand-catalog.ts';
import { CUSTOM_THEMES } from './custom-themes.ts';
import type { Rng } from './rng.ts';
import { DAY_MS, instants, iso, updatedAt, type Scope, type SystemTheme } from './shared.ts';

/** Custom themes and brands (with composed AI instructions) for the demo data. */
export function buildCustomThemes(scopes: Scope[], now: number): ThemeRow[] {
  return CUSTOM_THEMES.flatMap((t, i) => {
    const scope = scopes.find((s) => s.kind === t.scope);
    if (!scope) return [];
    const created = now - 190 * DAY_MS + i * 3 * DAY_MS;
    const values = t.colors.split(' ');
    const colors = Object.fromEntries(THEME_COLOR_TOKENS.map((token, k) => [token, values[k]!]));
    return [
      {
        id: newId('theme', created),
        scope_id: scope.id,
        name: t.name,
        is_custom: 1 as const,
        font_primary: t.font_primary,
        font_secondary: t.font_secondary,
        colors_json: JSON.stringify(colors),
        created_at: iso(created),
        updated_at: iso(created + DAY_MS),
      },
    ];
  });
}

function instruction(
  rng: Rng,
  brandName: string,
  template: (typeof BRAND_TEMPLATES)[number],
  theme: SystemTheme,
): string {
  const lines = [
    `You write for ${brandName}, ${template.pitch}.`,
    '',
    `Voice: ${template.voice}.`,
    `Audience: ${template.audience}.`,
    '',
    'Always:',
    ...template.always.map((a) => `- ${a}.`),
    '',
    'Never:',
    ...template.never.map((n) => `- ${n}.`),
    '',
    `Formatting: ${rng.pick(FORMAT_NOTES)}`,
    `Visual style: ${theme.font_primary} for headings, ${theme.font_secondary} for body text; keep the ${theme.name} palette for buttons and links.`,
  ];
  return lines.join('\n').slice(0, 2000);
}

export function buildBrands(
  rng: Rng,
  scopes: Scope[],
  systemThemes: SystemTheme[],
  customThemes: ThemeRow[],
  count: number,
  now: number,
): BrandRow[] {
  const templates = rng.sample(BRAND_TEMPLATES, BRAND_TEMPLATES.length);
  const times = instants(rng, count, now - 180 * DAY_MS, now - 14 * DAY_MS);
  const seenPerScope = new Map<string, number>();
  return times.map((created, i) => {
    const scope = scopes[i % scopes.length]!;
    const template = templates[i % templates.length]!;
    const round = Math.floor(i / templates.length);
    // Past the template list, sub-brands ("Bluefin Coffee Roasters Labs"); the suffix rotates so
    // (template, round) pairs stay distinct for up to 8 rounds, then a number keeps names unique.
    const suffix = SUB_BRAND_SUFFIXES[(i + round) % SUB_BRAND_SUFFIXES.length];
    const name =
      round === 0
        ? template.name
        : `${template.name} ${suffix}${round >= SUB_BRAND_SUFFIXES.length ? ` ${round}` : ''}`;
    // The second brand of each scope uses that scope's custom theme, so both kinds show up.
    const nth = seenPerScope.get(scope.id) ?? 0;
    seenPerScope.set(scope.id, nth + 1);
    const ownCustom = customThemes.filter((t) => t.scope_id === scope.id);
    const custom = ownCustom.length > 0 && (nth === 1 || rng.chance(0.15)) ? rng.pick(ownCustom) : null;
    const system = rng.pick(systemThemes);
    const styleFrom: SystemTheme = custom ?? system;
    return {
      id: newId('brand', created),
      scope_id: scope.id,
      name,
      ai_instruction: i % 6 === 5 ? null : instruction(rng, name, template, styleFrom),
      theme_id: custom ? custom.id : system.id,
      created_at: iso(created),
      updated_at: updatedAt(rng, created, now, 0.5),
    };
  });
}
