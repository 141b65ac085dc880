-- Scope model: every scoped row carries scope_id, which is either the owning user's id
-- (personal scope) or an organization id. Authorization is a predicate on it, in the WHERE clause.
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  first_name TEXT,
  last_name TEXT,
  image_url TEXT,
  quota_json TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Keys are stored as SHA-256 hex digests only.
CREATE TABLE api_keys (
  id INTEGER PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  key_hash TEXT NOT NULL UNIQUE,
  label TEXT,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);

CREATE TABLE organizations (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  slug TEXT NOT NULL UNIQUE,
  quota_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE memberships (
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  org_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('OWNER', 'ADMIN', 'MEMBER')),
  created_at TEXT NOT NULL,
  PRIMARY KEY (user_id, org_id)
);

-- System themes have scope_id NULL, is_custom 0 and their key as id.
CREATE TABLE themes (
  id TEXT PRIMARY KEY,
  scope_id TEXT,
  name TEXT NOT NULL,
  is_custom INTEGER NOT NULL CHECK (is_custom IN (0, 1)),
  font_primary TEXT NOT NULL,
  font_secondary TEXT NOT NULL,
  colors_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((is_custom = 0 AND scope_id IS NULL) OR (is_custom = 1 AND scope_id IS NOT NULL))
);
CREATE INDEX themes_scope ON themes (scope_id, is_custom, id);

CREATE TABLE brands (
  id TEXT PRIMARY KEY,
  scope_id TEXT NOT NULL,
  name TEXT NOT NULL,
  ai_instruction TEXT,
  theme_id TEXT REFERENCES themes(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX brands_scope ON brands (scope_id, id);
CREATE INDEX brands_theme ON brands (theme_id);

-- file_key names the stored bytes under the files folder; several seeded rows may share one.
CREATE TABLE assets (
  id TEXT PRIMARY KEY,
  scope_id TEXT NOT NULL,
  brand_id TEXT REFERENCES brands(id) ON DELETE SET NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('icon', 'illustration', 'photo', 'video')),
  file_key TEXT NOT NULL,
  slug TEXT NOT NULL,
  format TEXT NOT NULL,
  usage_mode TEXT NOT NULL CHECK (usage_mode IN ('always', 'maybe', 'never')),
  category TEXT,
  tags_json TEXT NOT NULL DEFAULT '[]',
  size INTEGER,
  width INTEGER,
  height INTEGER,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX assets_scope ON assets (scope_id, id);
CREATE INDEX assets_scope_type ON assets (scope_id, type, id);
CREATE INDEX assets_brand ON assets (brand_id, id);
CREATE INDEX assets_file ON assets (file_key);
