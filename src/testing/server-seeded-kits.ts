import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../../server/db/open-db.ts';
import { seedDemo } from '../../server/db/seed/index.ts';
import { createFileStore } from '../../server/lib/files.ts';

interface SeededKit {
  brandName: string;
  instruction: string | null;
  theme: { name: string; font_primary: string | null; font_secondary: string | null; colors: Record<string, string> } | null;
  assets: { name: string; slug: string; format: string }[];
}

/**
 * The demo seed's brands as the instruction checker sees them (instruction, theme, linked
 * assets), plus every theme and asset name, read from a freshly seeded in-memory sandbox: the
 * checker's tests run over the real seeded instructions, not a copy of their template.
 */
export function seededKits(options: { brands?: number; assets?: number } = {}) {
  const db = openDb(':memory:');
  const dir = mkdtempSync(join(tmpdir(), 'bks-kits-'));
  try {
    seedDemo(db, createFileStore(dir), { brands: options.brands ?? 30, assets: options.assets ?? 60 });
    type ThemeRow = { id: string; name: string; font_primary: string; font_secondary: string; colors_json: string };
    const themes = db.prepare('SELECT id, name, font_primary, font_secondary, colors_json FROM themes').all() as ThemeRow[];
    const toTheme = (t: ThemeRow) => ({ name: t.name, font_primary: t.font_primary, font_secondary: t.font_secondary, colors: JSON.parse(t.colors_json) as Record<string, string> });
    const assets = db.prepare('SELECT name, slug, format, brand_id FROM assets').all() as { name: string; slug: string; format: string; brand_id: string | null }[];
    const brands = db.prepare('SELECT id, name, ai_instruction, theme_id FROM brands').all() as { id: string; name: string; ai_instruction: string | null; theme_id: string | null }[];
    const kits: SeededKit[] = brands.map((b) => {
      const theme = themes.find((t) => t.id === b.theme_id);
      return {
        brandName: b.name,
        instruction: b.ai_instruction,
        theme: theme ? toTheme(theme) : null,
        assets: assets.filter((a) => a.brand_id === b.id).map(({ name, slug, format }) => ({ name, slug, format })),
      };
    });
    return { kits, themes: themes.map(toTheme), assets: assets.map(({ name, slug, format }) => ({ name, slug, format })) };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
