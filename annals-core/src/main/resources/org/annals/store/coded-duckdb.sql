-- The bulk load of a coded JSON Lines file into DuckDB (EventStore.loadCoded, issue 5): DuckDB
-- reads and parses the file and makes every row by set-based SQL on all its threads, with the
-- result that StoreWriter's per-batch appenders give for the same coded articles. The statements
-- run in order in one transaction; each starts with a "-- name:" line. ${file} is the file, ${name}
-- the name that quarantine records give it, both as SQL string literals.

-- name: lines
-- The lines with their numbers; a blank line is a NULL row, so the numbers are the file's. No
-- delimiter or quote: each line is one text column, parsed below.
CREATE OR REPLACE TEMP TABLE coded_lines AS
SELECT row_number() OVER () AS line, j
FROM read_csv(${file}, columns = {'j': 'VARCHAR'}, delim = chr(0), quote = '', escape = '',
  header = false, auto_detect = false, max_line_size = 67108864, buffer_size = 134217728);

-- name: rows
-- Each line parsed once into the fields of JsonLinesEventWriter, a NULL for a line that is not
-- JSON; a field missing or of another type reads as NULL. reason is why a line cannot be loaded.
CREATE OR REPLACE TEMP TABLE coded_rows AS
SELECT line, r, CASE
    WHEN r IS NULL THEN 'broken JSON'
    WHEN len(missing) > 0 THEN 'missing or invalid field: ' || array_to_string(missing, ', ')
    WHEN NOT regexp_full_match(r.code, '[0-9]{2,4}') THEN 'bad CAMEO code: ' || r.code
    WHEN lower(r.mode) NOT IN ('asserted', 'future', 'hypothetical', 'negated')
      THEN 'unknown mode: ' || r.mode
    WHEN r.date IS NOT NULL AND (NOT regexp_full_match(r.date, '[0-9]{4}(-[0-9]{2}){0,2}')
        OR TRY_CAST(r.date || CASE length(r.date) WHEN 4 THEN '-01-01' WHEN 7 THEN '-01' ELSE ''
          END AS DATE) IS NULL)
      THEN 'bad date: ' || r.date
    WHEN r.article.published IS NOT NULL
        AND (NOT regexp_full_match(r.article.published, '[0-9]{4}-[0-9]{2}-[0-9]{2}')
          OR TRY_CAST(r.article.published AS DATE) IS NULL)
      THEN 'bad publication date: ' || r.article.published
  END AS reason
