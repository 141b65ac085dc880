-- Servers that have this database (and so its files folder) open right now. The startup sweep
-- reads it so that it never deletes a file another live server is about to reference.
CREATE TABLE instances (
  id TEXT PRIMARY KEY,
  host TEXT NOT NULL,
  pid INTEGER NOT NULL,
  started_at TEXT NOT NULL
);
