package org.annals.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.ingest.BadRecord;
import org.jspecify.annotations.Nullable;

/**
 * The bulk load of a coded JSON Lines file into DuckDB ({@link EventStore#loadCoded}): the
 * statements of {@code coded-duckdb.sql}, run in order in the writer's open transaction, so that
 * DuckDB reads, parses and joins the file in its own code on all its threads instead of our
 * appenders filling its tables a row at a time (issue 5, docs/performance.md).
 */
final class DuckDbCodedLoad {
  private static final String SCRIPT = "coded-duckdb.sql";
  private static final Pattern ONLY_IF = Pattern.compile("(?m)^-- only if: (.*)$");
  private static final Pattern PARAMETER = Pattern.compile("\\$\\{(file|name)\\}");
  /** The script's parts by name, in order. */
  private static final Map<String, Part> PARTS = parse(Migrations.read(SCRIPT));

  /**
   * A part of the script: its statements, and the query that must count more than 0 for them to
   * run, if any.
   */
  private record Part(String name, List<String> statements, @Nullable String onlyIf) {}

  private DuckDbCodedLoad() {}

  /**
   * Loads a file in the open transaction of {@code c}, which the caller commits. DuckDB's JSON
   * reader parses it first; if it stops at a line it cannot read, the transaction is rolled back
   * and the file read again a line at a time, which numbers every line as the file does.
   *
   * @param name the file's name in quarantine records
   */
  static CodedLoad load(Connection c, Path file, String name) throws SQLException {
    try {
      return load(c, file, name, /* exact= */ false);
    } catch (SQLException e) {
      // most likely a line the reader cannot parse; any other error comes again below
      c.rollback();
      return load(c, file, name, /* exact= */ true);
    }
  }

  private static CodedLoad load(Connection c, Path file, String name, boolean exact)
      throws SQLException {
    Map<String, String> values = Map.of("file", file.toAbsolutePath().toString(), "name", name);
    String parsed = part(exact ? "parsed exact" : "parsed fast");
    Map<String, Integer> counts = new HashMap<>();
    try (Statement s = c.createStatement()) {
      for (Part p : PARTS.values()) {
        if (p.name().startsWith("parsed") || (p.onlyIf() != null && single(s, p.onlyIf()) == 0)) {
          continue;
        }
        if (p.name().equals("cleanup")) {
          break; // the counts and the bad lines are read first
        }
        for (String sql : p.statements()) {
          counts.merge(p.name(), execute(c, sql.replace("${parsed}", parsed), values),
              Integer::sum);
        }
        if (p.name().equals("mentions") && !exact
            && single(s, "SELECT COUNT(*) FROM coded_mentions WHERE reason IS NOT NULL") > 0) {
          // the reader skips blank lines: only the exact reading numbers the bad lines right
          String sql = p.statements().get(0).replace("${parsed}", part("parsed exact"));
          execute(c, sql, values);
        }
      }
      int stored = (int) single(s, "SELECT COUNT(*) FROM coded_stored");
      List<BadRecord> bad = badLines(s, name);
      for (String sql : PARTS.get("cleanup").statements()) {
        s.execute(sql);
      }
      return new CodedLoad(counts.get("insert articles"), stored, counts.get("insert mentions"),
          counts.get("insert events"), bad);
    }
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

  /** Runs a statement with its {@code ${file}} and {@code ${name}} bound; returns its count. */
  private static int execute(Connection c, String sql, Map<String, String> values)
      throws SQLException {
    List<String> bound = new ArrayList<>();
    Matcher m = PARAMETER.matcher(sql);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      bound.add(values.get(m.group(1)));
      m.appendReplacement(out, "?");
    }
    m.appendTail(out);
    try (PreparedStatement ps = c.prepareStatement(out.toString())) {
      for (int i = 0; i < bound.size(); i++) {
        ps.setString(i + 1, bound.get(i));
      }
      return ps.executeUpdate();
    }
  }

  /** The text of a part that is not run itself: one statement, without its comments. */
  private static String part(String name) {
    return PARTS.get(name).statements().get(0).replaceAll("(?m)^--.*\n", "");
  }

  /**
   * Splits the script at its {@code -- name:} lines, and each part into its statements (each
   * ends with a semicolon at the end of a line).
   */
  private static Map<String, Part> parse(String script) {
    Map<String, Part> out = new LinkedHashMap<>();
    String[] parts = script.split("\n-- name: ");
    for (int i = 1; i < parts.length; i++) {
      int eol = parts[i].indexOf('\n');
      String name = parts[i].substring(0, eol).strip();
      String body = parts[i].substring(eol + 1);
      Matcher m = ONLY_IF.matcher(body);
      List<String> statements = new ArrayList<>();
      for (String sql : body.split(";\n")) {
        if (!sql.replaceAll("(?m)^--.*$", "").isBlank()) {
          statements.add(sql.strip().replaceAll(";$", ""));
        }
      }
      out.put(name, new Part(name, statements, m.find() ? m.group(1) : null));
    }
    return out;
  }
}
