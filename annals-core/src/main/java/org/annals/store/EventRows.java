package org.annals.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.annals.events.ActorRef;
import org.annals.events.CameoCode;
import org.annals.events.Event;
import org.annals.events.EventDate;
import org.annals.events.Mode;
import org.annals.events.Place;
import org.jspecify.annotations.Nullable;

/** The SELECTs that read events and mentions back, and the mapping of their rows. */
final class EventRows {
  /** The columns of a stored event with its first mention, over {@link #EVENT_FROM}. */
  static final String EVENT_COLUMNS = "e.id, e.source, e.target, e.code, e.code_name,"
      + " e.goldstein, e.quad, e.plover, e.mode, e.event_date, e.date_precision, e.place_name,"
      + " e.place_country, e.place_kind, e.place_lat, e.place_lon, e.mention_count,"
      + " e.article_count, e.first_article, m.source_text, m.source_begin, m.source_end,"
      + " m.source_entry, m.target_text, m.target_begin, m.target_end, m.target_entry,"
      + " m.date_source, m.sentence, m.trigger_word, m.trigger_begin, m.trigger_end,"
      + " m.evidence, m.pattern, m.cause_event, m.stated_count, m.attribution, a.url,"
      // GDELT's NumSources: the distinct publishers of the event's articles
      + " (SELECT COUNT(DISTINCT sa.publisher) FROM mentions sm JOIN articles sa"
      + " ON sa.id = sm.article_id WHERE sm.event_id = e.id) AS source_count";

  /** Joins an event {@code e} to its first mention {@code m} and first article {@code a}. */
  static final String FIRST_MENTION = " JOIN mentions m ON m.article_id = e.first_article"
      + " AND m.mention_id = e.first_mention LEFT JOIN articles a ON a.id = e.first_article";

  /** The columns of a mention with its event's code and its article. */
  static final String MENTION_SELECT = "SELECT m.event_id, m.article_id, m.mention_id,"
      + " m.source, m.source_text, m.source_begin, m.source_end, m.source_entry, m.target,"
      + " m.target_text, m.target_begin, m.target_end, m.target_entry, m.date_text,"
      + " m.date_source, m.sentence, m.trigger_word, m.trigger_begin, m.trigger_end,"
      + " m.evidence, m.pattern, m.cause_mention, m.place_name, m.place_country, m.place_kind,"
      + " m.place_lat, m.place_lon, m.stated_count, m.attribution, e.code, e.code_name,"
      + " e.goldstein, e.quad, e.plover, e.mode, a.hash, a.published, a.publisher, a.title,"
      + " a.url, a.event_count FROM mentions m JOIN events e ON e.id = m.event_id"
      + " JOIN articles a ON a.id = m.article_id";

  /** The columns of an article. */
  static final String ARTICLE_SELECT = "SELECT a.id AS article_id, a.hash, a.published,"
      + " a.publisher, a.title, a.url, a.event_count FROM articles a";

  private EventRows() {}

  /** A row of values by column label: a result set's, or one merged from several. */
  interface Row {
    @Nullable Object get(String column) throws SQLException;
  }

  /** The columns of a first mention that a stored event shows, as {@link #EVENT_COLUMNS} names. */
  static final List<String> FIRST_MENTION_FIELDS = List.of("source_text", "source_begin",
      "source_end", "source_entry", "target_text", "target_begin", "target_end", "target_entry",
      "date_source", "sentence", "trigger_word", "trigger_begin", "trigger_end", "evidence",
      "pattern", "cause_event", "stated_count", "attribution");

  /**
   * The keys of the {@code shown} column: the event's fields that do not change once it is stored
   * (codes, names, mode, date precision, the first mention's ids), the first mention's fields that
   * a stored event shows, and its article's URL. A page of events reads them from the event row,
   * one column rather than twenty, since DuckDB decompresses a vector of each column it fetches
   * for each row of the page (issue 5).
   */
  static final List<String> SHOWN = Stream.concat(Stream.of("source", "target", "code",
      "code_name", "goldstein", "quad", "plover", "mode", "date_precision", "first_article",
      "first_mention"), Stream.concat(FIRST_MENTION_FIELDS.stream(), Stream.of("url"))).toList();

