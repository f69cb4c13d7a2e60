package org.annals.store;

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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.annals.events.ActorRef;
import org.annals.events.Event;
import org.annals.events.EventDate;
import org.annals.events.Place;
import org.annals.ingest.Article;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;

/**
 * The event store on an embedded DuckDB file. One connection writes, through DuckDB's appender
 * (articles, mentions and new events straight into their tables; the counts of events it has
 * already through a temporary staging table and an update); reads run on duplicates of the
 * database connection and see committed batches.
 */
final class DuckDbEventStore extends JdbcEventStore {
  /**
   * The columns of {@code stage_events}: those that {@link Batch#EVENT_COUNTS} adds to an event
   * that the store holds. The rest of such a row, its {@code shown} JSON above all, is never read.
   */
  private static final String STAGED_COLUMNS = "id, mention_count, article_count, place_name,"
      + " place_country, place_kind, place_lat, place_lon, source_count, publishers";

  private final DuckDBConnection database;
  /** The actor codes stored, read on the first write: new ones are appended, no upsert. */
  private @Nullable Set<String> storedActors;
  /** The event ids stored, read on the first write; null until then or when it is full. */
  private @Nullable StoredIds storedEvents;
  /**
   * The article ids stored ({@link StoredIds#keyOf}), read on the first write; null until then or
   * when it is full. Looking a batch's articles up in the table took 30 ms a batch at 100,000
   * articles, growing with the table (issue 5, docs/performance.md).
   */
  private @Nullable StoredIds storedArticleIds;
  /**
   * The publishers of the events that the open transaction wrote or counted, as its batches left
   * them: a later batch that mentions them needs no lookup. Cleared at the end of a transaction.
   */
  private final Map<Long, Set<String>> publishers = new HashMap<>();
  /**
   * One copy of each set of publishers in {@link #publishers}: most events of a transaction have
   * the same one or two, and a set for each of hundreds of thousands of events was a large part
   * of what the collector copied at each pause (issue 5).
   */
  private final Map<Set<String>, Set<String>> publisherSets = new HashMap<>();
  /** The counts that the open transaction adds to stored events, summed over its batches. */
  private final Map<Long, Counts> counts = new LinkedHashMap<>();

  /** What the batches of a transaction add to a stored event: the {@link #STAGED_COLUMNS}. */
  private static final class Counts {
    final long id;
    int mentions;
    int articles;
    @Nullable Place place;
    Set<String> publishers = Set.of();

    Counts(long id) {
      this.id = id;
    }

    /** Adds a batch's row, whose publishers are the union of those before and its own. */
    void add(Batch.EventRow r) {
      mentions += r.mentions;
      articles += r.articles.size(); // a transaction holds an article once
      if (place == null) {
        place = r.place.orElse(null);
      }
      publishers = r.publishers;
    }
  }

  private DuckDbEventStore(DuckDBConnection database, @Nullable Connection writer,
      String description) {
    super(new ConnectionPool(() -> duplicate(database)), writer, description);
    this.database = database;
  }

  /** Opens (and creates or migrates, unless read-only) a database file; null for in-memory. */
  static DuckDbEventStore open(@Nullable Path file, boolean readOnly) {
    String where = file == null ? ":memory:" : file.toAbsolutePath().toString();
    String description = "duckdb:" + where;
    if (readOnly && (file == null || !Files.exists(file))) {
      throw new StoreException("no database " + where);
    }
    DuckDBConnection db = null;
    try {
      Properties p = new Properties();
      if (readOnly) {
        p.setProperty("duckdb.read_only", "true");
      }
      db = (DuckDBConnection) DriverManager.getConnection(
          "jdbc:duckdb:" + (file == null ? "" : where), p);
      Connection writer = null;
      if (readOnly) {
        if (Migrations.current(db) < 1) {
          throw new StoreException(where + " is not an Annals database (no schema_version)");
        }
      } else {
        Migrations.apply(db);
        writer = writer(db);
      }
      return new DuckDbEventStore(db, writer, description);
    } catch (SQLException e) {
      if (db != null) {
        ConnectionPool.closeQuietly(db);
      }
      throw openError(where, e);
    } catch (RuntimeException e) {
      if (db != null) {
        ConnectionPool.closeQuietly(db);
      }
      throw e;
    }
  }

