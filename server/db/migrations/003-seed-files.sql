-- Which stored file holds each generated demo file. Seed files get random keys like every other
-- stored file (a guessable name would let anyone fetch them); this table lets a reseed find and
-- reuse them instead of rendering them again. name carries the generator version.
CREATE TABLE seed_files (
  name TEXT PRIMARY KEY,
  file_key TEXT NOT NULL
);
