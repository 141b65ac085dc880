import { z } from 'zod';
import { OrgIdParam, Timestamp, idOf, listOf, pageQuery } from './common';
import { safeText } from './text-rules';

export const ASSET_TYPES = ['icon', 'illustration', 'photo', 'video'] as const;
export const AssetType = z.enum(ASSET_TYPES);
export type AssetType = z.infer<typeof AssetType>;

export const USAGE_MODES = ['always', 'maybe', 'never'] as const;
export const UsageMode = z.enum(USAGE_MODES);
export type UsageMode = z.infer<typeof UsageMode>;

export const Asset = z.object({
  object: z.literal('asset'),
  id: z.string(),
  name: z.string(),
  type: AssetType,
  url: z.string(),
  slug: z.string(),
  format: z.string(),
  usage_mode: UsageMode,
  category: z.string().nullable(),
  tags: z.array(z.string()),
  brand_id: z.string().nullable(),
  size: z.number().nullable(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  created_at: Timestamp,
  updated_at: Timestamp,
});
export type Asset = z.infer<typeof Asset>;
export const AssetList = listOf(Asset);
export type AssetList = z.infer<typeof AssetList>;

export const AssetName = safeText(
  z.string().min(1, 'Name is required').max(200, 'Name must be at most 200 characters'),
);
export const AssetCategory = safeText(z.string().max(100, 'Category must be at most 100 characters')).nullable();
/** Tag limits are a sandbox decision (the docs set none): 1–64 characters, at most 50 tags. */
export const AssetTag = safeText(
  z.string().min(1, 'Tags cannot be empty').max(64, 'Tags must be at most 64 characters'),
);
export const AssetTags = z.array(AssetTag).max(50, 'At most 50 tags');

export const AssetCreate = z.strictObject({
  org_id: OrgIdParam.optional(),
  source_url: z.string().min(1, 'source_url is required').max(2048, 'source_url is too long'),
  name: AssetName.optional(),
  type: AssetType.optional(),
  usage_mode: UsageMode.optional(),
  brand_id: idOf('brand').nullable().optional(),
  category: AssetCategory.optional(),
  tags: AssetTags.optional(),
});
export type AssetCreate = z.input<typeof AssetCreate>;

/** `tags` replaces the whole list; `brand_id: null` unlinks. */
export const AssetUpdate = z.strictObject({
  name: AssetName.optional(),
  type: AssetType.optional(),
  usage_mode: UsageMode.optional(),
  brand_id: idOf('brand').nullable().optional(),
  category: AssetCategory.optional(),
  tags: AssetTags.optional(),
});
export type AssetUpdate = z.input<typeof AssetUpdate>;

export const AssetListQuery = pageQuery('asset')
  .extend({
    type: AssetType.optional(),
    brand_id: idOf('brand').optional(),
    unassigned: z
      .enum(['true', 'false'], { error: 'unassigned must be true or false' })
      .transform((v) => v === 'true')
      .optional(),
  });
// brand_id with unassigned=true answers their intersection (no asset), as the reference's own
// example request combines them; README, section-15 notes.
export type AssetListQuery = z.input<typeof AssetListQuery>;
