package org.annals.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.annals.CodedArticle;
import org.annals.ingest.Article;
import org.annals.ingest.BadRecord;
import org.jspecify.annotations.Nullable;

/**
 * What the DuckDB and PostgreSQL stores share: the transaction around a write, the skipping of
 * stored articles, and every read (the SQL is common to both). A subclass writes the rows of a
 * batch its own fastest way and exports flat tables.
 */
abstract class JdbcEventStore implements EventStore {
  final ConnectionPool readers;
  private final @Nullable Connection writer;
  private final String description;

  /**
   * @param writer the connection that writes, with auto-commit off; null for a read-only store
   */
  JdbcEventStore(ConnectionPool readers, @Nullable Connection writer, String description) {
    this.readers = readers;
    this.writer = writer;
    this.description = description;
  }

  /** Writes a batch's rows in the open transaction; returns how many events are new. */
  abstract int write(Connection c, Batch batch) throws SQLException;

  /**
   * Makes ahead what writing the batch's rows needs, on the thread that submits the batch ({@link
   * StoreWriter}), while the writer's thread writes the batch before.
   */
  void prepare(Batch batch) {}

  /** Called first in each write transaction, e.g. to take a lock against other processes. */
  void beginWrite(Connection c) throws SQLException {}

  /** Called after each write transaction, committed or not, to undo {@link #beginWrite}. */
  void endWrite(Connection c) throws SQLException {}

  /**
   * Called after a batch was written, in its open transaction, e.g. to note what the database
   * holds for the next batch of the same transaction.
   */
  void written(Batch batch) {}

  /** Called after the last batch of a transaction was written, before the commit. */
  void beforeCommit(Connection c) throws SQLException {}

  /** Called after a write transaction was rolled back, to forget what {@link #written} noted. */
  void rolledBack() {}

  @Override
  public final SaveResult saveAll(Collection<CodedArticle> articles) {
    return saveBatches(List.of(articles).iterator());
  }

  @Override
  public final SaveResult saveBatches(Iterator<? extends Collection<CodedArticle>> batches) {
    Connection w = writable();
    synchronized (w) {
      try {
        beginWrite(w);
        Set<String> seen = new HashSet<>();
        int stored = 0;
        int mentions = 0;
        int newEvents = 0;
        List<String> skipped = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        while (batches.hasNext()) {
          Collection<CodedArticle> next = batches.next();
          List<CodedArticle> fresh = fresh(w, List.copyOf(next), seen, skipped, changed);
          Batch batch = next instanceof Batch.Made m && fresh.size() == m.size() ? m.rows
              : Batch.of(fresh);
          newEvents += write(w, batch);
          written(batch);
          stored += fresh.size();
          mentions += batch.mentions.size();
        }
        beforeCommit(w);
        w.commit();
        return new SaveResult(stored, skipped, changed, mentions, newEvents);
      } catch (SQLException | RuntimeException e) {
        rollback(w);
        rolledBack();
        throw e instanceof StoreException s ? s : new StoreException("cannot save articles in "
            + description + ": " + e.getMessage(), e);
      } finally {
        try {
          endWrite(w);
        } catch (SQLException e) {
          throw new StoreException("cannot end a write in " + description + ": "
              + e.getMessage(), e);
        }
      }
    }
  }

  /**
   * Runs work in a transaction of its own on the writing connection and commits it; rolls it back
   * if it fails, and wraps its error.
   */
  final <T> T inTransaction(String what, ConnectionPool.Work<T> work) {
    Connection w = writable();
    synchronized (w) {
      try {
        T result = work.run(w);
        w.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollback(w);
        rolledBack();
        throw e instanceof StoreException s ? s : new StoreException("cannot " + what + " in "
            + description + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * Returns the articles that the store does not hold and that this transaction has not
   * {@code seen}; adds the others to {@code skipped} (and to {@code changed} if stored with
   * another text).
   */
  private List<CodedArticle> fresh(Connection w, List<CodedArticle> all, Set<String> seen,
      List<String> skipped, List<String> changed) throws SQLException {
    Map<String, String> stored =
        storedArticles(w, all.stream().map(c -> c.parsed().article().id()).toList());
    List<CodedArticle> fresh = new ArrayList<>();
    for (CodedArticle c : all) {
      Article a = c.parsed().article();
      if (stored.containsKey(a.id()) || !seen.add(a.id())) {
        skipped.add(a.id());
        if (stored.containsKey(a.id()) && !sameText(stored.get(a.id()), a)) {
          changed.add(a.id());
        }
      } else {
        fresh.add(c);
      }
    }
    return fresh;
  }

  /**
   * Adds to the batch's rows of events that the store holds the publishers stored with them, so
   * that the rows carry the union and its size (NumSources).
   *
   * @param stored the {@code publishers} column of each of the batch's events that the store
   *     holds; null for an event stored before schema version 2, whose publishers are read from
   *     its mentions' articles
   */
  static void addStoredPublishers(Connection c, Batch b, Map<Long, @Nullable String> stored)
      throws SQLException {
    List<Long> legacy = new ArrayList<>();
    for (Map.Entry<Long, @Nullable String> e : stored.entrySet()) {
      if (e.getValue() == null) {
        legacy.add(e.getKey());
      } else {
        b.events.get(e.getKey()).publishers.addAll(EventRows.publishers(e.getValue()));
      }
    }
    if (legacy.isEmpty()) {
      return;
    }
    Array old = c.createArrayOf("BIGINT", legacy.toArray());
    try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT m.event_id, a.publisher"
        + " FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ANY(?)")) {
      ps.setArray(1, old);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          b.events.get(rs.getLong(1)).publishers.add(rs.getString(2));
        }
      }
    } finally {
      old.free();
    }
  }

