import { z } from 'zod';
import { AssetTags, ASSET_TYPES, USAGE_MODES, type Asset, type AssetCreate, type AssetUpdate } from '@contract';

/**
 * Checked before anything is sent: the API takes only https: sources (it fetches them itself),
 * so http:, data: and anything that is not an absolute URL get a plain-words reason here.
 */
export function sourceUrlProblem(value: string): string | null {
  if (value === '') return 'Enter the https:// address of an image or video.';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'This is not a web address. Enter a full address starting with https://';
  }
  if (url.protocol === 'http:')
    return 'This address uses http:, which is not secure. Only https:// addresses can be added.';
  if (url.protocol === 'data:') {
    return 'Embedded data (data:) cannot be added. Upload the file in NextDocs first and use its https:// address.';
  }
  if (url.protocol !== 'https:') return `Only https:// addresses can be added, not ${url.protocol} ones.`;
  if (url.hostname === '') return 'This address has no host name.';
  return null;
}

const name = z.string().max(200, 'Name must be at most 200 characters');
const category = z.string().max(100, 'Category must be at most 100 characters');

export const AddAssetSchema = z.object({
  source_url: z.string().superRefine((value, ctx) => {
    const problem = sourceUrlProblem(value.trim());
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  name,
  type: z.enum(['', ...ASSET_TYPES]),
  usage_mode: z.enum(['', ...USAGE_MODES]),
  brand_id: z.string(),
  category,
  tags: AssetTags,
});
export type AddAssetValues = z.infer<typeof AddAssetSchema>;

export const EMPTY_ADD_ASSET: AddAssetValues = {
  source_url: '',
  name: '',
  type: '',
  usage_mode: '',
  brand_id: '',
  category: '',
  tags: [],
};

/** Empty optional fields are left out, so the server applies its own defaults. */
export function toCreateBody(values: AddAssetValues): Omit<AssetCreate, 'org_id'> {
  const body: Omit<AssetCreate, 'org_id'> = { source_url: values.source_url.trim() };
  if (values.name.trim()) body.name = values.name.trim();
  if (values.type) body.type = values.type;
  if (values.usage_mode) body.usage_mode = values.usage_mode;
  if (values.brand_id) body.brand_id = values.brand_id;
  if (values.category.trim()) body.category = values.category.trim();
  if (values.tags.length > 0) body.tags = values.tags;
  return body;
}

export const EditAssetSchema = z.object({
  name: name.refine((v) => v.trim().length > 0, 'Name is required'),
  type: z.enum(ASSET_TYPES),
  usage_mode: z.enum(USAGE_MODES),
  brand_id: z.string(),
  category,
  tags: AssetTags,
});
export type EditAssetValues = z.infer<typeof EditAssetSchema>;

export function editValuesOf(asset: Asset): EditAssetValues {
  return {
    name: asset.name,
    type: asset.type,
    usage_mode: asset.usage_mode,
    brand_id: asset.brand_id ?? '',
    category: asset.category ?? '',
    tags: [...asset.tags],
  };
}

/** Only what changed goes into the PATCH: an edit never overwrites a field it did not touch. */
export function toPatch(values: EditAssetValues, initial: EditAssetValues): AssetUpdate {
  const patch: AssetUpdate = {};
  if (values.name !== initial.name) patch.name = values.name.trim();
  if (values.type !== initial.type) patch.type = values.type;
  if (values.usage_mode !== initial.usage_mode) patch.usage_mode = values.usage_mode;
  if (values.brand_id !== initial.brand_id) patch.brand_id = values.brand_id || null;
  if (values.category.trim() !== initial.category.trim()) patch.category = values.category.trim() || null;
  if (values.tags.join('\u0000') !== initial.tags.join('\u0000')) patch.tags = values.tags;
  return patch;
}

/** Server 400 details name fields by path (`tags.2`); the first segment is the form field. */
export function fieldOf<T extends string>(path: string, fields: readonly T[]): T | null {
  const head = path.split('.')[0] as T;
  return fields.includes(head) ? head : null;
}
