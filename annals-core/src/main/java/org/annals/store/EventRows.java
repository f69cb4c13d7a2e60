package org.annals.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
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

  /** Reads a stored event from a row of {@link #EVENT_COLUMNS}. */
  static StoredEvent storedEvent(ResultSet rs) throws SQLException {
    long id = rs.getLong("id");
    Optional<EventDate> date = Optional.empty();
    LocalDate day = date(rs, "event_date");
    if (day != null) {
      EventDate.Precision p =
          EventDate.Precision.valueOf(rs.getString("date_precision").toUpperCase(Locale.ROOT));
      date = Optional.of(new EventDate(day, p, orEmpty(rs.getString("date_source"))));
    }
    Optional<String> cause =
        Optional.ofNullable(longOrNull(rs, "cause_event")).map(String::valueOf);
    Event e = new Event(rs.getString("first_article"), Long.toString(id),
        actor(rs, "source", rs.getString("source")), actor(rs, "target", rs.getString("target")),
        code(rs), date, Mode.parse(rs.getString("mode")), rs.getInt("sentence"),
        rs.getString("trigger_word"), rs.getInt("trigger_begin"), rs.getInt("trigger_end"),
        rs.getString("evidence"), rs.getString("pattern"), cause, place(rs),
        Optional.ofNullable(intOrNull(rs, "stated_count")),
        Optional.ofNullable(rs.getString("attribution")));
    return new StoredEvent(id, e, rs.getInt("mention_count"), rs.getInt("source_count"),
        rs.getInt("article_count"), orEmpty(rs.getString("url")));
  }

  /** Reads a mention from a row of {@link #MENTION_SELECT}. */
  static Mention mention(ResultSet rs) throws SQLException {
    Optional<EventDate> date =
        EventDate.parse(rs.getString("date_text"), orEmpty(rs.getString("date_source")));
    Event e = new Event(rs.getString("article_id"), rs.getString("mention_id"),
        actor(rs, "source", rs.getString("source")), actor(rs, "target", rs.getString("target")),
        code(rs), date, Mode.parse(rs.getString("mode")), rs.getInt("sentence"),
        rs.getString("trigger_word"), rs.getInt("trigger_begin"), rs.getInt("trigger_end"),
        rs.getString("evidence"), rs.getString("pattern"),
        Optional.ofNullable(rs.getString("cause_mention")), place(rs),
        Optional.ofNullable(intOrNull(rs, "stated_count")),
        Optional.ofNullable(rs.getString("attribution")));
    return new Mention(e, article(rs));
  }

  /** Reads an article from a row with the columns of {@link #ARTICLE_SELECT}. */
  static StoredArticle article(ResultSet rs) throws SQLException {
    return new StoredArticle(rs.getString("article_id"), rs.getString("hash"),
        Optional.ofNullable(date(rs, "published")), orEmpty(rs.getString("publisher")),
        orEmpty(rs.getString("title")), orEmpty(rs.getString("url")), rs.getInt("event_count"));
  }

  private static ActorRef actor(ResultSet rs, String side, String code) throws SQLException {
    return new ActorRef(code, rs.getString(side + "_text"), rs.getInt(side + "_begin"),
        rs.getInt(side + "_end"), rs.getString(side + "_entry"));
  }

  private static CameoCode code(ResultSet rs) throws SQLException {
    return new CameoCode(rs.getString("code"), rs.getString("code_name"),
        rs.getDouble("goldstein"), rs.getInt("quad"), rs.getString("plover"));
  }

  private static Optional<Place> place(ResultSet rs) throws SQLException {
    String name = rs.getString("place_name");
    if (name == null) {
      return Optional.empty();
    }
    return Optional.of(new Place(name, orEmpty(rs.getString("place_country")),
        orEmpty(rs.getString("place_kind")), rs.getDouble("place_lat"),
        rs.getDouble("place_lon")));
  }

  static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
    java.sql.Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  private static @Nullable Long longOrNull(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }

  private static @Nullable Integer intOrNull(ResultSet rs, String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }

  private static String orEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }
}
