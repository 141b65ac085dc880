import type { Brand } from '@contract';
import { themeInWords } from '@/lib/kit-brief';

/**
 * The one place the instruction editor talks to the AI-instruction checker (polish-dark's
 * `src/lib/instruction-check.ts`). Until that branch is merged these are local stand-ins.
 */
export function visualStyleFor(brand: Brand): string | null {
  return brand.theme ? themeInWords(brand.theme) : null;
}

/** The checker's findings on the saved instruction, one line each. */
export function findingsFor(_brand: Brand): string[] {
  return [];
}
