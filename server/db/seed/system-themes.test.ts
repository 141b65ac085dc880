// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { THEME_COLOR_TOKENS } from '../../../contract/theme.ts';
import type { ThemeRow } from '../rows.ts';
import { READABLE_PAIRS, contrastRatio } from './contrast.ts';

const MIGRATIONS = fileURLToPath(new URL('../migrations/', import.meta.url));

function loadThemes(): ThemeRow[] {
  const db = new Database(':memory:');
  const files = readdirSync(MIGRATIONS)
    .filter((f) => /^\d{3}-.*\.sql$/.test(f))
    .sort();
  expect(files.slice(0, 2)).toEqual(['001-init.sql', '002-system-themes.sql']);
  for (const file of files) db.exec(readFileSync(MIGRATIONS + file, 'utf8'));
  const rows = db.prepare('SELECT * FROM themes WHERE is_custom = 0 ORDER BY id').all() as ThemeRow[];
  db.close();
  return rows;
}

describe('system themes migration', () => {
  const themes = loadThemes();

  it('has at least 12 system themes with fixed keys and timestamps', () => {
    expect(themes.length).toBeGreaterThanOrEqual(12);
    for (const t of themes) {
      expect(t.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(t.scope_id).toBeNull();
      expect(t.name.length).toBeGreaterThan(0);
      expect(t.created_at).toBe('2026-01-01T00:00:00.000Z');
      expect(t.updated_at).toBe('2026-01-01T00:00:00.000Z');
    }
    expect(themes.map((t) => t.id)).toContain('midnight-blue');
  });

  it('stores all 13 tokens as uppercase #RRGGBB', () => {
    for (const t of themes) {
      const colors = JSON.parse(t.colors_json) as Record<string, string>;
      expect(Object.keys(colors).sort()).toEqual([...THEME_COLOR_TOKENS].sort());
      for (const token of THEME_COLOR_TOKENS) expect(colors[token], `${t.id}.${token}`).toMatch(/^#[0-9A-F]{6}$/);
    }
  });

  it('has distinct palettes, names and font pairs', () => {
    const palettes = themes.map((t) => JSON.stringify(THEME_COLOR_TOKENS.map((k) => JSON.parse(t.colors_json)[k])));
    expect(new Set(palettes).size).toBe(themes.length);
    expect(new Set(themes.map((t) => t.name)).size).toBe(themes.length);
    expect(new Set(themes.map((t) => `${t.font_primary}|${t.font_secondary}`)).size).toBe(themes.length);
    for (const t of themes) expect(t.font_primary).not.toBe(t.font_secondary);
  });

  it('keeps every text/background pair at contrast >= 4.5', () => {
    const failures: string[] = [];
    for (const t of themes) {
      const colors = JSON.parse(t.colors_json) as Record<string, string>;
      for (const [text, bg] of READABLE_PAIRS) {
        const ratio = contrastRatio(colors[text]!, colors[bg]!);
        if (ratio < 4.5) failures.push(`${t.id}: ${text}/${bg} = ${ratio.toFixed(2)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('computes known contrast ratios', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#FFFFFF', '#FFFFFF')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#FFFFFF')).toBeCloseTo(4.54, 2);
  });
});
