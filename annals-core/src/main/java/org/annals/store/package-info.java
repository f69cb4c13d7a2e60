/**
 * The event database: coded articles are stored as articles, events (one per happening, with
 * mention and article counts, as GDELT's event table), mentions (each event as an article read
 * it) and actors, in an embedded DuckDB file or on a PostgreSQL server with the same schema.
 * {@link org.annals.store.EventStore} saves batches idempotently and answers the queries of a
 * dashboard: filtered, cursor-paged events, one event with its mentions, counts per period and
 * key, actors, and flat exports. A DuckDB store also loads files of events coded elsewhere in
 * bulk, by DuckDB's own reader and set-based SQL ({@code coded-duckdb.sql}). The only package that
 * imports JDBC, DuckDB, PostgreSQL or Flyway; every statement takes its values as bind
 * parameters.
 */
@NullMarked
package org.annals.store;

import org.jspecify.annotations.NullMarked;
