-- Annals event database, version 3 (issue 5): the shown column of an event holds a JSON array of
-- the values of org.annals.store.EventRows.SHOWN, in that order and null where a value is absent,
-- instead of an object with those keys. The key names were 45% of the bytes of the column, the
-- largest of an event row, and DuckDB writes every byte to its log and file and compresses it
-- (docs/performance.md). Pages read both forms; this converts the objects that version 2 wrote,
-- in SQL that DuckDB and PostgreSQL both run.
UPDATE events SET shown = '[' ||
  COALESCE(CAST(CAST(shown AS JSON) -> 'source' AS TEXT), 'null') || ',' ||
  COALESCE(CAST(CAST(shown AS JSON) -> 'target' AS TEXT), 'null') || ',' ||
  COALESCE(CAST(CAST(shown AS JSON) -> 'code' AS TEXT), 'null') || ',' ||
  COALESCE(CAST(CAST(shown AS JSON) -> 'code_name' AS TEXT), 'null') || ',' ||
  COALESCE(CAST(CAST(shown AS JSON) -> 'goldstein' AS TEXT), 'null') || ',' ||
  COALESCE(CAST(CAST(shown AS JSON) -> 'quad' AS TEXT), 'null') || ',' ||
  COALESCE(CAST(CAST(shown AS JSON) -> 'plover' AS TEXT), 'null') || ',' ||
  COALESCE(CAST(CAST(shown AS JSON) -> 'mode' AS TEXT), 'null') || ',' ||
  COALESCE(CAST(CAST(shown AS JSON) -> 'date_precision' AS TEXT), 'null') || ',' ||
  COALESCE(CAST(CAST(shown AS JSON) -> 'first_article' AS TEXT), 'null') || ',' ||
  COALESCE(CAST(CAST(shown AS JSON) -> 'first_mention' AS TEXT), 'null') || ',' ||
  COALESCE(CAST(CAST(shown AS JSON) -> 'source_text' AS TEXT), 'null') || ',' ||
  COALESCE(CAST(CAST(shown AS JSON) -> 'source_begin' AS TEXT), 'null') || ',' ||
  COALESCE(CAST(CAST(shown AS JSON) -> 'source_end' AS TEXT), 'null') || ',' ||
  COALESCE(CAST(CAST(shown AS JSON) -> 'source_entry' AS TEXT), 'null') || ',' ||
  COALESCE(CAST(CAST(shown AS JSON) -> 'target_text' AS TEXT), 'null') || ',' ||
  COALESCE(CAST(CAST(shown AS JSON) -> 'target_begin' AS TEXT), 'null') || ',' ||
  COALESCE(CAST(CAST(shown AS JSON) -> 'target_end' AS TEXT), 'null') || ',' ||
  COALESCE(CAST(CAST(shown AS JSON) -> 'target_entry' AS TEXT), 'null') || ',' ||
  COALESCE(CAST(CAST(shown AS JSON) -> 'date_source' AS TEXT), 'null') || ',' ||
  COALESCE(CAST(CAST(shown AS JSON) -> 'sentence' AS TEXT), 'null') || ',' ||
  COALESCE(CAST(CAST(shown AS JSON) -> 'trigger_word' AS TEXT), 'null') || ',' ||
  COALESCE(CAST(CAST(shown AS JSON) -> 'trigger_begin' AS TEXT), 'null') || ',' ||
  COALESCE(CAST(CAST(shown AS JSON) -> 'trigger_end' AS TEXT), 'null') || ',' ||
  COALESCE(CAST(CAST(shown AS JSON) -> 'evidence' AS TEXT), 'null') || ',' ||
  COALESCE(CAST(CAST(shown AS JSON) -> 'pattern' AS TEXT), 'null') || ',' ||
  COALESCE(CAST(CAST(shown AS JSON) -> 'cause_event' AS TEXT), 'null') || ',' ||
  COALESCE(CAST(CAST(shown AS JSON) -> 'stated_count' AS TEXT), 'null') || ',' ||
  COALESCE(CAST(CAST(shown AS JSON) -> 'attribution' AS TEXT), 'null') || ',' ||
  COALESCE(CAST(CAST(shown AS JSON) -> 'url' AS TEXT), 'null')
  || ']'
WHERE shown LIKE '{%'
