import { z } from 'zod';
import { OrgIdParam, Timestamp, listOf, pageQuery } from './common';
import { safeMultilineText, safeText } from './text-rules';
import { Asset } from './asset';
import { Theme } from './theme';

export const Brand = z.object({
  object: z.literal('brand'),
  id: z.string(),
  name: z.string(),
  ai_instruction: z.string().nullable(),
  theme_id: z.string().nullable(),
  theme: Theme.nullable(),
  assets: z.array(Asset),
  created_at: Timestamp,
  updated_at: Timestamp,
});
export type Brand = z.infer<typeof Brand>;
export const BrandList = listOf(Brand);
export type BrandList = z.infer<typeof BrandList>;

export const AI_INSTRUCTION_MAX = 2000;
export const BrandName = safeText(
  z.string().min(1, 'Name is required').max(100, 'Name must be at most 100 characters'),
);
export const AiInstruction = safeMultilineText(
  z.string().max(AI_INSTRUCTION_MAX, `The AI instruction must be at most ${AI_INSTRUCTION_MAX} characters`),
);
export const ThemeRef = z.string().min(1, 'Choose a theme').max(100);

export const BrandCreate = z.strictObject({
  name: BrandName,
  theme_id: ThemeRef,
  ai_instruction: AiInstruction.optional(),
  org_id: OrgIdParam.optional(),
});
export type BrandCreate = z.input<typeof BrandCreate>;

export const BrandUpdate = z.strictObject({
  name: BrandName.optional(),
  theme_id: ThemeRef.optional(),
  ai_instruction: AiInstruction.nullable().optional(),
});
export type BrandUpdate = z.input<typeof BrandUpdate>;

export const BrandListQuery = pageQuery('brand');
export type BrandListQuery = z.input<typeof BrandListQuery>;
