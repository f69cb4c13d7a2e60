package org.annals.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The event store on a PostgreSQL server, its schema created and migrated by Flyway from the same
 * scripts as DuckDB's. Writes are batched statements in one transaction that first takes an
 * advisory lock, so that several ingest processes may write at once without storing an article
 * twice; reads run on pooled connections.
 */
final class PostgresEventStore extends JdbcEventStore {
  /** The advisory lock that serializes writers: "annals" in ASCII. */
  private static final long WRITE_LOCK = 0x616e6e616c73L;

  /** Flyway's log, kept to warnings: its progress lines would mix with the commands' output. */
  private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

  static {
    FLYWAY_LOG.setLevel(Level.WARNING);
  }

  private PostgresEventStore(PGSimpleDataSource ds, Connection writer, String description) {
    super(new ConnectionPool(ds::getConnection), writer, description);
  }

  /** Connects to a server, given a {@code jdbc:postgresql:} or {@code postgresql://} URL. */
  static PostgresEventStore open(String url) {
    PGSimpleDataSource ds = dataSource(url);
    String description = "postgresql://" + String.join(",", ds.getServerNames()) + ":"
        + ds.getPortNumbers()[0] + "/" + ds.getDatabaseName();
    try {
      Flyway.configure(PostgresEventStore.class.getClassLoader()).dataSource(ds)
          .locations(Migrations.POSTGRESQL_LOCATIONS).load().migrate();
    } catch (FlywayException e) {
      throw new StoreException("cannot create or migrate the schema in " + description + ": "
          + e.getMessage(), e);
    }
    try {
      Connection writer = ds.getConnection();
      writer.setAutoCommit(false);
      return new PostgresEventStore(ds, writer, description);
    } catch (SQLException e) {
      throw new StoreException("cannot connect to " + description + ": " + e.getMessage(), e);
    }
  }

