package org.annals.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Opens event stores.
 *
 * <p><b>DuckDB or PostgreSQL.</b> An embedded DuckDB file ({@link #duckDb(Path)}) needs no
 * server and loads fastest; PostgreSQL ({@link #postgres(String)}) has the same tables and suits
 * a database that several processes write and read at once. Both create or migrate their schema
 * on open from the versioned scripts under {@code org/annals/store/migration} (Flyway for
 * PostgreSQL; for DuckDB, which Flyway does not support, the store applies them itself and records
 * them in {@code schema_version}).
 *
 * <p><b>Ingest while serving.</b> DuckDB lets one process open a database file for writing, and
 * then no other process can open it at all. So with DuckDB the server and the ingest share one
 * process and one {@link EventStore}: the ingest commits a batch of articles at a time in a short
 * transaction, and each request reads on its own connection and sees the batches committed so far
 * ({@code annals serve --ingest FILE...} does this).
 * A separate {@code annals ingest} process needs the file to itself; to ingest from other
 * processes while a server runs, use PostgreSQL. {@link #duckDbReadOnly(Path)} opens a file that
 * no process is writing for reading only, so that several readers (exports, a server) can share
 * it.
 */
public final class EventStores {
  private EventStores() {}

  /** Opens a DuckDB database file, creating or migrating it as needed. */
  public static EventStore duckDb(Path file) {
    Objects.requireNonNull(file, "file");
    return DuckDbEventStore.open(file, /* readOnly= */ false);
  }

  /** Opens an existing DuckDB database file for reading only; writes throw. */
  public static EventStore duckDbReadOnly(Path file) {
    Objects.requireNonNull(file, "file");
    return DuckDbEventStore.open(file, /* readOnly= */ true);
  }

  /** Opens a DuckDB database in memory, gone when closed; for tests and benchmarks. */
  public static EventStore inMemory() {
    return DuckDbEventStore.open(null, /* readOnly= */ false);
  }

  /**
   * Connects to PostgreSQL, creating or migrating the schema as needed.
   *
   * @param url {@code jdbc:postgresql://host:port/db?user=...&password=...} or {@code
   *     postgresql://user:password@host:port/db}
   */
  public static EventStore postgres(String url) {
    Objects.requireNonNull(url, "url");
    return PostgresEventStore.open(url);
  }

  /**
   * Opens the database a command line names: a PostgreSQL URL ({@code postgresql://},
   * {@code postgres://} or {@code jdbc:postgresql:}), {@code :memory:}, or else a DuckDB file
   * path (a {@code jdbc:duckdb:} or {@code duckdb:} prefix is allowed).
   */
  public static EventStore open(String db) {
    return open(db, /* readOnly= */ false);
  }

  /**
   * Opens the database a command line names, as {@link #open(String)}; {@code readOnly} opens a
   * DuckDB file for reading only (PostgreSQL is opened as usual).
   */
  public static EventStore open(String db, boolean readOnly) {
    Objects.requireNonNull(db, "db");
    String d = db.trim();
    if (d.isEmpty()) {
      throw new IllegalArgumentException("no database given");
    }
    if (isPostgres(d)) {
      return postgres(d);
    }
    if (d.equals(":memory:")) {
      return inMemory();
    }
    Path file = Path.of(d.replaceFirst("^(jdbc:)?duckdb:", ""));
    return readOnly ? duckDbReadOnly(file) : duckDb(file);
  }

  /** Returns whether a command-line database names a PostgreSQL server. */
  public static boolean isPostgres(String db) {
    String d = db.trim();
    return d.startsWith("postgresql://") || d.startsWith("postgres://")
        || d.startsWith("jdbc:postgresql:");
  }
}
