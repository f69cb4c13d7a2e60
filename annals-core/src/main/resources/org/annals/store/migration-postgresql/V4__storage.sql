-- Annals event database, version 4 on PostgreSQL. On DuckDB this version compresses the long
-- text columns with zstd and drops the date index (migration-duckdb); PostgreSQL compresses long
-- values by itself and sorts pages by that index, so here the version only describes the columns
-- that version 2 added.

COMMENT ON COLUMN events.shown IS 'What a page shows of the first mention: a JSON array of the values of org.annals.store.EventRows.SHOWN';

COMMENT ON COLUMN events.source_count IS 'How many publishers reported the event (GDELT NumSources)';

COMMENT ON COLUMN events.publishers IS 'The publishers that reported the event: a JSON array of names';
