package org.annals.store;

import java.util.List;
import java.util.stream.Collectors;

/** The columns of a flat-table export: one row per event with its first mention's words. */
final class ExportColumns {
  /** A column: its name, the SQL that reads it, and its type. */
  record Column(String name, String sql, String type) {}

  static final List<Column> ALL = List.of(
      new Column("id", "e.id", "BIGINT"),
      new Column("event_date", "e.event_date", "DATE"),
      new Column("date_precision", "e.date_precision", "TEXT"),
      new Column("source", "e.source", "TEXT"),
      new Column("source_country", "e.source_country", "TEXT"),
      new Column("target", "e.target", "TEXT"),
      new Column("target_country", "e.target_country", "TEXT"),
      new Column("code", "e.code", "TEXT"),
      new Column("code_name", "e.code_name", "TEXT"),
      new Column("root", "e.root", "TEXT"),
      new Column("quad", "e.quad", "INTEGER"),
      new Column("goldstein", "e.goldstein", "DOUBLE"),
      new Column("plover", "e.plover", "TEXT"),
      new Column("mode", "e.mode", "TEXT"),
      new Column("mentions", "e.mention_count", "INTEGER"),
      new Column("articles", "e.article_count", "INTEGER"),
      new Column("place_name", "e.place_name", "TEXT"),
      new Column("place_country", "e.place_country", "TEXT"),
      new Column("place_lat", "e.place_lat", "DOUBLE"),
      new Column("place_lon", "e.place_lon", "DOUBLE"),
      new Column("first_article", "e.first_article", "TEXT"),
      new Column("url", "a.url", "TEXT"),
      new Column("source_text", "m.source_text", "TEXT"),
      new Column("target_text", "m.target_text", "TEXT"),
      new Column("trigger_word", "m.trigger_word", "TEXT"),
      new Column("evidence", "m.evidence", "TEXT"));

  private ExportColumns() {}

  /** Returns the SELECT of the export, oldest first, with the filter's bind parameters. */
  static String select(SqlFilter f) {
    return "SELECT " + ALL.stream().map(c -> c.sql() + " AS " + c.name())
        .collect(Collectors.joining(", ")) + " FROM events e" + EventRows.FIRST_MENTION + f.sql()
        + " ORDER BY e.event_date NULLS LAST, e.id";
  }
}
