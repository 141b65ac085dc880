import { checkInstruction, type InstructionKit } from '@/lib/instruction-check';
import { kitSummaryLine, VISUAL_STYLE_PREFIX } from '@/lib/instruction-kit';

/**
 * The one place the instruction editor talks to the AI-instruction checker
 * (lib/instruction-check.ts, written for the kit check), so both say the same about a kit.
 */

/** What goes after "Visual style:" for this kit, or null without a theme. */
export function visualStyleFor(kit: InstructionKit): string | null {
  if (!kit.theme) return null;
  return kitSummaryLine(kit).slice(VISUAL_STYLE_PREFIX.length).trim();
}

/** The checker's findings on a text, one line each. */
export function findingsFor(text: string, kit: InstructionKit): string[] {
  return checkInstruction(text, kit).map((finding) => finding.message);
}
