import type { InstructionKit, KitAsset } from './instruction-kit';
import { Claims, findWord, type Finding } from './instruction-text';

const FILE_NAME = /(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(png|jpe?g|svg|gif|webp|avif|mp4|webm|mov|pdf)\b/gi;

/** Assets named in the text (file names, or names of the page's other assets) that are not linked to the brand. */
export function findAssetMentions(text: string, kit: InstructionKit, claims: Claims): Finding[] {
  const linked = kit.assets;
  for (const asset of linked) for (const hit of findWord(text, asset.name, true)) claims.take(hit.start, hit.end);
  const findings: Finding[] = [];
  const flag = (start: number, end: number, format: string | null) => {
    if (!claims.take(start, end)) return;
    const found = text.slice(start, end);
    const instead = linked.find((a) => format !== null && normalFormat(a.format ?? '') === format) ?? linked[0] ?? null;
    findings.push({
      kind: 'asset',
      start,
      end,
      found,
      replacement: instead?.name ?? null,
      message: instead
        ? `${found} is not linked to this brand. Linked: ${linked.map((a) => a.name).join(', ')}.`
        : `${found} is not linked to this brand, and no asset is.`,
    });
  };
  for (const match of text.matchAll(FILE_NAME)) {
    const file = match[0];
    if (linked.some((a) => isFileOf(file, a))) {
      claims.take(match.index, match.index + file.length);
      continue;
    }
    flag(match.index, match.index + file.length, normalFormat(match[1]!));
  }
  const linkedNames = new Set(linked.map((a) => a.name.toLowerCase()));
  const others = (kit.otherAssets ?? []).filter((a) => a.name.trim().length >= 4 && !linkedNames.has(a.name.toLowerCase()));
  for (const asset of others.sort((a, b) => b.name.length - a.name.length)) {
    for (const hit of findWord(text, asset.name)) flag(hit.start, hit.end, asset.format ? normalFormat(asset.format) : null);
  }
  return findings;
}

/** File extensions as the API names formats ("jpeg" is "jpg"). */
function normalFormat(extension: string): string {
  const e = extension.toLowerCase();
  return e === 'jpeg' ? 'jpg' : e;
}

/** "logo.svg" names the linked asset "logo" (name or slug, with or without its extension). */
function isFileOf(file: string, asset: KitAsset): boolean {
  const lower = file.toLowerCase();
  const base = lower.replace(/\.[^.]+$/, '');
  const names = [asset.name, asset.slug].filter((n): n is string => !!n).map((n) => n.toLowerCase());
  return names.some((n) => n === lower || n === base);
}