  /**
   * The columns of an event row that a page reads, over {@code events e}: those that change as
   * later batches mention the event, the date it is sorted by, and {@code shown}.
   */
  static final String PAGE_COLUMNS = "e.id, e.event_date, e.shown, e.mention_count,"
      + " e.article_count, e.source_count, e.place_name, e.place_country, e.place_kind,"
      + " e.place_lat, e.place_lon";

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Returns the {@code shown} column of an event whose first mention is {@code e}: since schema
   * version 3 a JSON array of the values of {@link #SHOWN}, in that order, null where a value is
   * absent. Version 2 wrote an object with those keys, whose names were 45% of its bytes (700
   * characters an event in the million-event bench, 384 as an array); DuckDB logs, compresses and
   * writes every byte (issue 5, docs/performance.md).
   */
  static String shown(Event e, Optional<Long> cause, String url) {
    Optional<EventDate> date = e.date();
    JsonText j = JsonText.list(200 + e.evidence().length() + e.source().text().length()
            + e.target().text().length())
        .item(e.source().code())
        .item(e.target().code())
        .item(e.code().code())
        .item(e.code().name())
        .item(e.code().goldstein())
        .item(e.code().quad())
        .item(e.code().plover())
        .item(e.mode().label())
        .item(date.map(d -> PRECISIONS[d.precision().ordinal()]).orElse(null))
        .item(e.doc())
        .item(e.id())
        .item(e.source().text())
        .item(e.source().begin())
        .item(e.source().end())
        .item(e.source().entry())
        .item(e.target().text())
        .item(e.target().begin())
        .item(e.target().end())
        .item(e.target().entry())
        .item(date.map(EventDate::source).orElse(null))
        .item(e.sentence())
        .item(e.trigger())
        .item(e.triggerBegin())
        .item(e.triggerEnd())
        .item(e.evidence())
        .item(e.pattern());
    if (cause.isPresent()) {
      j.item(cause.get());
    } else {
      j.item((String) null);
    }
    if (e.count().isPresent()) {
      j.item(e.count().get());
    } else {
      j.item((String) null);
    }
    return j.item(e.attribution().orElse(null)).item(url.isEmpty() ? null : url).end();
  }

  /** The stored names of the date precisions, by ordinal: day, month, year. */
  static final String[] PRECISIONS = java.util.Arrays.stream(EventDate.Precision.values())
      .map(p -> p.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);

  /** Returns the {@code publishers} column of a set of publishers. */
  static String publishersJson(Collection<String> publishers) {
    return JsonText.array(publishers);
  }

  /** Reads a {@code publishers} column back. */
  static List<String> publishers(String json) {
    try {
      return JSON.readValue(json, new TypeReference<List<String>>() {});
    } catch (JsonProcessingException e) {
      throw new StoreException("unreadable publishers column: " + json, e);
    }
  }

  /**
   * Adds the fields of a {@code shown} column to a row: the array of schema version 3, or the
   * object of version 2 that databases migrated before version 3 may still hold.
   */
  static void putShown(Map<String, Object> row, String shown) {
    try {
      if (shown.startsWith("[")) {
        List<Object> values = JSON.readValue(shown, new TypeReference<List<Object>>() {});
        for (int i = 0; i < values.size() && i < SHOWN.size(); i++) {
          if (values.get(i) != null) {
            row.put(SHOWN.get(i), values.get(i));
          }
        }
      } else {
        row.putAll(JSON.readValue(shown, new TypeReference<Map<String, Object>>() {}));
      }
    } catch (JsonProcessingException e) {
      throw new StoreException("unreadable shown column: " + shown, e);
    }
  }

  /** Reads a stored event from a row of {@link #EVENT_COLUMNS}. */
  static StoredEvent storedEvent(ResultSet rs) throws SQLException {
    return storedEvent(rs::getObject);
  }

  /** Reads a stored event from a row with the columns of {@link #EVENT_COLUMNS}. */
  static StoredEvent storedEvent(Row rs) throws SQLException {
    long id = ((Number) rs.get("id")).longValue();
    Optional<EventDate> date = Optional.empty();
    LocalDate day = date(rs.get("event_date"));
    if (day != null) {
      EventDate.Precision p = EventDate.Precision.valueOf(
          text(rs, "date_precision").toUpperCase(Locale.ROOT));
      date = Optional.of(new EventDate(day, p, orEmpty(text(rs, "date_source"))));
    }
    Optional<String> cause = Optional.ofNullable(rs.get("cause_event")).map(String::valueOf);
    Event e = new Event(text(rs, "first_article"), Long.toString(id),
        actor(rs, "source", text(rs, "source")), actor(rs, "target", text(rs, "target")),
        code(rs), date, Mode.parse(text(rs, "mode")), number(rs, "sentence"),
        text(rs, "trigger_word"), number(rs, "trigger_begin"), number(rs, "trigger_end"),
        text(rs, "evidence"), text(rs, "pattern"), cause, place(rs),
        Optional.ofNullable((Number) rs.get("stated_count")).map(Number::intValue),
        Optional.ofNullable(text(rs, "attribution")));
    return new StoredEvent(id, e, number(rs, "mention_count"), number(rs, "source_count"),
        number(rs, "article_count"), orEmpty(text(rs, "url")));
  }

  /** Reads a mention from a row of {@link #MENTION_SELECT}. */
  static Mention mention(ResultSet rs) throws SQLException {
    return mention((Row) rs::getObject);
  }

  /** Reads a mention from a row with the columns of {@link #MENTION_SELECT}. */
  static Mention mention(Row rs) throws SQLException {
    Optional<EventDate> date =
        EventDate.parse(text(rs, "date_text"), orEmpty(text(rs, "date_source")));
    Event e = new Event(text(rs, "article_id"), text(rs, "mention_id"),
        actor(rs, "source", text(rs, "source")), actor(rs, "target", text(rs, "target")),
        code(rs), date, Mode.parse(text(rs, "mode")), number(rs, "sentence"),
        text(rs, "trigger_word"), number(rs, "trigger_begin"), number(rs, "trigger_end"),
        text(rs, "evidence"), text(rs, "pattern"),
        Optional.ofNullable(text(rs, "cause_mention")), place(rs),
        Optional.ofNullable((Number) rs.get("stated_count")).map(Number::intValue),
        Optional.ofNullable(text(rs, "attribution")));
    return new Mention(e, article(rs));
  }

  /** Reads an article from a row with the columns of {@link #ARTICLE_SELECT}. */
  static StoredArticle article(ResultSet rs) throws SQLException {
    return article((Row) rs::getObject);
  }

  /** Reads an article from a row with the columns of {@link #ARTICLE_SELECT}. */
  static StoredArticle article(Row rs) throws SQLException {
    return new StoredArticle(text(rs, "article_id"), text(rs, "hash"),
        Optional.ofNullable(date(rs.get("published"))), orEmpty(text(rs, "publisher")),
        orEmpty(text(rs, "title")), orEmpty(text(rs, "url")), number(rs, "event_count"));
  }

  private static ActorRef actor(ResultSet rs, String side, String code) throws SQLException {
    return actor((Row) rs::getObject, side, code);
  }

  private static ActorRef actor(Row rs, String side, String code) throws SQLException {
    return new ActorRef(code, text(rs, side + "_text"), number(rs, side + "_begin"),
        number(rs, side + "_end"), text(rs, side + "_entry"));
  }

  private static CameoCode code(ResultSet rs) throws SQLException {
    return code((Row) rs::getObject);
  }

  private static CameoCode code(Row rs) throws SQLException {
    return new CameoCode(text(rs, "code"), text(rs, "code_name"),
        ((Number) rs.get("goldstein")).doubleValue(), number(rs, "quad"), text(rs, "plover"));
  }

  private static Optional<Place> place(ResultSet rs) throws SQLException {
    return place((Row) rs::getObject);
  }

  private static Optional<Place> place(Row rs) throws SQLException {
    String name = text(rs, "place_name");
    if (name == null) {
      return Optional.empty();
    }
    return Optional.of(new Place(name, orEmpty(text(rs, "place_country")),
        orEmpty(text(rs, "place_kind")), decimal(rs, "place_lat"), decimal(rs, "place_lon")));
  }

  private static @Nullable String text(Row rs, String column) throws SQLException {
    Object v = rs.get(column);
    return v == null ? null : v.toString();
  }

  private static int number(Row rs, String column) throws SQLException {
    Object v = rs.get(column);
    return v == null ? 0 : ((Number) v).intValue();
  }

  private static double decimal(Row rs, String column) throws SQLException {
    Object v = rs.get(column);
    return v == null ? 0 : ((Number) v).doubleValue();
  }

  /** Reads a DATE value as the drivers give it (LocalDate or java.sql.Date). */
  static @Nullable LocalDate date(@Nullable Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof LocalDate d) {
      return d;
    }
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    return LocalDate.parse(v.toString().substring(0, 10));
  }

  static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
    java.sql.Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  private static String orEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }
}
