package org.annals.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annals.ingest.Article;

/**
 * The versioned schema scripts under {@code org/annals/store/migration}, applied in order to a
 * DuckDB database and recorded in its {@code schema_version} table, the way Flyway applies the
 * same scripts to PostgreSQL (Flyway does not support DuckDB). A version that the two databases
 * need in forms of their own has a script in {@code migration-duckdb} and one of the same version
 * in {@code migration-postgresql} instead. A script that was applied must not change: its
 * checksum is checked on every open. Add a schema change as a new {@code V<n>__what.sql} and list
 * it in {@link #SCRIPTS}.
 */
final class Migrations {
  /** Where PostgreSQL's scripts are, for Flyway: those of both databases, then its own. */
  static final String[] POSTGRESQL_LOCATIONS = {"classpath:org/annals/store/migration",
      "classpath:org/annals/store/migration-postgresql"};

  /** DuckDB's scripts, in version order: folder and file under {@code org/annals/store}. */
  static final List<String> SCRIPTS = List.of("migration/V1__events.sql",
      "migration/V2__event_page.sql", "migration/V3__compact_shown.sql",
      "migration-duckdb/V4__storage.sql");

  private Migrations() {}

  /** Applies the scripts that the database lacks, each in its own transaction. */
  static void apply(Connection c) throws SQLException {
    apply(c, SCRIPTS);
  }

  /** Applies those of the scripts, a prefix of {@link #SCRIPTS}, that the database lacks. */
  static void apply(Connection c, List<String> scripts) throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(true);
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
          + " description TEXT NOT NULL, script TEXT NOT NULL, checksum TEXT NOT NULL,"
          + " installed_on TIMESTAMP NOT NULL)");
    }
    c.setAutoCommit(false);
    try {
      Map<Integer, String> applied = applied(c);
      for (String path : scripts) {
        String sql = read(path);
        String checksum = Article.hashOf(sql);
        String script = path.substring(path.indexOf('/') + 1);
        int version = version(script);
        String had = applied.get(version);
        if (had == null) {
          run(c, script, sql, version, checksum);
        } else if (!had.equals(checksum)) {
          throw new StoreException("schema script " + script + " was changed after it was applied"
              + " to this database: add a new version instead");
        }
      }
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  /** Returns the highest version applied, or 0 for a database without Annals' schema. */
  static int current(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    } catch (SQLException e) {
      return 0;
    }
  }

  /** Returns the version the scripts bring a database to. */
  static int latest() {
    return version(SCRIPTS.get(SCRIPTS.size() - 1));
  }

  private static Map<Integer, String> applied(Connection c) throws SQLException {
    Map<Integer, String> out = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT version, checksum FROM schema_version")) {
      while (rs.next()) {
        out.put(rs.getInt(1), rs.getString(2));
      }
    }
    return out;
  }

  private static void run(Connection c, String script, String sql, int version, String checksum)
      throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String statement : statements(sql)) {
        s.execute(statement);
      }
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO schema_version (version,"
        + " description, script, checksum, installed_on) VALUES (?, ?, ?, ?, ?)")) {
      ps.setInt(1, version);
      ps.setString(2, script.substring(script.indexOf("__") + 2, script.length() - 4)
          .replace('_', ' '));
      ps.setString(3, script);
      ps.setString(4, checksum);
      ps.setTimestamp(5, Timestamp.valueOf(LocalDateTime.now()));
      ps.executeUpdate();
    }
    c.commit();
  }

  /** Splits a script into statements: comments dropped, split at semicolons. */
  static List<String> statements(String sql) {
    String plain = sql.replaceAll("--[^\\n]*", "");
    return java.util.Arrays.stream(plain.split(";")).map(String::strip)
        .filter(s -> !s.isEmpty()).toList();
  }

  /** The version of a script, from its file name (a path's last part). */
  static int version(String script) {
    String name = script.substring(script.lastIndexOf('/') + 1);
    return Integer.parseInt(name.substring(1, name.indexOf("__")));
  }

  /** Reads a script: its folder and file under {@code org/annals/store}. */
  static String read(String path) {
    try (InputStream in = Migrations.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing schema script " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