  /** Reads a JDBC URL, or a libpq-style {@code postgresql://user:password@host:port/db} URL. */
  static PGSimpleDataSource dataSource(String url) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    try {
      if (url.startsWith("jdbc:postgresql:")) {
        ds.setURL(url);
      } else {
        URI u = URI.create(url);
        String jdbc = "jdbc:postgresql://" + u.getHost() + (u.getPort() > 0 ? ":" + u.getPort()
            : "") + (u.getRawPath() == null ? "/" : u.getRawPath())
            + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        ds.setURL(jdbc);
        if (u.getRawUserInfo() != null) {
          String[] userPass = u.getRawUserInfo().split(":", 2);
          ds.setUser(URLDecoder.decode(userPass[0], StandardCharsets.UTF_8));
          if (userPass.length > 1) {
            ds.setPassword(URLDecoder.decode(userPass[1], StandardCharsets.UTF_8));
          }
        }
      }
    } catch (IllegalArgumentException e) {
      throw new StoreException("not a PostgreSQL URL: " + e.getMessage(), e);
    }
    ds.setReWriteBatchedInserts(true);
    ds.setApplicationName("annals");
    return ds;
  }

  @Override
  void beginWrite(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
      ps.setLong(1, WRITE_LOCK);
      ps.execute();
    }
  }

  @Override
  int write(Connection c, Batch b) throws SQLException {
    Map<Long, @Nullable String> existing = existingEvents(c, b);
    addStoredPublishers(c, b, existing);
    LocalDateTime now = LocalDateTime.now();
    insert(c, "INSERT INTO articles (id, hash, published, publisher, title, url, event_count,"
        + " ingested_at) VALUES " + marks(8), b.articles.stream().map(r -> Batch.values(r, now))
        .toList());
    insert(c, "INSERT INTO events (" + Batch.EVENT_COLUMNS + ") VALUES " + marks(26)
        + Batch.EVENT_UPSERT, b.events.values().stream().map(Batch::values).toList());
    insert(c, "INSERT INTO mentions VALUES " + marks(30),
        b.mentions.stream().map(Batch::values).toList());
    insert(c, "INSERT INTO actors (code, country, name) VALUES " + marks(3)
        + " ON CONFLICT DO NOTHING", b.actors.values().stream().map(Batch::values).toList());
    return b.events.size() - existing.size();
  }

  /** Returns the batch's events that the database holds, with their {@code publishers}. */
  private static Map<Long, @Nullable String> existingEvents(Connection c, Batch b)
      throws SQLException {
    Map<Long, @Nullable String> out = new HashMap<>();
    if (b.events.isEmpty()) {
      return out;
    }
    Array ids = c.createArrayOf("bigint", b.events.keySet().toArray());
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id, publishers FROM events WHERE id = ANY(?)")) {
      ps.setArray(1, ids);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getLong(1), rs.getString(2));
        }
      }
    } finally {
      ids.free();
    }
    return out;
  }

  private static String marks(int n) {
    return "(" + String.join(", ", Collections.nCopies(n, "?")) + ")";
  }

  private static void insert(Connection c, String sql, List<Object[]> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int n = 0;
      for (Object[] row : rows) {
        for (int i = 0; i < row.length; i++) {
          ps.setObject(i + 1, row[i]);
        }
        ps.addBatch();
        if (++n % 1000 == 0) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
    }
  }

  @Override
  public CodedLoad loadCoded(Path file) {
    throw new StoreException("loading coded files needs a DuckDB database: " + describe()
        + " is PostgreSQL; ingest the articles (annals ingest FILE...), or load into a DuckDB"
        + " file and export from it");
  }

  @Override
  public void exportTable(EventQuery filter, TableFormat format, Path file) {
    SqlFilter f = SqlFilter.of(filter);
    read("export " + format.label(), c -> {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false); // a cursor, not the whole result in memory
      try (PreparedStatement ps = c.prepareStatement(ExportColumns.select(f))) {
        ps.setFetchSize(1000);
        f.bind(ps, 1);
        try (ResultSet rs = ps.executeQuery()) {
          if (format == TableFormat.CSV) {
            writeCsv(rs, file);
          } else {
            writeParquet(rs, file);
          }
        }
      } finally {
        c.rollback();
        c.setAutoCommit(auto);
      }
      return null;
    });
  }

  private static void writeCsv(ResultSet rs, Path file) throws SQLException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(String.join(",", ExportColumns.ALL.stream().map(ExportColumns.Column::name)
          .toList()));
      w.write('\n');
      int n = ExportColumns.ALL.size();
      while (rs.next()) {
        for (int i = 1; i <= n; i++) {
          if (i > 1) {
            w.write(',');
          }
          String v = rs.getString(i);
          if (v != null) {
            w.write(csv(v));
          }
        }
        w.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Quotes a CSV value when it holds a comma, a quote or a line break (RFC 4180). */
  static String csv(String v) {
    if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0
        && v.indexOf('\r') < 0) {
      return v;
    }
    return '"' + v.replace("\"", "\"\"") + '"';
  }

  /** Writes Parquet through an in-memory DuckDB, which has the Parquet writer. */
  private static void writeParquet(ResultSet rs, Path file) throws SQLException {
    try (DuckDBConnection mem = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:")) {
      try (Statement s = mem.createStatement()) {
        s.execute("CREATE TABLE export (" + String.join(", ", ExportColumns.ALL.stream()
            .map(col -> col.name() + " " + col.type()).toList()) + ")");
      }
      try (DuckDBAppender ap = mem.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "export")) {
        while (rs.next()) {
          ap.beginRow();
          for (int i = 0; i < ExportColumns.ALL.size(); i++) {
            appendColumn(ap, rs, i + 1, ExportColumns.ALL.get(i).type());
          }
          ap.endRow();
        }
      }
      try (PreparedStatement ps = mem.prepareStatement("COPY export TO ? (FORMAT parquet)")) {
        ps.setString(1, file.toAbsolutePath().toString());
        ps.execute();
      }
    }
  }

  private static void appendColumn(DuckDBAppender ap, ResultSet rs, int i, String type)
      throws SQLException {
    switch (type) {
      case "BIGINT" -> {
        long v = rs.getLong(i);
        if (rs.wasNull()) {
          ap.appendNull();
        } else {
          ap.append(v);
        }
      }
      case "INTEGER" -> {
        int v = rs.getInt(i);
        if (rs.wasNull()) {
          ap.appendNull();
        } else {
          ap.append(v);
        }
      }
      case "DOUBLE" -> {
        double v = rs.getDouble(i);
        if (rs.wasNull()) {
          ap.appendNull();
        } else {
          ap.append(v);
        }
      }
      case "DATE" -> {
        java.sql.Date d = rs.getDate(i);
        if (d == null) {
          ap.appendNull();
        } else {
          ap.append(d.toLocalDate());
        }
      }
      default -> {
        String v = rs.getString(i);
        if (v == null) {
          ap.appendNull();
        } else {
          ap.append(v);
        }
      }
    }
  }
}
