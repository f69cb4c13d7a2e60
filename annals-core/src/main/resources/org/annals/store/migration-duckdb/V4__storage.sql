-- Annals event database, version 4 on DuckDB (issue 5): a mention's evidence sentence, the
-- longest text column, is compressed with zstd instead of DuckDB's dictionary and FSST analysis,
-- which cost more CPU at every commit than any other column of the table; the file is smaller too
-- (docs/performance.md). DuckDB sets a column's compression when its table is created, so the
-- table is made again, with the same columns in the same order. An event's shown JSON keeps
-- DuckDB's own compression: a page reads it for a hundred scattered rows, and with zstd each of
-- them decompressed a block (pages took 60% longer). The index on event dates goes: DuckDB
-- answers date filters from the min-max statistics it keeps of each row group, and sorts a page
-- without an index. PostgreSQL's version 4 is in migration-postgresql.

DROP INDEX events_date;

DROP INDEX mentions_event;

DROP INDEX mentions_article;

CREATE TABLE mentions_v4 (
  event_id BIGINT NOT NULL,
  article_id TEXT NOT NULL,
  mention_id TEXT NOT NULL,
  source TEXT NOT NULL,
  source_text TEXT NOT NULL,
  source_begin INTEGER NOT NULL,
  source_end INTEGER NOT NULL,
  source_entry TEXT NOT NULL,
  target TEXT NOT NULL,
  target_text TEXT NOT NULL,
  target_begin INTEGER NOT NULL,
  target_end INTEGER NOT NULL,
  target_entry TEXT NOT NULL,
  date_text TEXT,
  date_source TEXT,
  sentence INTEGER NOT NULL,
  trigger_word TEXT NOT NULL,
  trigger_begin INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  evidence TEXT USING COMPRESSION zstd NOT NULL,
  pattern TEXT NOT NULL,
  cause_mention TEXT,
  cause_event BIGINT,
  place_name TEXT,
  place_country TEXT,
  place_kind TEXT,
  place_lat DOUBLE,
  place_lon DOUBLE,
  stated_count INTEGER,
  attribution TEXT
);

INSERT INTO mentions_v4 SELECT * FROM mentions;

DROP TABLE mentions;

ALTER TABLE mentions_v4 RENAME TO mentions;

CREATE INDEX mentions_event ON mentions (event_id);

CREATE INDEX mentions_article ON mentions (article_id);
