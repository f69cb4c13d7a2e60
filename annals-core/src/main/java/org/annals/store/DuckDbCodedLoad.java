package org.annals.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.ingest.BadRecord;

/**
 * The bulk load of a coded JSON Lines file into DuckDB ({@link EventStore#loadCoded}): the
 * statements of {@code coded-duckdb.sql}, run in order in the writer's open transaction, so that
 * DuckDB reads, parses and joins the file in its own code on all its threads instead of our
 * appenders filling its tables a row at a time (issue 5, docs/performance.md).
 */
final class DuckDbCodedLoad {
  private static final String SCRIPT = "coded-duckdb.sql";
  /** The script's statements by name, in order; a name may hold several statements. */
  private static final Map<String, List<String>> STATEMENTS = parse(read());

  private DuckDbCodedLoad() {}

  /**
   * Loads a file in the open transaction of {@code c}, which the caller commits.
   *
   * @param name the file's name in quarantine records
   */
  static CodedLoad load(Connection c, Path file, String name) throws SQLException {
    Map<String, String> values = Map.of("${file}", literal(file.toAbsolutePath().toString()),
        "${name}", literal(name));
    Map<String, Integer> counts = new LinkedHashMap<>();
    try (Statement s = c.createStatement()) {
      for (Map.Entry<String, List<String>> e : STATEMENTS.entrySet()) {
        if (e.getKey().equals("legacy publishers") && !legacyEvents(s)) {
          continue; // a scan of the mentions for nothing
        }
        for (String sql : e.getValue()) {
          counts.merge(e.getKey(), s.executeUpdate(substitute(sql, values)), Integer::sum);
        }
        if (e.getKey().equals("quarantine")) {
          break; // the counts and the bad lines are read before the cleanup
        }
      }
      int stored = (int) single(s, "SELECT COUNT(*) FROM coded_stored");
      List<BadRecord> bad = badLines(s, name);
      for (String sql : STATEMENTS.get("cleanup")) {
        s.execute(sql);
      }
      return new CodedLoad(counts.get("insert articles"), stored, counts.get("insert mentions"),
          counts.get("insert events"), bad);
    }
  }

  /** Whether the store has events without publishers, stored before schema version 2. */
  private static boolean legacyEvents(Statement s) throws SQLException {
    return single(s, "SELECT COUNT(*) FROM events WHERE publishers IS NULL") > 0;
  }

  private static List<BadRecord> badLines(Statement s, String name) throws SQLException {
    List<BadRecord> out = new ArrayList<>();
    try (ResultSet rs = s.executeQuery("SELECT line, reason FROM coded_bad ORDER BY line")) {
      while (rs.next()) {
        out.add(new BadRecord(name, rs.getLong(1), rs.getString(2), /* skipped= */ true));
      }
    }
    return out;
  }

  private static long single(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** A text as an SQL string literal: DuckDB's table functions take no bind parameters. */
  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static String substitute(String sql, Map<String, String> values) {
    String out = sql;
    for (Map.Entry<String, String> v : values.entrySet()) {
      out = out.replace(v.getKey(), v.getValue());
    }
    return out;
  }

  /** Splits the script at its {@code -- name:} lines, and each part into its statements. */
  static Map<String, List<String>> parse(String script) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    String[] parts = script.split("\n-- name: ");
    for (int i = 1; i < parts.length; i++) {
      int eol = parts[i].indexOf('\n');
      List<String> statements = new ArrayList<>();
      for (String sql : parts[i].substring(eol + 1).split(";\n")) {
        if (!sql.replaceAll("(?m)^--.*$", "").isBlank()) {
          statements.add(sql.strip().replaceAll(";$", ""));
        }
      }
      out.put(parts[i].substring(0, eol).strip(), statements);
    }
    return out;
  }

  private static String read() {
    try (InputStream in = DuckDbCodedLoad.class.getResourceAsStream(SCRIPT)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SCRIPT);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
