package org.annals.store;

import java.time.LocalDateTime;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.annals.CodedArticle;
import org.annals.events.Event;
import org.annals.events.EventDate;
import org.annals.events.Place;
import org.annals.ingest.Article;
import org.jspecify.annotations.Nullable;

/**
 * The rows that one {@code saveAll} writes: the new articles, their mentions, the events those
 * mentions make (one per happening, counted within the batch) and the actors they name.
 */
final class Batch {
  /** An article row. */
  record ArticleRow(Article article, String hash, int events) {
    String url() {
      Object u = article.extra().get("url");
      return u instanceof String s ? s : "";
    }
  }

  /** A mention row: the event as read, the happening it belongs to, and its cause's happening. */
  record MentionRow(long eventId, Event event, Optional<Long> causeEvent) {}

  /**
   * An event row: the first mention, and the counts this batch adds. For an event that the store
   * holds already, the writer adds the stored publishers to {@link #publishers} before writing.
   */
  static final class EventRow {
    final long id;
    final Event first;
    final Optional<Long> firstCause;
    final String firstUrl;
    Optional<Place> place;
    private @Nullable String shown;
    /** The text columns in UTF-8, if the store made them ahead ({@link #mentionText}). */
    byte @Nullable [][] text;
    int mentions;
    final Set<String> articles = new HashSet<>(2);
    final Set<String> publishers = new TreeSet<>();

    EventRow(long id, Event first, Optional<Long> firstCause, String firstUrl) {
      this.id = id;
      this.first = first;
      this.firstCause = firstCause;
      this.firstUrl = firstUrl;
      this.place = first.place();
    }

    /** The {@code shown} column: what a page shows of the first mention, as JSON. */
    String shown() {
      if (shown == null) {
        shown = EventRows.shown(first, firstCause, firstUrl);
      }
      return shown;
    }

    /** The {@code publishers} column, as JSON. */
    String publishersJson() {
      return EventRows.publishersJson(publishers);
    }
  }

  /** An actor row. */
  record ActorRow(String code, String country, String name) {}

  final List<ArticleRow> articles = new ArrayList<>();
  final List<MentionRow> mentions = new ArrayList<>();
  final Map<Long, EventRow> events = new LinkedHashMap<>();
  final Map<String, ActorRow> actors = new LinkedHashMap<>();
  /**
   * The text columns of {@link #mentions} in UTF-8, in the same order, if the store made them
   * ahead: a store that appends bytes has them made on the thread that submits the batch ({@link
   * JdbcEventStore#prepare}), not on the writer's.
   */
  @Nullable List<byte[][]> mentionText;

  /** Builds the rows of articles that the store does not hold. */
  static Batch of(List<CodedArticle> fresh) {
    Batch b = new Batch();
    for (CodedArticle c : fresh) {
      b.add(c);
    }
    return b;
  }

  /**
   * A batch of coded articles with the rows made from them before it is written, {@code shown}
   * JSON included: {@link StoreWriter} makes them on the thread that submits the batch, while
   * the writer's thread writes the batch before (issue 5). The rows serve if the store holds none
   * of the articles, as is usual; otherwise the writer makes those of the fresh ones again.
   */
  static final class Made extends AbstractList<CodedArticle> {
    private final List<CodedArticle> articles;
    final Batch rows;

    Made(List<CodedArticle> articles) {
      this.articles = List.copyOf(articles);
      this.rows = of(this.articles);
      for (EventRow r : rows.events.values()) {
        r.shown();
      }
    }

    @Override
    public CodedArticle get(int i) {
      return articles.get(i);
    }

    @Override
    public int size() {
      return articles.size();
    }
  }

  private void add(CodedArticle coded) {
    Article a = coded.parsed().article();
    ArticleRow article = new ArticleRow(a, a.textHash(), coded.events().size());
    articles.add(article);
    Map<String, Long> idOfMention = new HashMap<>();
    for (Event e : coded.events()) {
      idOfMention.put(e.id(), EventKeys.id(e));
    }
    for (Event e : coded.events()) {
      long id = idOfMention.get(e.id());
      Optional<Long> cause = e.cause().map(idOfMention::get);
      mentions.add(new MentionRow(id, e, cause));
      EventRow row = events.get(id);
      if (row == null) {
        row = new EventRow(id, e, cause, article.url());
        events.put(id, row);
      }
      row.mentions++;
      row.articles.add(a.id());
      row.publishers.add(a.source());
      if (row.place.isEmpty()) {
        row.place = e.place();
      }
      actor(e.source().code(), e.source().country(), e.source().entry());
      actor(e.target().code(), e.target().country(), e.target().entry());
    }
  }

