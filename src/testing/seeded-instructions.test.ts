// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFileStore } from '../../server/lib/files.ts';
import { seedDemo } from '../../server/db/seed/index.ts';
import { NOW, freshDb } from '../../server/db/seed/test-db.ts';
import { parseInstruction, printInstruction, sectionItems } from '@/lib/instruction-sections';

// Lives in src/testing/ because only here may src read the server's seed: every seeded
// instruction, as the sandbox writes it, must survive the guided editor unchanged.
const dir = mkdtempSync(join(tmpdir(), 'seeded-instructions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function seededInstructions(): string[] {
  const db = freshDb();
  seedDemo(db, createFileStore(join(dir, 'files')), { now: NOW, brands: 80, assets: 0 });
  const rows = db.prepare('SELECT ai_instruction FROM brands WHERE ai_instruction IS NOT NULL').all() as Array<{
    ai_instruction: string;
  }>;
  db.close();
  return rows.map((r) => r.ai_instruction);
}

describe('every seeded instruction', () => {
  const texts = seededInstructions();

  it('is printed back byte for byte, with Unix and with Windows line ends', () => {
    expect(texts.length).toBeGreaterThan(50);
    for (const text of texts) {
      expect(printInstruction(parseInstruction(text))).toBe(text);
      const windows = text.replaceAll('\n', '\r\n');
      expect(printInstruction(parseInstruction(windows))).toBe(windows);
    }
  });

  it('is read as the sections it was written with', () => {
    for (const text of texts) {
      const sections = parseInstruction(text);
      expect(sections.map((s) => s.kind)).toEqual([
        'opening',
        'voice',
        'audience',
        'always',
        'never',
        'formatting',
        'visual',
      ]);
      expect(sectionItems(sections[3]!).items.length).toBeGreaterThanOrEqual(2);
      expect(sectionItems(sections[4]!).items.length).toBeGreaterThanOrEqual(2);
    }
  });
});