  private static StoreException openError(String where, SQLException e) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("lock")) {
      return new StoreException("cannot open " + where + ": another process has it open (DuckDB"
          + " lets one process write a database file; stop the other process, ingest through"
          + " the server with `annals serve --ingest FILE...`, or use PostgreSQL for separate"
          + " ingest and server processes): " + m, e);
    }
    return new StoreException("cannot open " + where + ": " + m, e);
  }

  private static Connection writer(DuckDBConnection db) throws SQLException {
    Connection w = db.duplicate();
    try (Statement s = w.createStatement()) {
      // checkpoint (compress the WAL into the file, serialize the indexes) every 256 MB of WAL
      // rather than every 16 MB: a checkpoint costs about as much as a batch of articles
      s.execute("SET checkpoint_threshold = '256MB'");
      s.execute("CREATE TEMP TABLE stage_events AS SELECT " + STAGED_COLUMNS
          + " FROM events LIMIT 0");
    }
    w.setAutoCommit(false);
    return w;
  }

  private static Connection duplicate(DuckDBConnection db) throws SQLException {
    Connection c;
    synchronized (db) {
      c = db.duplicate();
    }
    try (Statement s = c.createStatement()) {
      // a page's top-N sorts the ids and dates only and then fetches its rows' other columns,
      // instead of sorting every column of every event (DuckDB does so up to 50 rows by default)
      s.execute("SET late_materialization_max_rows = " + (EventQuery.MAX_LIMIT + 1));
    }
    return c;
  }

  /**
   * Writes on one DuckDB thread. Appending a batch and committing it gain nothing from DuckDB's
   * parallel tasks on a small machine, and the tasks cost CPU: a quarter of the process's CPU time
   * in a load of a million events on 2 cores (issue 5, docs/performance.md). Reads on other
   * connections meanwhile (serve --ingest) run on one thread too.
   */
  @Override
  void beginWrite(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SET threads = 1");
    }
  }

  @Override
  void endWrite(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("RESET threads");
    }
  }

  @Override
  int write(Connection c, Batch b) throws SQLException {
    DuckDBConnection dc = c.unwrap(DuckDBConnection.class);
    prepare(b);
    Set<Long> known = knownEvents(c, b);
    LocalDateTime now = LocalDateTime.now();
    try (DuckDBAppender ap = dc.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "articles")) {
      for (Batch.ArticleRow r : b.articles) {
        appendArticle(ap, r, now);
      }
    }
    try (DuckDBAppender ap = dc.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "mentions")) {
      List<byte[][]> text = b.mentionText;
      for (int i = 0; i < b.mentions.size(); i++) {
        appendMention(ap, b.mentions.get(i), text.get(i));
      }
    }
    // new events go straight into their table; the counts of known ones wait for the commit
    try (DuckDBAppender fresh = dc.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events")) {
      for (Batch.EventRow r : b.events.values()) {
        if (known.contains(r.id)) {
          counts.computeIfAbsent(r.id, Counts::new).add(r);
        } else {
          appendEvent(fresh, r);
        }
        publishers.put(r.id, shared(r.publishers));
      }
    }
    List<Batch.ActorRow> newActors = newActors(c, b);
    if (!newActors.isEmpty()) {
      try (DuckDBAppender ap = dc.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "actors")) {
        for (Batch.ActorRow r : newActors) {
          append(ap, Batch.values(r));
        }
      }
    }
    return b.events.size() - known.size();
  }

  /**
   * Adds the counts of the stored events that the transaction's batches mention, one row per
   * event, by one update: an update scans the events' ids, and one per batch took a few seconds
   * of a million-event load (issue 5).
   */
  @Override
  void beforeCommit(Connection c) throws SQLException {
    publishers.clear();
    publisherSets.clear();
    if (counts.isEmpty()) {
      return;
    }
    DuckDBConnection dc = c.unwrap(DuckDBConnection.class);
    try (DuckDBAppender stage = dc.createAppender("temp", "main", "stage_events")) {
      for (Counts r : counts.values()) {
        appendStaged(stage, r);
      }
    }
    counts.clear();
    try (Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE events SET " + Batch.EVENT_COUNTS.replace("excluded.", "s.")
          + " FROM stage_events s WHERE events.id = s.id");
      s.execute("DELETE FROM stage_events");
    }
  }

  /** The one unmodifiable copy of a set of publishers that the open transaction keeps. */
  private Set<String> shared(Set<String> set) {
    Set<String> one = publisherSets.get(set);
    if (one == null) {
      one = Set.copyOf(set);
      publisherSets.put(one, one);
    }
    return one;
  }

  /** Looks up only the articles that the filter of stored article ids might hold. */
  @Override
  Map<String, String> storedArticles(Connection c, List<String> ids) throws SQLException {
    if (storedArticleIds == null) {
      storedArticleIds = readIds(c, "articles", rs -> StoredIds.keyOf(rs.getString(1)));
    }
    List<String> candidates = new ArrayList<>();
    for (String id : ids) {
      if (storedArticleIds.mightHold(StoredIds.keyOf(id))) {
        candidates.add(id);
      }
    }
    return candidates.isEmpty() ? new HashMap<>() : storedHashes(c, candidates);
  }

  /**
   * Notes the batch's ids for the next batch of the same transaction. Should the transaction be
   * rolled back, the filters keep ids that the database does not hold, which costs a lookup each
   * and nothing else: a filter answers "might hold".
   */
  @Override
  void written(Batch b) {
    if (storedActors != null) {
      storedActors.addAll(b.actors.keySet());
    }
    if (storedArticleIds != null) {
      for (Batch.ArticleRow r : b.articles) {
        storedArticleIds.add(StoredIds.keyOf(r.article().id()));
      }
      if (storedArticleIds.full()) {
        storedArticleIds = null; // read again, into a larger filter, on the next write
      }
    }
    if (storedEvents != null) {
      for (long id : b.events.keySet()) {
        if (!storedEvents.mightHold(id)) {
          storedEvents.add(id);
        }
      }
      if (storedEvents.full()) {
        storedEvents = null; // read again, into a larger filter, on the next write
      }
    }
  }

  @Override
  void rolledBack() {
    storedActors = null; // an exact set: read again on the next write
    publishers.clear();
    publisherSets.clear();
    counts.clear();
  }

  /** Returns the batch's actors that the database does not hold. */
  private List<Batch.ActorRow> newActors(Connection c, Batch b) throws SQLException {
    if (storedActors == null) {
      Set<String> codes = new HashSet<>();
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT code FROM actors")) {
        while (rs.next()) {
          codes.add(rs.getString(1));
        }
      }
      storedActors = codes;
    }
    List<Batch.ActorRow> out = new ArrayList<>();
    for (Batch.ActorRow r : b.actors.values()) {
      if (!storedActors.contains(r.code())) {
        out.add(r);
      }
    }
    return out;
  }

  private static void appendArticle(DuckDBAppender ap, Batch.ArticleRow r, LocalDateTime now)
      throws SQLException {
    Article a = r.article();
    ap.beginRow();
    ap.append(a.id()).append(r.hash());
    date(ap, a.date().orElse(null));
    ap.append(a.source()).append(a.title());
    text(ap, r.url().isEmpty() ? null : r.url());
    ap.append(r.events()).append(now);
    ap.endRow();
  }

  /**
   * Encodes the text columns of the batch's mentions and events in UTF-8, the form the appender
   * copies: 1.5 s of a million events' writing on the writer's thread otherwise (issue 5).
   */
  @Override
  void prepare(Batch b) {
    if (b.mentionText != null) {
      return;
    }
    List<byte[][]> text = new ArrayList<>(b.mentions.size());
    for (Batch.MentionRow r : b.mentions) {
      text.add(mentionText(r.event()));
    }
    for (Batch.EventRow r : b.events.values()) {
      r.text = eventText(r);
    }
    b.mentionText = text;
  }

  /** The text columns of a mention row, in table order, null where absent. */
  private static byte[][] mentionText(Event e) {
    ActorRef s = e.source();
    ActorRef t = e.target();
    EventDate d = e.date().orElse(null);
    Place p = e.place().orElse(null);
    return utf8(e.doc(), e.id(), s.code(), s.text(), s.entry(), t.code(), t.text(), t.entry(),
        d == null ? null : d.text(), d == null ? null : d.source(), e.trigger(), e.evidence(),
        e.pattern(), e.cause().orElse(null), p == null ? null : p.name(),
        p == null ? null : p.country(), p == null ? null : p.kind(),
        e.attribution().orElse(null));
  }

  /** The text columns of an event row that are not the same for many rows, in table order. */
  private static byte[][] eventText(Batch.EventRow r) {
    Event e = r.first;
    Place p = r.place.orElse(null);
    return utf8(e.source().code(), e.target().code(), e.source().country(),
        e.target().country(), p == null ? null : p.name(), p == null ? null : p.country(),
        p == null ? null : p.kind(), e.doc(), e.id(), r.shown(), r.publishersJson());
  }

  private static byte[][] utf8(@Nullable String... values) {
    byte[][] out = new byte[values.length][];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i] == null ? null : values[i].getBytes(StandardCharsets.UTF_8);
    }
    return out;
  }

  /**
   * Appends a mention row: the columns of {@link Batch#values(Batch.MentionRow)}, unboxed, its
   * text from {@link #mentionText}.
   */
  private static void appendMention(DuckDBAppender ap, Batch.MentionRow r, byte[][] text)
      throws SQLException {
    Event e = r.event();
    ActorRef s = e.source();
    ActorRef t = e.target();
    Place p = e.place().orElse(null);
    ap.beginRow();
    ap.append(r.eventId());
    bytes(ap, text[0]).append(text[1]); // article, mention
    bytes(ap, text[2]).append(text[3]).append(s.begin()).append(s.end()).append(text[4]);
    bytes(ap, text[5]).append(text[6]).append(t.begin()).append(t.end()).append(text[7]);
    bytes(ap, text[8]);
    bytes(ap, text[9]); // date text, source
    ap.append(e.sentence()).append(text[10]).append(e.triggerBegin())
        .append(e.triggerEnd()).append(text[11]).append(text[12]);
    bytes(ap, text[13]); // cause
    ap.append(r.causeEvent().orElse(null));
    place(ap, text, 14, p);
    ap.append(e.count().orElse(null));
    bytes(ap, text[17]); // attribution
    ap.endRow();
  }

  /**
   * Appends the place columns: name, country and kind, made ahead at {@code text[at]} onwards,
   * then latitude and longitude.
   */
  private static void place(DuckDBAppender ap, byte[][] text, int at, @Nullable Place p)
      throws SQLException {
    bytes(ap, text[at]);
    bytes(ap, text[at + 1]);
    bytes(ap, text[at + 2]);
    if (p == null) {
      ap.appendNull().appendNull();
    } else {
      ap.append(p.lat()).append(p.lon());
    }
  }

  private static DuckDBAppender bytes(DuckDBAppender ap, byte @Nullable [] b)
      throws SQLException {
    return b == null ? ap.appendNull() : ap.append(b);
  }

  private static void text(DuckDBAppender ap, @Nullable String s) throws SQLException {
    if (s == null) {
      ap.appendNull();
    } else {
      ap.append(s);
    }
  }

  private static void date(DuckDBAppender ap, @Nullable LocalDate d) throws SQLException {
    if (d == null) {
      ap.appendNull();
    } else {
      ap.append(d);
    }
  }

  /**
   * Returns the ids, among the batch's events, that the database holds already, and adds their
   * publishers to the batch's rows: for the events that this transaction wrote or counted, those
   * it noted; for others, the stored ones.
   */
  private Set<Long> knownEvents(Connection c, Batch b) throws SQLException {
    Set<Long> known = new HashSet<>();
    if (b.events.isEmpty()) {
      return known;
    }
    StoredIds stored = storedEvents(c);
    List<Long> candidates = new ArrayList<>();
    for (Batch.EventRow r : b.events.values()) {
      Set<String> noted = publishers.get(r.id);
      if (noted != null) {
        known.add(r.id);
        r.publishers.addAll(noted);
      } else if (stored.mightHold(r.id)) {
        candidates.add(r.id);
      }
    }
    if (candidates.isEmpty()) {
      return known;
    }
    Map<Long, @Nullable String> read = new HashMap<>();
    Array ids = c.createArrayOf("BIGINT", candidates.toArray());
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id, publishers FROM events WHERE id IN (SELECT UNNEST(?))")) {
      ps.setArray(1, ids);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          read.put(rs.getLong(1), rs.getString(2));
        }
      }
    }
    addStoredPublishers(c, b, read);
    known.addAll(read.keySet());
    return known;
  }

  /** Returns the filter of stored event ids, reading them all on first use. */
  private StoredIds storedEvents(Connection c) throws SQLException {
    if (storedEvents == null) {
      storedEvents = readIds(c, "events", rs -> rs.getLong(1));
    }
    return storedEvents;
  }

  /** How a row of {@code SELECT id} becomes a key of {@link StoredIds}. */
  private interface IdKey {
    long of(ResultSet rs) throws SQLException;
  }

  /** Reads the ids of a table, one of the schema's fixed names, into a new filter. */
  private static StoredIds readIds(Connection c, String table, IdKey key) throws SQLException {
    try (Statement s = c.createStatement()) {
      long n;
      try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
        rs.next();
        n = rs.getLong(1);
      }
      StoredIds ids = new StoredIds(2 * n); // room to grow before it is read again
      try (ResultSet rs = s.executeQuery("SELECT id FROM " + table)) {
        while (rs.next()) {
          ids.add(key.of(rs));
        }
      }
      return ids;
    }
  }

  /**
   * Appends an event row: the columns of {@link Batch#values(Batch.EventRow)}, unboxed, the text
   * of each row's own from {@link #eventText}.
   */
  private static void appendEvent(DuckDBAppender ap, Batch.EventRow r) throws SQLException {
    Event e = r.first;
    EventDate d = e.date().orElse(null);
    Place p = r.place.orElse(null);
    byte[][] text = r.text;
    ap.beginRow();
    ap.append(r.id).append(text[0]).append(text[1]).append(text[2]).append(text[3])
        .append(e.code().code()).append(e.code().name()).append(e.code().root())
        .append(e.code().quad()).append(e.code().goldstein()).append(e.code().plover())
        .append(e.mode().label());
    if (d == null) {
      ap.appendNull().appendNull();
    } else {
      ap.append(d.day()).append(EventRows.PRECISIONS[d.precision().ordinal()]);
    }
    place(ap, text, 4, p);
    ap.append(r.mentions).append(r.articles.size()).append(text[7]).append(text[8]);
    ap.append(text[9]).append(r.publishers.size()).append(text[10]);
    ap.endRow();
  }

  /** Appends the counts of an event that the store holds: the {@link #STAGED_COLUMNS}. */
  private static void appendStaged(DuckDBAppender ap, Counts r) throws SQLException {
    ap.beginRow();
    ap.append(r.id).append(r.mentions).append(r.articles);
    place(ap, r.place);
    ap.append(r.publishers.size()).append(EventRows.publishersJson(r.publishers));
    ap.endRow();
  }

  private static void place(DuckDBAppender ap, @Nullable Place p) throws SQLException {
    if (p == null) {
      ap.appendNull().appendNull().appendNull().appendNull().appendNull();
    } else {
      ap.append(p.name()).append(p.country()).append(p.kind()).append(p.lat()).append(p.lon());
    }
  }

  private static void append(DuckDBAppender ap, Object[] values) throws SQLException {
    ap.beginRow();
    for (Object v : values) {
      if (v == null) {
        ap.appendNull();
      } else if (v instanceof String s) {
        ap.append(s);
      } else if (v instanceof Long l) {
        ap.append(l.longValue());
      } else if (v instanceof Integer i) {
        ap.append(i.intValue());
      } else if (v instanceof Double d) {
        ap.append(d.doubleValue());
      } else if (v instanceof LocalDate d) {
        ap.append(d);
      } else if (v instanceof LocalDateTime t) {
        ap.append(t);
      } else {
        throw new IllegalArgumentException("cannot append " + v.getClass());
      }
    }
    ap.endRow();
  }

  /**
   * Loads the file by DuckDB's own reader and set-based SQL ({@link DuckDbCodedLoad}) in one
   * transaction, on all of DuckDB's threads.
   */
  @Override
  public CodedLoad loadCoded(Path file) {
    if (!Files.isReadable(file)) {
      throw new StoreException("cannot read " + file);
    }
    storedActors = null; // the load adds rows that the filters of the appending path lack
    storedEvents = null;
    storedArticleIds = null;
    return inTransaction("load " + file, c -> DuckDbCodedLoad.load(c, file, file.toString()));
  }

  @Override
  public void exportTable(EventQuery filter, TableFormat format, Path file) {
    SqlFilter f = SqlFilter.of(filter);
    String options = switch (format) {
      case CSV -> " (FORMAT csv, HEADER true)";
      case PARQUET -> " (FORMAT parquet)";
    };
    String sql = "COPY (" + ExportColumns.select(f) + ") TO ?" + options;
    read("export " + format.label(), c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(f.bind(ps, 1), file.toAbsolutePath().toString());
        ps.execute();
      }
      return null;
    });
  }

  @Override
  public void close() {
    super.close();
    synchronized (database) {
      ConnectionPool.closeQuietly(database);
    }
  }
}
