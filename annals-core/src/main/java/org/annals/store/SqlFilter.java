package org.annals.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The WHERE clause of an {@link EventQuery} over {@code events e}. Only fixed SQL goes into the
 * text; every value the query carries is a bind parameter.
 */
final class SqlFilter {
  private final StringBuilder where = new StringBuilder(" WHERE 1 = 1");
  private final List<Object> params = new ArrayList<>();

  private SqlFilter() {}

  /** Returns the filter of a query's conditions (not its cursor). */
  static SqlFilter of(EventQuery q) {
    SqlFilter f = new SqlFilter();
    q.actor().ifPresent(a -> f.add("(e.source LIKE ? ESCAPE '\\' OR e.target LIKE ? ESCAPE '\\')",
        prefix(a), prefix(a)));
    q.source().ifPresent(s -> f.add("e.source LIKE ? ESCAPE '\\'", prefix(s)));
    q.target().ifPresent(t -> f.add("e.target LIKE ? ESCAPE '\\'", prefix(t)));
    q.country().ifPresent(c -> f.add("(e.source_country = ? OR e.target_country = ?)",
        upper(c), upper(c)));
    q.code().ifPresent(c -> f.add("e.code LIKE ? ESCAPE '\\'", prefix(c)));
    q.root().ifPresent(r -> f.add("e.root = ?", r));
    q.quad().ifPresent(n -> f.add("e.quad = ?", n));
    q.mode().ifPresent(m -> f.add("e.mode = ?", m.label()));
    q.from().ifPresent(d -> f.add("e.event_date >= ?", d));
    q.to().ifPresent(d -> f.add("e.event_date <= ?", d));
    q.text().ifPresent(t -> f.add("EXISTS (SELECT 1 FROM mentions t WHERE t.event_id = e.id"
        + " AND t.evidence ILIKE ? ESCAPE '\\')", "%" + escape(t) + "%"));
    q.article().ifPresent(a -> f.add(
        "EXISTS (SELECT 1 FROM mentions a WHERE a.event_id = e.id AND a.article_id = ?)", a));
    return f;
  }

  /**
   * Adds the cursor's condition: events after it in newest-first order. After a dated cursor these
   * are the dated events only; the undated ones, which come last, are a query of their own ({@link
   * #undated}). The bound on the date alone lets DuckDB filter while it scans, which it could not
   * with the undated events in an OR (issue 5).
   */
  SqlFilter after(Cursor c) {
    if (c.date().isPresent()) {
      LocalDate d = c.date().get();
      add("e.event_date <= ? AND (e.event_date < ? OR e.id < ?)", d, d, c.id());
    } else {
      add("(e.event_date IS NULL AND e.id < ?)", c.id());
    }
    return this;
  }

  /** Adds the condition of undated events only. */
  SqlFilter undated() {
    return add("e.event_date IS NULL");
  }

  /** Adds a condition with its parameters. */
  SqlFilter add(String condition, Object... values) {
    where.append(" AND ").append(condition);
    params.addAll(List.of(values));
    return this;
  }

  /** Returns the clause, starting with a space. */
  String sql() {
    return where.toString();
  }

  /** Binds the parameters from index {@code first}; returns the next free index. */
  int bind(PreparedStatement ps, int first) throws SQLException {
    int i = first;
    for (Object p : params) {
      ps.setObject(i++, p);
    }
    return i;
  }

  private static String prefix(String code) {
    return escape(upper(code)) + "%";
  }

  private static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  /** Escapes LIKE's wildcards so that the value matches as written. */
  static String escape(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