  @Override
  public final Map<String, ArticleState> check(Collection<Article> articles) {
    Map<String, ArticleState> states = new LinkedHashMap<>();
    Map<String, String> stored =
        read("check articles", c -> storedHashes(c, articles.stream().map(Article::id).toList()));
    for (Article a : articles) {
      String hash = stored.get(a.id());
      states.put(a.id(), hash == null ? ArticleState.NEW
          : sameText(hash, a) ? ArticleState.STORED : ArticleState.CHANGED);
    }
    return states;
  }

  /**
   * Whether a stored article has the text of {@code a}. An empty hash is that of an article loaded
   * from coded lines that did not carry it ({@link #loadCoded}): its text is unknown, and taken
   * for the same.
   */
  private static boolean sameText(String storedHash, Article a) {
    return storedHash.isEmpty() || storedHash.equals(a.textHash());
  }

  /**
   * Returns the stored text hashes of those of the articles that the store holds, keyed by id, on
   * the writing connection in its open transaction.
   */
  Map<String, String> storedArticles(Connection c, List<String> ids) throws SQLException {
    return storedHashes(c, ids);
  }

  /** Returns the stored text hashes of those of the articles that the store holds, by id. */
  static Map<String, String> storedHashes(Connection c, List<String> ids)
      throws SQLException {
    Map<String, String> hashes = new HashMap<>();
    if (ids.isEmpty()) {
      return hashes;
    }
    Array array = c.createArrayOf("VARCHAR", new LinkedHashSet<>(ids).toArray());
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id, hash FROM articles WHERE id = ANY(?)")) {
      ps.setArray(1, array);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          hashes.put(rs.getString(1), rs.getString(2));
        }
      }
    } finally {
      array.free();
    }
    return hashes;
  }

  @Override
  public final void quarantine(Collection<BadRecord> records) {
    if (records.isEmpty()) {
      return;
    }
    Connection w = writable();
    synchronized (w) {
      try (PreparedStatement ps = w.prepareStatement("INSERT INTO quarantine (file, line,"
          + " reason, skipped, recorded_at) VALUES (?, ?, ?, ?, ?)"
          + " ON CONFLICT (file, line, reason) DO NOTHING")) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        for (BadRecord r : new LinkedHashSet<>(records)) {
          ps.setString(1, r.file());
          ps.setLong(2, r.line());
          ps.setString(3, r.reason());
          ps.setBoolean(4, r.skipped());
          ps.setTimestamp(5, now);
          ps.addBatch();
        }
        ps.executeBatch();
        w.commit();
      } catch (SQLException e) {
        rollback(w);
        throw new StoreException("cannot record bad input in " + description, e);
      }
    }
  }

  @Override
  public final List<BadRecord> quarantined() {
    return read("read the quarantine", c -> {
      List<BadRecord> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(
              "SELECT file, line, reason, skipped FROM quarantine ORDER BY file, line, reason");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new BadRecord(rs.getString(1), rs.getLong(2), rs.getString(3),
              rs.getBoolean(4)));
        }
      }
      return out;
    });
  }

  @Override
  public final Page<StoredEvent> query(EventQuery q) {
    Optional<Cursor> cursor = q.cursor().map(Cursor::parse);
    SqlFilter f = SqlFilter.of(q);
    cursor.ifPresent(f::after);
    List<StoredEvent> items = new ArrayList<>(page(f, q.limit() + 1));
    if (items.size() <= q.limit() && cursor.isPresent() && cursor.get().date().isPresent()) {
      // the dated events after the cursor ran out: the undated ones come next
      items.addAll(page(SqlFilter.of(q).undated(), q.limit() + 1 - items.size()));
    }
    if (items.size() <= q.limit()) {
      return new Page<>(items, Optional.empty());
    }
    StoredEvent last = items.get(q.limit() - 1);
    Cursor next = new Cursor(last.event().date().map(d -> d.day()), last.id());
    return new Page<>(items.subList(0, q.limit()), Optional.of(next.text()));
  }

  /** Reads one top-N of events, newest first, over the event rows that hold what a page shows. */
  private List<StoredEvent> page(SqlFilter f, int limit) {
    String sql = "SELECT " + EventRows.PAGE_COLUMNS + " FROM events e" + f.sql()
        + " ORDER BY e.event_date DESC NULLS LAST, e.id DESC LIMIT ?";
    return read("query events", c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setInt(f.bind(ps, 1), limit);
        return EventPages.page(c, EventPages.rows(ps));
      }
    });
  }

  @Override
  public final void forEach(EventQuery q, Consumer<StoredEvent> action) {
    SqlFilter f = SqlFilter.of(q);
    String sql = "SELECT " + EventRows.EVENT_COLUMNS + " FROM events e" + EventRows.FIRST_MENTION
        + f.sql() + " ORDER BY e.event_date NULLS LAST, e.id";
    read("read events", c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setFetchSize(1000);
        f.bind(ps, 1);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            action.accept(EventRows.storedEvent(rs));
          }
        }
      }
      return null;
    });
  }

  @Override
  public final Optional<EventDetail> event(long id) {
    return read("read event " + id, c -> EventPages.detail(c, id));
  }

  @Override
  public final Optional<StoredArticle> article(String id) {
    return read("read article " + id, c -> {
      try (PreparedStatement ps = c.prepareStatement(EventRows.ARTICLE_SELECT
          + " WHERE a.id = ?")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(EventRows.article(rs)) : Optional.empty();
        }
      }
    });
  }

  /**
   * The keys with many values in each period: an aggregate by one of them reads the earliest
   * periods first, since the buckets come in period order and {@code maxBuckets} of them are
   * usually filled within the first periods.
   */
  private static final Set<GroupBy> MANY_KEYS =
      Set.of(GroupBy.DYAD, GroupBy.COUNTRY_DYAD, GroupBy.SOURCE, GroupBy.TARGET);

  @Override
  public final List<Bucket> aggregate(EventQuery filter, Period period, GroupBy by,
      int maxBuckets) {
    if (maxBuckets < 1) {
      throw new IllegalArgumentException("maxBuckets must be positive: " + maxBuckets);
    }
    if (period == Period.ALL || !MANY_KEYS.contains(by)) {
      return buckets(filter, period, by, maxBuckets, null);
    }
    // By month and dyad a million events make some 600,000 buckets, of which a page shows the
    // first 1,000 (issue 5). Aggregating the earliest periods only, and more of them until the
    // page is full, gives the same buckets: periods are whole and come first in the order.
    Optional<LocalDate[]> range = dateRange(filter);
    if (range.isEmpty()) {
      return List.of();
    }
    LocalDate start = periodStart(range.get()[0], period);
    for (int n = 1; ; n *= 4) {
      LocalDate end = plusPeriods(start, period, n);
      List<Bucket> out = buckets(filter, period, by, maxBuckets, end);
      if (out.size() >= maxBuckets || end.isAfter(range.get()[1])) {
        return out;
      }
    }
  }

  /** The buckets of events before {@code end} (all if null). */
  private List<Bucket> buckets(EventQuery filter, Period period, GroupBy by, int maxBuckets,
      @Nullable LocalDate end) {
    SqlFilter f = SqlFilter.of(filter);
    if (period != Period.ALL) {
      f.add("e.event_date IS NOT NULL");
    }
    if (end != null) {
      f.add("e.event_date < ?", end);
    }
    String sql;
    if (end == null) {
      // by day first, then by period: truncating 700,000 dates cost more than the grouping
      sql = "SELECT " + periodSql(period, "x.d") + " AS period, k, CAST(SUM(n) AS BIGINT) AS n,"
          + " CAST(SUM(m) AS BIGINT) AS m, SUM(g) AS g FROM (SELECT e.event_date AS d, "
          + keySql(by) + " AS k, COUNT(*) AS n, SUM(e.mention_count) AS m,"
          + " SUM(e.goldstein) AS g FROM events e" + f.sql() + " GROUP BY 1, 2) x"
          + " GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2 LIMIT ?";
    } else {
      // the earliest periods of a key with many values: nearly one group per event and day, so
      // grouping by day first would not shrink the rows
      sql = "SELECT " + periodSql(period, "e.event_date") + " AS period, " + keySql(by) + " AS k,"
          + " COUNT(*) AS n, CAST(SUM(e.mention_count) AS BIGINT) AS m, SUM(e.goldstein) AS g"
          + " FROM events e" + f.sql() + " GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2 LIMIT ?";
    }
    return read("aggregate events", c -> {
      List<Bucket> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setInt(f.bind(ps, 1), maxBuckets);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new Bucket(Optional.ofNullable(EventRows.date(rs, "period")),
                rs.getString("k"), rs.getLong("n"), rs.getLong("m"), rs.getDouble("g")));
          }
        }
      }
      return out;
    });
  }

  /** The first and last event dates that the filter matches; empty if none is dated. */
  private Optional<LocalDate[]> dateRange(EventQuery filter) {
    SqlFilter f = SqlFilter.of(filter);
    String sql = "SELECT MIN(e.event_date) AS lo, MAX(e.event_date) AS hi FROM events e" + f.sql();
    return read("aggregate events", c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        f.bind(ps, 1);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          LocalDate lo = EventRows.date(rs, "lo");
          LocalDate hi = EventRows.date(rs, "hi");
          return lo == null || hi == null ? Optional.empty()
              : Optional.of(new LocalDate[] {lo, hi});
        }
      }
    });
  }

  /** The first day of the period that holds {@code day}, as {@link #periodSql} truncates. */
  static LocalDate periodStart(LocalDate day, Period p) {
    return switch (p) {
      case ALL, DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
      case YEAR -> day.withDayOfYear(1);
    };
  }

  /** The first day {@code n} periods after {@code start}. */
  static LocalDate plusPeriods(LocalDate start, Period p, int n) {
    return switch (p) {
      case ALL, DAY -> start.plusDays(n);
      case WEEK -> start.plusWeeks(n);
      case MONTH -> start.plusMonths(n);
      case YEAR -> start.plusYears(n);
    };
  }

  /** The period expression of an aggregate over a date column: fixed SQL, no user text. */
  private static String periodSql(Period p, String day) {
    return switch (p) {
      case ALL -> "CAST(NULL AS DATE)";
      case DAY -> day;
      case WEEK -> "CAST(date_trunc('week', " + day + ") AS DATE)";
      case MONTH -> "CAST(date_trunc('month', " + day + ") AS DATE)";
      case YEAR -> "CAST(date_trunc('year', " + day + ") AS DATE)";
    };
  }

  /** The key expression of an aggregate: fixed SQL chosen by the enum, no user text. */
  private static String keySql(GroupBy by) {
    return switch (by) {
      case NONE -> "CAST('' AS TEXT)";
      case ROOT -> "e.root";
      case QUAD -> "CAST(e.quad AS TEXT)";
      case PLOVER -> "e.plover";
      case DYAD -> "e.source || '>' || e.target";
      case COUNTRY_DYAD -> "e.source_country || '>' || e.target_country";
      case SOURCE -> "e.source";
      case TARGET -> "e.target";
      case MODE -> "e.mode";
    };
  }

  @Override
  public final List<ActorSummary> actors() {
    String sql = "SELECT a.code, a.country, a.name, COALESCE(s.n, 0) AS s, COALESCE(t.n, 0) AS t"
        + " FROM actors a"
        + " LEFT JOIN (SELECT source AS code, COUNT(*) AS n FROM events GROUP BY source) s"
        + " ON s.code = a.code"
        + " LEFT JOIN (SELECT target AS code, COUNT(*) AS n FROM events GROUP BY target) t"
        + " ON t.code = a.code ORDER BY COALESCE(s.n, 0) + COALESCE(t.n, 0) DESC, a.code";
    return read("read actors", c -> {
      List<ActorSummary> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new ActorSummary(rs.getString(1), rs.getString(2), rs.getString(3),
              rs.getLong(4), rs.getLong(5)));
        }
      }
      return out;
    });
  }

  @Override
  public final StoreStats stats() {
    return read("count rows", c -> new StoreStats(count(c, "articles"), count(c, "events"),
        count(c, "mentions"), count(c, "actors"), count(c, "quarantine")));
  }

  /** Counts a table's rows; {@code table} is one of the schema's fixed names. */
  private static long count(Connection c, String table) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Override
  public final String describe() {
    return description;
  }

  /** Runs a read on a pooled connection, wrapping its SQL errors. */
  final <T> T read(String what, ConnectionPool.Work<T> work) {
    try {
      return readers.with(work);
    } catch (SQLException e) {
      throw new StoreException("cannot " + what + " in " + description + ": " + e.getMessage(),
          e);
    }
  }

  private Connection writable() {
    if (writer == null) {
      throw new StoreException(description + " is open read-only");
    }
    return writer;
  }

  private static void rollback(Connection c) {
    try {
      c.rollback();
    } catch (SQLException e) {
      // the write failed already; that error is the one to report
    }
  }

  @Override
  public void close() {
    readers.close();
    if (writer != null) {
      synchronized (writer) {
        ConnectionPool.closeQuietly(writer);
      }
    }
  }
}
