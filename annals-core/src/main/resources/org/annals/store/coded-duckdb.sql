-- The bulk load of a coded JSON Lines file into DuckDB (EventStore.loadCoded, issue 5): DuckDB
-- reads and parses the file and makes every row by set-based SQL on all its threads, with the
-- result that StoreWriter's per-batch appenders give for the same coded articles. The statements
-- run in order in one transaction; each starts with a "-- name:" line, and one with an "-- only
-- if:" line runs only when that query counts more than 0. ${file} is the file and ${name} the
-- name that quarantine records give it, bound as parameters; ${parsed} is the text of one of the
-- two "parsed" parts, which are not run themselves.

-- name: parsed fast
-- The lines parsed by DuckDB's JSON reader, on all threads; "number" numbers them below. The
-- reader skips blank lines and stops at a line it cannot read, so the numbers are the file's only
-- if every line is good: DuckDbCodedLoad reads the file again the exact way when any is not.
(SELECT CAST(NULL AS BIGINT) AS line, false AS broken, *
  FROM read_json(${file}, format = 'newline_delimited', maximum_object_size = 67108864,
    columns = {'doc': 'VARCHAR', 'id': 'VARCHAR', 'source': 'VARCHAR', 'target': 'VARCHAR',
      'source_text': 'VARCHAR', 'target_text': 'VARCHAR', 'source_begin': 'INTEGER',
      'source_end': 'INTEGER', 'target_begin': 'INTEGER', 'target_end': 'INTEGER',
      'code': 'VARCHAR', 'quad': 'INTEGER', 'goldstein': 'DOUBLE', 'plover': 'VARCHAR',
      'date': 'VARCHAR', 'date_source': 'VARCHAR', 'mode': 'VARCHAR', 'sentence': 'INTEGER',
      'trigger': 'VARCHAR', 'trigger_begin': 'INTEGER', 'trigger_end': 'INTEGER',
      'evidence': 'VARCHAR', 'pattern': 'VARCHAR', 'cause': 'VARCHAR',
      'place': 'STRUCT(name VARCHAR, country VARCHAR, kind VARCHAR, lat DOUBLE, lon DOUBLE)',
      'count': 'INTEGER', 'attribution': 'VARCHAR', 'code_name': 'VARCHAR',
      'source_entry': 'VARCHAR', 'target_entry': 'VARCHAR',
      'article': 'STRUCT(published VARCHAR, publisher VARCHAR, title VARCHAR, url VARCHAR,
        hash VARCHAR, events INTEGER)'}))

-- name: parsed exact
-- The same columns, each line read as text with its number (a blank line is a NULL row, so the
-- numbers are the file's) and parsed on its own: a line that is not JSON is broken, a field
-- missing or of another type reads as NULL.
(SELECT line, r IS NULL AS broken, unnest(r)
  FROM (SELECT line, TRY(json_transform(j, '{"doc": "VARCHAR", "id": "VARCHAR",
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
    FROM (SELECT row_number() OVER () AS line, j
      FROM read_csv(${file}, columns = {'j': 'VARCHAR'}, delim = chr(0), quote = '',
        escape = '', header = false, auto_detect = false, max_line_size = 67108864,
        buffer_size = 134217728))
    WHERE j IS NOT NULL AND trim(j) <> ''))

-- name: mentions
-- Every line with reason, why it cannot be loaded (null if it can), and the columns of the
-- mentions table, the key's event id as EventKeys.id makes it (the first 8 bytes of the SHA-256
-- of source, target, code, mode and date window, separated by U+001F, as a positive 63-bit number,
-- 0 made 1), each actor's country as ActorRef.country gives it, and the article's fields.
CREATE OR REPLACE TEMP TABLE coded_mentions AS
SELECT line, reason, doc, mid,
  CASE WHEN h = 0 THEN 1 ELSE CAST(h AS BIGINT) END AS event_id, * EXCLUDE (line, reason, doc,
    mid, h)
FROM (
  SELECT *, CAST('0x' || left(sha256(source || chr(31) || target || chr(31) || code || chr(31)
      || mode || chr(31) || COALESCE(date_text, '?' || doc)), 16) AS UBIGINT)
      & CAST(9223372036854775807 AS UBIGINT) AS h
  FROM (
    SELECT p.line, CASE
        WHEN p.broken THEN 'broken JSON'
        WHEN missing <> '' THEN 'missing or invalid field: ' || missing
        WHEN NOT regexp_full_match(p.code, '[0-9]{2,4}') THEN 'bad CAMEO code: ' || p.code
        WHEN lower(p.mode) NOT IN ('asserted', 'future', 'hypothetical', 'negated')
          THEN 'unknown mode: ' || p.mode
        WHEN p."date" IS NOT NULL AND (NOT regexp_full_match(p."date", '[0-9]{4}(-[0-9]{2}){0,2}')
            OR TRY_CAST(p."date" || CASE length(p."date") WHEN 4 THEN '-01-01' WHEN 7 THEN '-01'
              ELSE '' END AS DATE) IS NULL)
          THEN 'bad date: ' || p."date"
        WHEN p.article.published IS NOT NULL
            AND (NOT regexp_full_match(p.article.published, '[0-9]{4}-[0-9]{2}-[0-9]{2}')
              OR TRY_CAST(p.article.published AS DATE) IS NULL)
          THEN 'bad publication date: ' || p.article.published
      END AS reason,
      p.doc, p.id AS mid, p.source, CASE WHEN starts_with(p.source, 'IGO') THEN ''
        WHEN starts_with(p.source, 'NGO') OR starts_with(p.source, 'IMG') THEN
          CASE WHEN length(p.source) = 3 THEN p.source ELSE '' END
        WHEN length(p.source) >= 3 THEN left(p.source, 3) ELSE '' END AS source_country,
      p.source_text, p.source_begin, p.source_end, COALESCE(p.source_entry, '') AS source_entry,
      p.target, CASE WHEN starts_with(p.target, 'IGO') THEN ''
        WHEN starts_with(p.target, 'NGO') OR starts_with(p.target, 'IMG') THEN
          CASE WHEN length(p.target) = 3 THEN p.target ELSE '' END
        WHEN length(p.target) >= 3 THEN left(p.target, 3) ELSE '' END AS target_country,
      p.target_text, p.target_begin, p.target_end, COALESCE(p.target_entry, '') AS target_entry,
      p.code, COALESCE(p.code_name, '') AS code_name, p.quad, p.goldstein, p.plover,
      lower(p.mode) AS mode, p."date" AS date_text,
      CASE WHEN p."date" IS NOT NULL THEN COALESCE(p.date_source, '') END AS date_source,
      TRY_CAST(p."date" || CASE length(p."date") WHEN 4 THEN '-01-01' WHEN 7 THEN '-01' ELSE ''
        END AS DATE) AS event_date,
      CASE length(p."date") WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day'
        END AS date_precision,
      p.sentence, p."trigger" AS trigger_word, p.trigger_begin, p.trigger_end, p.evidence,
      p.pattern, p.cause, p.place.name AS place_name,
      CASE WHEN p.place.name IS NOT NULL THEN COALESCE(p.place.country, '') END
        AS place_country,
      CASE WHEN p.place.name IS NOT NULL THEN COALESCE(p.place.kind, '') END AS place_kind,
      CASE WHEN p.place.name IS NOT NULL THEN COALESCE(p.place.lat, 0) END AS place_lat,
      CASE WHEN p.place.name IS NOT NULL THEN COALESCE(p.place.lon, 0) END AS place_lon,
      p."count" AS stated_count, p.attribution,
      p.article.hash AS hash, TRY_CAST(p.article.published AS DATE) AS published,
      COALESCE(p.article.publisher, '') AS publisher, COALESCE(p.article.title, '') AS title,
      NULLIF(p.article.url, '') AS url
    FROM (
      SELECT *, concat_ws(', ',
        CASE WHEN doc IS NULL OR doc = '' THEN 'doc' END,
        CASE WHEN id IS NULL OR id = '' THEN 'id' END,
        CASE WHEN source IS NULL OR trim(source) = '' THEN 'source' END,
        CASE WHEN target IS NULL OR trim(target) = '' THEN 'target' END,
        CASE WHEN source_text IS NULL THEN 'source_text' END,
        CASE WHEN target_text IS NULL THEN 'target_text' END,
        CASE WHEN source_begin IS NULL THEN 'source_begin' END,
        CASE WHEN source_end IS NULL THEN 'source_end' END,
        CASE WHEN target_begin IS NULL THEN 'target_begin' END,
        CASE WHEN target_end IS NULL THEN 'target_end' END,
        CASE WHEN code IS NULL THEN 'code' END,
        CASE WHEN quad IS NULL THEN 'quad' END,
        CASE WHEN goldstein IS NULL THEN 'goldstein' END,
        CASE WHEN plover IS NULL THEN 'plover' END,
        CASE WHEN mode IS NULL THEN 'mode' END,
        CASE WHEN sentence IS NULL THEN 'sentence' END,
        CASE WHEN "trigger" IS NULL THEN 'trigger' END,
        CASE WHEN trigger_begin IS NULL THEN 'trigger_begin' END,
        CASE WHEN trigger_end IS NULL THEN 'trigger_end' END,
        CASE WHEN evidence IS NULL THEN 'evidence' END,
        CASE WHEN pattern IS NULL THEN 'pattern' END) AS missing
      FROM ${parsed}) p));

-- name: number
-- The lines of the fast reading, numbered in file order: the table keeps the reader's order, and
-- the row ids of a transaction's rows are consecutive from a large base.
-- only if: SELECT COUNT(*) FROM coded_mentions WHERE line IS NULL
UPDATE coded_mentions SET line = rowid - (SELECT min(rowid) FROM coded_mentions) + 1;

-- name: stored
-- The file's articles that the store holds already, with the first line of each and its text
-- hashes: they are skipped, as saveAll skips them.
CREATE OR REPLACE TEMP TABLE coded_stored AS
SELECT m.doc, min(m.line) AS line, arg_min(m.hash, m.line) AS hash, any_value(a.hash) AS stored_hash
FROM coded_mentions m JOIN articles a ON a.id = m.doc
WHERE m.reason IS NULL
GROUP BY m.doc;

-- name: bad
-- The lines that cannot be loaded, and the first lines of the articles that the store holds with
-- another text (the stored one is kept, as saveAll keeps it).
CREATE OR REPLACE TEMP TABLE coded_bad AS
SELECT line, reason FROM coded_mentions WHERE reason IS NOT NULL
UNION ALL
SELECT line, 'article ' || doc || ' already stored with another text; the stored one is kept'
FROM coded_stored
WHERE hash IS NOT NULL AND hash <> '' AND stored_hash <> '' AND hash <> stored_hash;

-- name: skip
-- only if: SELECT (SELECT COUNT(*) FROM coded_bad) + (SELECT COUNT(*) FROM coded_stored)
DELETE FROM coded_mentions
WHERE reason IS NOT NULL OR doc IN (SELECT doc FROM coded_stored);

-- name: duplicates
-- A mention id that an article repeats is stored once, from its first line.
-- only if: SELECT COUNT(*) FROM (SELECT doc, mid FROM coded_mentions GROUP BY ALL HAVING COUNT(*) > 1)
DELETE FROM coded_mentions
WHERE line IN (SELECT line FROM coded_mentions QUALIFY line > min(line) OVER (PARTITION BY doc, mid));

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
GROUP BY doc;

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
-- When the store has events stored before schema version 2, without publishers, those that the
-- file mentions take them from their mentions' articles, as saveAll reads them.
-- only if: SELECT COUNT(*) FROM events WHERE publishers IS NULL
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
-- The new events, with the fields of their first mentions; shown is EventRows.shown's JSON array.
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
WHERE NOT EXISTS (SELECT 1 FROM events s WHERE s.id = c.id);

-- name: insert mentions
INSERT INTO mentions
SELECT m.event_id, m.doc, m.mid, m.source, m.source_text, m.source_begin, m.source_end,
  m.source_entry, m.target, m.target_text, m.target_begin, m.target_end, m.target_entry,
  m.date_text, m.date_source, m.sentence, m.trigger_word, m.trigger_begin, m.trigger_end,
  m.evidence, m.pattern, m.cause, c.cause_event, m.place_name, m.place_country, m.place_kind,
  m.place_lat, m.place_lon, m.stated_count, m.attribution
FROM coded_mentions m LEFT JOIN coded_causes c ON c.line = m.line;

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

-- name: quarantine
-- The same record once.
INSERT INTO quarantine
SELECT ${name}, line, reason, true, CAST(current_localtimestamp() AS TIMESTAMP)
FROM coded_bad
ON CONFLICT DO NOTHING;

-- name: cleanup
DROP TABLE coded_stored;
DROP TABLE coded_mentions;
DROP TABLE coded_causes;
DROP TABLE coded_events;
DROP TABLE coded_bad
