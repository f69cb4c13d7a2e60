package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads stored events with their first mentions in steps that each filter one table: the events,
 * then the mentions of those events by event id, then their articles by id, merged here. DuckDB
 * answers each step from a column scan in milliseconds, where one join of a page of events to a
 * million mentions took hundreds (issue 5, docs/performance.md).
 */
final class EventPages {
  /** The most values in one {@code IN} list. */
  private static final int CHUNK = 1000;

  private static final char SEP = '\u001f';

  private EventPages() {}

  /** Returns the rows of a query as maps by column label, in order. */
  static List<Map<String, Object>> rows(PreparedStatement ps) throws SQLException {
    List<Map<String, Object>> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      ResultSetMetaData md = rs.getMetaData();
      int n = md.getColumnCount();
      while (rs.next()) {
        Map<String, Object> row = new HashMap<>(n * 2);
        for (int i = 1; i <= n; i++) {
          row.put(md.getColumnLabel(i), rs.getObject(i));
        }
        out.add(row);
      }
    }
    return out;
  }

  /**
   * Returns the stored events of rows of {@link EventRows#PAGE_COLUMNS}, in the rows' order. A row
   * with a {@code shown} column is complete; the first mentions of rows stored before schema
   * version 2 are read from mentions and articles.
   */
  static List<StoredEvent> page(Connection c, List<Map<String, Object>> rows)
      throws SQLException {
    List<Object> legacy = new ArrayList<>();
    for (Map<String, Object> r : rows) {
      if (r.get("shown") == null) {
        legacy.add(r.get("id"));
      }
    }
    Map<Object, StoredEvent> old = new HashMap<>();
    for (StoredEvent e : byIds(c, legacy)) {
      old.put(e.id(), e);
    }
    List<StoredEvent> out = new ArrayList<>(rows.size());
    for (Map<String, Object> r : rows) {
      Object shown = r.get("shown");
      if (shown == null) {
        out.add(old.get(((Number) r.get("id")).longValue()));
      } else {
        EventRows.putShown(r, shown.toString());
        out.add(EventRows.storedEvent(r::get));
      }
    }
    return out;
  }

  /** Returns the stored events of these ids, in the ids' order; ids not stored are left out. */
  static List<StoredEvent> byIds(Connection c, List<Object> ids) throws SQLException {
    Map<Object, Map<String, Object>> rows = new HashMap<>();
    for (Map<String, Object> r : in(c, "SELECT * FROM events WHERE id", ids)) {
      rows.put(r.get("id"), r);
    }
    List<Map<String, Object>> ordered = new ArrayList<>(ids.size());
    for (Object id : ids) {
      if (rows.containsKey(id)) {
        ordered.add(rows.get(id));
      }
    }
    return withMentions(c, ordered);
  }

  /** The event columns a mention shows, from its event row. */
  private static final List<String> MENTION_EVENT_FIELDS =
      List.of("code", "code_name", "goldstein", "quad", "plover", "mode");

  /** Returns an event with all its mentions, by article and mention id; empty if not stored. */
  static Optional<EventDetail> detail(Connection c, long id) throws SQLException {
    List<Map<String, Object>> events = in(c, "SELECT * FROM events WHERE id", List.of(id));
    if (events.isEmpty()) {
      return Optional.empty();
    }
    StoredEvent event = withMentions(c, events).get(0);
    List<Map<String, Object>> mentions = in(c, "SELECT * FROM mentions WHERE event_id",
        List.of(id));
    Set<Object> articleIds = new LinkedHashSet<>();
    mentions.forEach(m -> articleIds.add(m.get("article_id")));
    Map<Object, Map<String, Object>> articles = new HashMap<>();
    for (Map<String, Object> a : in(c, "SELECT id AS article_id, hash, published, publisher,"
        + " title, url, event_count FROM articles WHERE id", List.copyOf(articleIds))) {
      articles.put(a.get("article_id"), a);
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Map<String, Object> m : mentions) {
      Map<String, Object> row = new HashMap<>(m);
      MENTION_EVENT_FIELDS.forEach(f -> row.put(f, events.get(0).get(f)));
      row.putAll(articles.getOrDefault(m.get("article_id"), Map.of()));
      out.add(EventRows.mention(row::get));
    }
    out.sort(Comparator.comparing((Mention x) -> x.event().doc())
        .thenComparing(x -> x.event().id()));
    return Optional.of(new EventDetail(event, out));
  }

  /**
   * Completes rows of {@code events} (all columns) with their first mention, URL and publisher
   * count; returns the stored events in the rows' order.
   */
  static List<StoredEvent> withMentions(Connection c, List<Map<String, Object>> events)
      throws SQLException {
    if (events.isEmpty()) {
      return List.of();
    }
    List<Object> ids = new ArrayList<>();
    for (Map<String, Object> e : events) {
      ids.add(e.get("id"));
    }
    List<Map<String, Object>> mentions = in(c, "SELECT event_id, article_id, mention_id, "
        + String.join(", ", EventRows.FIRST_MENTION_FIELDS) + " FROM mentions WHERE event_id", ids);
    Set<Object> articleIds = new LinkedHashSet<>();
    Map<String, Map<String, Object>> byKey = new HashMap<>();
    Map<Long, Set<Object>> articlesOf = new HashMap<>();
    for (Map<String, Object> m : mentions) {
      articleIds.add(m.get("article_id"));
      byKey.put(m.get("article_id") + "" + SEP + m.get("mention_id"), m);
      articlesOf.computeIfAbsent(((Number) m.get("event_id")).longValue(), k -> new HashSet<>())
          .add(m.get("article_id"));
    }
    Map<Object, Map<String, Object>> articles = new HashMap<>();
    for (Map<String, Object> a : in(c, "SELECT id, publisher, url FROM articles WHERE id",
        List.copyOf(articleIds))) {
      articles.put(a.get("id"), a);
    }
    List<StoredEvent> out = new ArrayList<>(events.size());
    for (Map<String, Object> e : events) {
      out.add(merge(e, byKey, articlesOf, articles));
    }
    return out;
  }

  private static StoredEvent merge(Map<String, Object> event,
      Map<String, Map<String, Object>> byKey, Map<Long, Set<Object>> articlesOf,
      Map<Object, Map<String, Object>> articles) throws SQLException {
    long id = ((Number) event.get("id")).longValue();
    Map<String, Object> first = byKey.get(event.get("first_article") + "" + SEP
        + event.get("first_mention"));
    if (first == null) {
      throw new StoreException("event " + id + " has no stored first mention");
    }
    Map<String, Object> row = new HashMap<>(event);
    for (String f : EventRows.FIRST_MENTION_FIELDS) {
      row.put(f, first.get(f));
    }
    Map<String, Object> article = articles.getOrDefault(event.get("first_article"), Map.of());
    row.put("url", article.get("url"));
    Set<Object> publishers = new HashSet<>();
    for (Object a : articlesOf.getOrDefault(id, Set.of())) {
      publishers.add(articles.getOrDefault(a, Map.of()).get("publisher"));
    }
    row.put("source_count", publishers.size());
    return EventRows.storedEvent(row::get);
  }

  /** Runs {@code sql IN (values)}, a chunk of values at a time; all rows. */
  private static List<Map<String, Object>> in(Connection c, String sql, List<Object> values)
      throws SQLException {
    List<Map<String, Object>> out = new ArrayList<>();
    for (int from = 0; from < values.size(); from += CHUNK) {
      Collection<Object> chunk = values.subList(from, Math.min(values.size(), from + CHUNK));
      String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
      try (PreparedStatement ps = c.prepareStatement(sql + " IN (" + marks + ")")) {
        int i = 1;
        for (Object v : chunk) {
          ps.setObject(i++, v);
        }
        out.addAll(rows(ps));
      }
    }
    return out;
  }
}