FROM (
  SELECT line, r, list_filter([
      CASE WHEN r.doc IS NULL OR r.doc = '' THEN 'doc' END,
      CASE WHEN r.id IS NULL OR r.id = '' THEN 'id' END,
      CASE WHEN r.source IS NULL OR trim(r.source) = '' THEN 'source' END,
      CASE WHEN r.target IS NULL OR trim(r.target) = '' THEN 'target' END,
      CASE WHEN r.source_text IS NULL THEN 'source_text' END,
      CASE WHEN r.target_text IS NULL THEN 'target_text' END,
      CASE WHEN r.source_begin IS NULL THEN 'source_begin' END,
      CASE WHEN r.source_end IS NULL THEN 'source_end' END,
      CASE WHEN r.target_begin IS NULL THEN 'target_begin' END,
      CASE WHEN r.target_end IS NULL THEN 'target_end' END,
      CASE WHEN r.code IS NULL THEN 'code' END,
      CASE WHEN r.quad IS NULL THEN 'quad' END,
      CASE WHEN r.goldstein IS NULL THEN 'goldstein' END,
      CASE WHEN r.plover IS NULL THEN 'plover' END,
      CASE WHEN r.mode IS NULL THEN 'mode' END,
      CASE WHEN r.sentence IS NULL THEN 'sentence' END,
      CASE WHEN r.trigger IS NULL THEN 'trigger' END,
      CASE WHEN r.trigger_begin IS NULL THEN 'trigger_begin' END,
      CASE WHEN r.trigger_end IS NULL THEN 'trigger_end' END,
      CASE WHEN r.evidence IS NULL THEN 'evidence' END,
      CASE WHEN r.pattern IS NULL THEN 'pattern' END], lambda x: x IS NOT NULL) AS missing
  FROM (
    SELECT line, TRY(json_transform(j, '{"doc": "VARCHAR", "id": "VARCHAR",
        "source": "VARCHAR", "target": "VARCHAR", "source_text": "VARCHAR",
        "target_text": "VARCHAR", "source_begin": "INTEGER", "source_end": "INTEGER",
        "target_begin": "INTEGER", "target_end": "INTEGER", "code": "VARCHAR",
        "quad": "INTEGER", "goldstein": "DOUBLE", "plover": "VARCHAR", "date": "VARCHAR",
        "date_source": "VARCHAR", "mode": "VARCHAR", "sentence": "INTEGER",
        "trigger": "VARCHAR", "trigger_begin": "INTEGER", "trigger_end": "INTEGER",
        "evidence": "VARCHAR", "pattern": "VARCHAR", "cause": "VARCHAR",
        "place": {"name": "VARCHAR", "country": "VARCHAR", "kind": "VARCHAR",
          "lat": "DOUBLE", "lon": "DOUBLE"},
        "count": "INTEGER", "attribution": "VARCHAR", "code_name": "VARCHAR",
        "source_entry": "VARCHAR", "target_entry": "VARCHAR",
        "article": {"published": "VARCHAR", "publisher": "VARCHAR", "title": "VARCHAR",
          "url": "VARCHAR", "hash": "VARCHAR", "events": "INTEGER"}}')) AS r
    FROM coded_lines
    WHERE j IS NOT NULL AND trim(j) <> ''));

-- name: stored
-- The file's articles that the store holds already, with their stored text hash and the first
-- line of each in the file: they are skipped, as saveAll skips them.
CREATE OR REPLACE TEMP TABLE coded_stored AS
SELECT c.r.doc AS doc, min(c.line) AS line, arg_min(c.r.article.hash, c.line) AS hash,
  any_value(a.hash) AS stored_hash
FROM coded_rows c JOIN articles a ON a.id = c.r.doc
WHERE c.reason IS NULL
GROUP BY c.r.doc;

-- name: mentions
-- The mentions to store: the good lines of the articles that the store lacks, a mention id that
-- an article repeats once (its first line), with the columns of the mentions table and the event
-- key's id, as EventKeys.id makes it: the first 8 bytes of the SHA-256 of source, target, code,
-- mode and date window, separated by U+001F, as a positive 63-bit number (0 becomes 1). An actor's
-- country is ActorRef.country's.
CREATE OR REPLACE TEMP TABLE coded_mentions AS
WITH good AS (
  SELECT line, r.doc AS doc, r.id AS mid, r.source AS source, r.target AS target,
    r.code AS code, lower(r.mode) AS mode, r.date AS date_text, r.cause AS cause, r
  FROM coded_rows c
  WHERE reason IS NULL AND NOT EXISTS (SELECT 1 FROM coded_stored s WHERE s.doc = c.r.doc)
  QUALIFY line = min(line) OVER (PARTITION BY doc, mid)
), keyed AS (
  SELECT *, CAST('0x' || left(sha256(source || chr(31) || target || chr(31) || code || chr(31)
      || mode || chr(31) || COALESCE(date_text, '?' || doc)), 16) AS UBIGINT)
      & CAST(9223372036854775807 AS UBIGINT) AS h
  FROM good
)
SELECT k.line, k.doc, k.mid,
  CASE WHEN k.h = 0 THEN 1 ELSE CAST(k.h AS BIGINT) END AS event_id,
  k.source, CASE WHEN starts_with(k.source, 'IGO') THEN ''
    WHEN starts_with(k.source, 'NGO') OR starts_with(k.source, 'IMG') THEN
      CASE WHEN length(k.source) = 3 THEN k.source ELSE '' END
    WHEN length(k.source) >= 3 THEN left(k.source, 3) ELSE '' END AS source_country,
  k.r.source_text AS source_text, k.r.source_begin AS source_begin,
  k.r.source_end AS source_end, COALESCE(k.r.source_entry, '') AS source_entry,
  k.target, CASE WHEN starts_with(k.target, 'IGO') THEN ''
    WHEN starts_with(k.target, 'NGO') OR starts_with(k.target, 'IMG') THEN
      CASE WHEN length(k.target) = 3 THEN k.target ELSE '' END
    WHEN length(k.target) >= 3 THEN left(k.target, 3) ELSE '' END AS target_country,
  k.r.target_text AS target_text, k.r.target_begin AS target_begin,
  k.r.target_end AS target_end, COALESCE(k.r.target_entry, '') AS target_entry,
  k.code, COALESCE(k.r.code_name, '') AS code_name, k.r.quad AS quad,
  k.r.goldstein AS goldstein, k.r.plover AS plover, k.mode, k.date_text,
  CASE WHEN k.date_text IS NULL THEN NULL ELSE COALESCE(k.r.date_source, '') END AS date_source,
  CAST(k.date_text || CASE length(k.date_text) WHEN 4 THEN '-01-01' WHEN 7 THEN '-01' ELSE ''
    END AS DATE) AS event_date,
  CASE length(k.date_text) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day'
    END AS date_precision,
  k.r.sentence AS sentence, k.r.trigger AS trigger_word, k.r.trigger_begin AS trigger_begin,
  k.r.trigger_end AS trigger_end, k.r.evidence AS evidence, k.r.pattern AS pattern, k.cause,
  k.r.place.name AS place_name,
  CASE WHEN k.r.place.name IS NOT NULL THEN COALESCE(k.r.place.country, '') END
    AS place_country,
  CASE WHEN k.r.place.name IS NOT NULL THEN COALESCE(k.r.place.kind, '') END AS place_kind,
  CASE WHEN k.r.place.name IS NOT NULL THEN COALESCE(k.r.place.lat, 0) END AS place_lat,
  CASE WHEN k.r.place.name IS NOT NULL THEN COALESCE(k.r.place.lon, 0) END AS place_lon,
  k.r.count AS stated_count, k.r.attribution AS attribution,
  k.r.article.hash AS hash, TRY_CAST(k.r.article.published AS DATE) AS published,
  COALESCE(k.r.article.publisher, '') AS publisher, COALESCE(k.r.article.title, '') AS title,
  NULLIF(k.r.article.url, '') AS url
FROM keyed k;

-- name: causes
-- The event of the mention that each mention responds to, in the same article.
CREATE OR REPLACE TEMP TABLE coded_causes AS
SELECT m.line, c.event_id AS cause_event
FROM coded_mentions m JOIN coded_mentions c ON c.doc = m.doc AND c.mid = m.cause
WHERE m.cause IS NOT NULL;

-- name: insert articles
-- An article row from its first line, its event count the lines stored.
INSERT INTO articles
SELECT doc, COALESCE(arg_min(hash, line), ''), arg_min(published, line),
  arg_min(publisher, line), arg_min(title, line), arg_min(url, line), count(*),
  CAST(current_localtimestamp() AS TIMESTAMP)
FROM coded_mentions
GROUP BY doc
ORDER BY min(line);

-- name: events
-- One row per happening: its first mention (the first line), its counts and publishers, and the
-- first place its mentions give.
CREATE OR REPLACE TEMP TABLE coded_events AS
SELECT event_id AS id, min(line) AS first_line, count(*) AS mentions,
  count(DISTINCT doc) AS articles, list_sort(list_distinct(list(publisher))) AS publishers,
  arg_min({'name': place_name, 'country': place_country, 'kind': place_kind, 'lat': place_lat,
    'lon': place_lon}, line) FILTER (WHERE place_name IS NOT NULL) AS place
FROM coded_mentions
GROUP BY event_id;

-- name: legacy publishers
-- Run only when the store has events stored before schema version 2, without publishers: those
-- that the file mentions take them from their mentions' articles, as saveAll reads them.
UPDATE events SET publishers = (SELECT CAST(to_json(list_sort(list(DISTINCT a.publisher)))
    AS VARCHAR)
  FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = events.id)
WHERE publishers IS NULL AND id IN (SELECT id FROM coded_events);

-- name: update events
-- The counts of the events that the store holds, as Batch.EVENT_COUNTS adds them.
UPDATE events SET mention_count = events.mention_count + c.mentions,
  article_count = events.article_count + c.articles,
  place_name = COALESCE(events.place_name, c.place.name),
  place_country = COALESCE(events.place_country, c.place.country),
  place_kind = COALESCE(events.place_kind, c.place.kind),
  place_lat = COALESCE(events.place_lat, c.place.lat),
  place_lon = COALESCE(events.place_lon, c.place.lon),
  source_count = len(list_distinct(list_concat(c.publishers,
    from_json(events.publishers, '["VARCHAR"]')))),
  publishers = CAST(to_json(list_sort(list_distinct(list_concat(c.publishers,
    from_json(events.publishers, '["VARCHAR"]'))))) AS VARCHAR)
FROM coded_events c
WHERE events.id = c.id;

-- name: insert events
-- The new events, in the order of their first mentions; shown is EventRows.shown's JSON array.
INSERT INTO events
SELECT c.id, f.source, f.target, f.source_country, f.target_country, f.code, f.code_name,
  left(f.code, 2), f.quad, f.goldstein, f.plover, f.mode, f.event_date, f.date_precision,
  c.place.name, c.place.country, c.place.kind, c.place.lat, c.place.lon, c.mentions,
  c.articles, f.doc, f.mid,
  CAST(json_array(f.source, f.target, f.code, f.code_name, f.goldstein, f.quad, f.plover,
    f.mode, f.date_precision, f.doc, f.mid, f.source_text, f.source_begin, f.source_end,
    f.source_entry, f.target_text, f.target_begin, f.target_end, f.target_entry, f.date_source,
    f.sentence, f.trigger_word, f.trigger_begin, f.trigger_end, f.evidence, f.pattern,
    cause.cause_event, f.stated_count, f.attribution, f.url) AS VARCHAR),
  len(c.publishers), CAST(to_json(c.publishers) AS VARCHAR)
FROM coded_events c
JOIN coded_mentions f ON f.line = c.first_line
LEFT JOIN coded_causes cause ON cause.line = c.first_line
WHERE NOT EXISTS (SELECT 1 FROM events s WHERE s.id = c.id)
ORDER BY c.first_line;

-- name: insert mentions
INSERT INTO mentions
SELECT m.event_id, m.doc, m.mid, m.source, m.source_text, m.source_begin, m.source_end,
  m.source_entry, m.target, m.target_text, m.target_begin, m.target_end, m.target_entry,
  m.date_text, m.date_source, m.sentence, m.trigger_word, m.trigger_begin, m.trigger_end,
  m.evidence, m.pattern, m.cause, c.cause_event, m.place_name, m.place_country, m.place_kind,
  m.place_lat, m.place_lon, m.stated_count, m.attribution
FROM coded_mentions m LEFT JOIN coded_causes c ON c.line = m.line
ORDER BY m.line;

-- name: insert actors
-- The actor codes the store lacks, each with the lexicon entry of its first mention (the code
-- itself when the entry is empty), as Batch notes them: source before target.
INSERT INTO actors
SELECT code, arg_min(country, k), arg_min(name, k)
FROM (
  SELECT source AS code, source_country AS country,
    CASE WHEN source_entry = '' THEN source ELSE source_entry END AS name, 2 * line AS k
  FROM coded_mentions f
  UNION ALL
  SELECT target, target_country, CASE WHEN target_entry = '' THEN target ELSE target_entry END,
    2 * line + 1
  FROM coded_mentions f)
WHERE code NOT IN (SELECT code FROM actors)
GROUP BY code
ORDER BY min(k);

-- name: bad
-- The lines that cannot be loaded, and the first lines of the articles that the store holds with
-- another text (the stored one is kept, as saveAll keeps it).
CREATE OR REPLACE TEMP TABLE coded_bad AS
SELECT line, reason FROM coded_rows WHERE reason IS NOT NULL
UNION ALL
SELECT line, 'article ' || doc || ' already stored with another text; the stored one is kept'
FROM coded_stored
WHERE hash IS NOT NULL AND hash <> '' AND stored_hash <> '' AND hash <> stored_hash;

-- name: quarantine
-- The same record once.
INSERT INTO quarantine
SELECT ${name}, line, reason, true, CAST(current_localtimestamp() AS TIMESTAMP)
FROM coded_bad
ON CONFLICT DO NOTHING;

-- name: cleanup
DROP TABLE coded_lines;
DROP TABLE coded_rows;
DROP TABLE coded_stored;
DROP TABLE coded_mentions;
DROP TABLE coded_causes;
DROP TABLE coded_events;
DROP TABLE coded_bad
