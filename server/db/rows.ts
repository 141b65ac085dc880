import type { AssetType, UsageMode } from '../../contract/asset.ts';
import type { ORG_ROLES } from '../../contract/organization.ts';

/*
 * Rows exactly as stored, one interface per table of the migrations: a nullable column is
 * `| null`, INTEGER is number, and a column with a CHECK list takes the contract's union. Written
 * once here for the routes, the serializer, the seed and the tests, so they cannot drift apart.
 */

export interface UserRow {
  id: string;
  email: string;
  first_name: string | null;
  last_name: string | null;
  image_url: string | null;
  /** The contract's Quota as JSON, or null for none. */
  quota_json: string | null;
  created_at: string;
  updated_at: string;
}

/** Only the SHA-256 hex digest of a key is ever stored. */
export interface ApiKeyRow {
  id: number;
  user_id: string;
  key_hash: string;
  label: string | null;
  created_at: string;
  revoked_at: string | null;
}

export interface OrganizationRow {
  id: string;
  name: string;
  slug: string;
  quota_json: string;
  created_at: string;
  updated_at: string;
}

export interface MembershipRow {
  user_id: string;
  org_id: string;
  role: (typeof ORG_ROLES)[number];
  created_at: string;
}

/** System themes have scope_id null, is_custom 0 and their key as id; custom ones a scope and 1. */
export interface ThemeRow {
  id: string;
  scope_id: string | null;
  name: string;
  is_custom: 0 | 1;
  font_primary: string;
  font_secondary: string;
  colors_json: string;
  created_at: string;
  updated_at: string;
}

export interface BrandRow {
  id: string;
  scope_id: string;
  name: string;
  ai_instruction: string | null;
  theme_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface AssetRow {
  id: string;
  scope_id: string;
  brand_id: string | null;
  name: string;
  type: AssetType;
  /** Names the stored bytes in the file store; several seeded rows may share one. */
  file_key: string;
  slug: string;
  format: string;
  usage_mode: UsageMode;
  category: string | null;
  tags_json: string;
  size: number | null;
  width: number | null;
  height: number | null;
  created_at: string;
  updated_at: string;
}

/** A generated demo file (seed/file-pool.ts) and the random key it is stored under. */
export interface SeedFileRow {
  name: string;
  file_key: string;
}