  /** The columns of {@code events}, in table order, as {@link #values(EventRow)} gives them. */
  static final String EVENT_COLUMNS = "id, source, target, source_country, target_country, code,"
      + " code_name, root, quad, goldstein, plover, mode, event_date, date_precision, place_name,"
      + " place_country, place_kind, place_lat, place_lon, mention_count, article_count,"
      + " first_article, first_mention, shown, source_count, publishers";

  /** The SET list that adds a batch's counts ({@code excluded}) to a stored event. */
  static final String EVENT_COUNTS =
      "mention_count = events.mention_count + excluded.mention_count,"
      + " article_count = events.article_count + excluded.article_count,"
      + " place_name = COALESCE(events.place_name, excluded.place_name),"
      + " place_country = COALESCE(events.place_country, excluded.place_country),"
      + " place_kind = COALESCE(events.place_kind, excluded.place_kind),"
      + " place_lat = COALESCE(events.place_lat, excluded.place_lat),"
      + " place_lon = COALESCE(events.place_lon, excluded.place_lon),"
      // the union of the stored and the batch's publishers, which the writer computed
      + " source_count = excluded.source_count, publishers = excluded.publishers";

  /** How an event row that the store has already takes the counts of a new batch. */
  static final String EVENT_UPSERT = " ON CONFLICT (id) DO UPDATE SET " + EVENT_COUNTS;

  /** Returns an article row's values in table order. */
  static Object[] values(ArticleRow r, LocalDateTime now) {
    Article a = r.article();
    return new Object[] {a.id(), r.hash(), a.date().orElse(null), a.source(), a.title(),
        r.url().isEmpty() ? null : r.url(), r.events(), now};
  }

  /** Returns an event row's values in table order. */
  static Object[] values(EventRow r) {
    Event e = r.first;
    Optional<EventDate> d = e.date();
    Place p = r.place.orElse(null);
    return new Object[] {r.id, e.source().code(), e.target().code(), e.source().country(),
        e.target().country(), e.code().code(), e.code().name(), e.code().root(), e.code().quad(),
        e.code().goldstein(), e.code().plover(), e.mode().label(),
        d.map(EventDate::day).orElse(null),
        d.map(x -> x.precision().name().toLowerCase(Locale.ROOT)).orElse(null),
        p == null ? null : p.name(), p == null ? null : p.country(),
        p == null ? null : p.kind(), p == null ? null : p.lat(), p == null ? null : p.lon(),
        r.mentions, r.articles.size(), e.doc(), e.id(), r.shown(), r.publishers.size(),
        r.publishersJson()};
  }

  /** Returns a mention row's values in table order. */
  static Object[] values(MentionRow r) {
    Event e = r.event();
    Place p = e.place().orElse(null);
    return new Object[] {r.eventId(), e.doc(), e.id(), e.source().code(), e.source().text(),
        e.source().begin(), e.source().end(), e.source().entry(), e.target().code(),
        e.target().text(), e.target().begin(), e.target().end(), e.target().entry(),
        e.date().map(EventDate::text).orElse(null), e.date().map(EventDate::source).orElse(null),
        e.sentence(), e.trigger(), e.triggerBegin(), e.triggerEnd(), e.evidence(), e.pattern(),
        e.cause().orElse(null), r.causeEvent().orElse(null), p == null ? null : p.name(),
        p == null ? null : p.country(), p == null ? null : p.kind(),
        p == null ? null : p.lat(), p == null ? null : p.lon(), e.count().orElse(null),
        e.attribution().orElse(null)};
  }

  /** Returns an actor row's values in table order. */
  static Object[] values(ActorRow r) {
    return new Object[] {r.code(), r.country(), r.name()};
  }

  private void actor(String code, String country, String entry) {
    actors.putIfAbsent(code, new ActorRow(code, country, entry.isEmpty() ? code : entry));
  }
}
