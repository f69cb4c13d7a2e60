-- Annals event database, version 4 on DuckDB (issue 5): the two long text columns, an event's
-- shown JSON and a mention's evidence sentence, are compressed with zstd instead of DuckDB's
-- dictionary and FSST analysis, which cost more CPU at every commit than any other column; the
-- file is a quarter smaller too (docs/performance.md). DuckDB sets a column's compression when its
-- table is created, so both tables are made again, with the same columns in the same order. The
-- index on event dates is not made again: DuckDB answers date filters from the min-max statistics
-- it keeps of each row group, and sorts a page without an index. PostgreSQL's version 4 is in
-- migration-postgresql.

DROP INDEX events_date;

CREATE TABLE events_v4 (
  id BIGINT PRIMARY KEY,
  source TEXT NOT NULL,
  target TEXT NOT NULL,
  source_country TEXT NOT NULL,
  target_country TEXT NOT NULL,
  code TEXT NOT NULL,
  code_name TEXT NOT NULL,
  root TEXT NOT NULL,
  quad INTEGER NOT NULL,
  goldstein DOUBLE NOT NULL,
  plover TEXT NOT NULL,
  mode TEXT NOT NULL,
  event_date DATE,
  date_precision TEXT,
  place_name TEXT,
  place_country TEXT,
  place_kind TEXT,
  place_lat DOUBLE,
  place_lon DOUBLE,
  mention_count INTEGER NOT NULL,
  article_count INTEGER NOT NULL,
  first_article TEXT NOT NULL,
  first_mention TEXT NOT NULL,
  shown TEXT USING COMPRESSION zstd,
  source_count INTEGER,
  publishers TEXT
);

INSERT INTO events_v4 SELECT * FROM events;

DROP TABLE events;

ALTER TABLE events_v4 RENAME TO events;

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
