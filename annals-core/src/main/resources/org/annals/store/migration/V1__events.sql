-- Annals event database, version 1. The same script creates the schema in DuckDB (applied by
-- org.annals.store.Migrations, recorded in schema_version) and in PostgreSQL (applied by Flyway,
-- recorded in flyway_schema_history), so it keeps to SQL that both understand.

-- One row per article read; an article id is stored once, so ingest skips what it has.
CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  hash TEXT NOT NULL,               -- SHA-256 of the text, hex: tells a changed article apart
  published DATE,                   -- publication date, when known
  publisher TEXT NOT NULL,          -- the input's "source" field, or empty
  title TEXT NOT NULL,
  url TEXT,                         -- the input's "url" field, when present
  event_count INTEGER NOT NULL,     -- events coded from it
  ingested_at TIMESTAMP NOT NULL
);

-- One row per happening (GDELT's event table): all mentions with the same source, target, code,
-- mode and date window (the day, month or year that the date's precision allows) share it.
-- id is a stable 63-bit hash of that key, the same in every database.
CREATE TABLE events (
  id BIGINT PRIMARY KEY,
  source TEXT NOT NULL,             -- actor codes as in FORMAT.md
  target TEXT NOT NULL,
  source_country TEXT NOT NULL,     -- ISO alpha-3, or empty for organisations
  target_country TEXT NOT NULL,
  code TEXT NOT NULL,               -- CAMEO code, 2 to 4 digits
  code_name TEXT NOT NULL,
  root TEXT NOT NULL,               -- the first two digits
  quad INTEGER NOT NULL,            -- 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  goldstein DOUBLE PRECISION NOT NULL,
  plover TEXT NOT NULL,
  mode TEXT NOT NULL,               -- asserted, future, hypothetical, negated
  event_date DATE,                  -- first day of the window; null when no date is known
  date_precision TEXT,              -- day, month or year; null when no date is known
  place_name TEXT,
  place_country TEXT,
  place_kind TEXT,
  place_lat DOUBLE PRECISION,
  place_lon DOUBLE PRECISION,
  mention_count INTEGER NOT NULL,   -- GDELT's NumMentions
  article_count INTEGER NOT NULL,   -- GDELT's NumArticles
  first_article TEXT NOT NULL,      -- the mention whose words the event shows
  first_mention TEXT NOT NULL
);

-- One row per event read in an article (GDELT's mentions table), with every field of the coded
-- event so that it can be shown, and exported, as it was read.
CREATE TABLE mentions (
  event_id BIGINT NOT NULL,         -- events.id
  article_id TEXT NOT NULL,         -- articles.id
  mention_id TEXT NOT NULL,         -- the event's id within the article (doc#n)
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
  date_text TEXT,                   -- YYYY-MM-DD, YYYY-MM or YYYY as read
  date_source TEXT,                 -- explicit, relative, tense-inferred, document
  sentence INTEGER NOT NULL,
  trigger_word TEXT NOT NULL,
  trigger_begin INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  evidence TEXT NOT NULL,
  pattern TEXT NOT NULL,
  cause_mention TEXT,               -- the mention id, in the same article, this one responds to
  cause_event BIGINT,               -- the events.id of that mention
  place_name TEXT,
  place_country TEXT,
  place_kind TEXT,
  place_lat DOUBLE PRECISION,
  place_lon DOUBLE PRECISION,
  stated_count INTEGER,
  attribution TEXT
);

-- The actor codes seen, with the lexicon entry that first named each.
CREATE TABLE actors (
  code TEXT PRIMARY KEY,
  country TEXT NOT NULL,
  name TEXT NOT NULL
);

-- Input records that could not be read (skipped) or were read with a warning.
CREATE TABLE quarantine (
  file TEXT NOT NULL,
  line BIGINT NOT NULL,             -- 1-based, or 0 for a whole file or an article
  reason TEXT NOT NULL,
  skipped BOOLEAN NOT NULL,
  recorded_at TIMESTAMP NOT NULL,
  PRIMARY KEY (file, line, reason)
);

CREATE INDEX mentions_event ON mentions (event_id);
CREATE INDEX mentions_article ON mentions (article_id);
CREATE INDEX events_date ON events (event_date);
