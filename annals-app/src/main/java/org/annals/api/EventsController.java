package org.annals.api;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.annals.events.Mode;
import org.annals.store.EventDetail;
import org.annals.store.EventQuery;
import org.annals.store.EventStore;
import org.annals.store.GroupBy;
import org.annals.store.Page;
import org.annals.store.Period;
import org.annals.store.StoredEvent;
import org.jspecify.annotations.Nullable;

/** The handlers of {@code /api}: each reads query parameters, asks the store, writes JSON. */
final class EventsController {
  /** The largest page of events or actors a request gets. */
  static final int MAX_PAGE = 500;

  /** The largest number of aggregate buckets a request gets. */
  static final int MAX_BUCKETS = 5_000;

  private final EventStore store;

  EventsController(EventStore store) {
    this.store = store;
  }

  /** {@code GET /api/events}: one page of events, newest first. */
  void list(Context ctx) {
    int limit = Math.min(intParam(ctx, "limit", EventQuery.DEFAULT_LIMIT), MAX_PAGE);
    EventQuery query = filters(ctx).limit(limit).cursor(ctx.queryParam("cursor")).build();
    Page<StoredEvent> page = store.query(query);
    json(ctx, Json.page(page.items().stream().map(Json::stored).toList(),
        page.next().orElse(null)));
  }

  /** {@code GET /api/events/{id}}: one event with its mentions, or 404. */
  void one(Context ctx) {
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      ApiServer.error(ctx, HttpStatus.NOT_FOUND, "no such event");
      return;
    }
    Optional<EventDetail> detail = store.event(id);
    if (detail.isEmpty()) {
      ApiServer.error(ctx, HttpStatus.NOT_FOUND, "no such event");
      return;
    }
    json(ctx, Json.detail(detail.get()));
  }

  /** {@code GET /api/aggregates}: counts and Goldstein sums by period and key. */
  void aggregates(Context ctx) {
    Period period = choice(Period.class, ctx.queryParam("period"), Period.MONTH, "period");
    GroupBy by = choice(GroupBy.class, ctx.queryParam("by"), GroupBy.NONE, "by");
    int max = Math.min(intParam(ctx, "max", 1_000), MAX_BUCKETS);
    var buckets = store.aggregate(filters(ctx).build(), period, by, max);
    json(ctx, Map.of("period", period.name().toLowerCase(Locale.ROOT),
        "by", by.name().toLowerCase(Locale.ROOT),
        "buckets", buckets.stream().map(Json::bucket).toList()));
  }

  /** {@code GET /api/actors}: the actor codes seen, most events first. */
  void actors(Context ctx) {
    int limit = Math.min(intParam(ctx, "limit", 100), MAX_PAGE);
    List<Map<String, Object>> actors = store.actors().stream().limit(limit).map(Json::actor)
        .toList();
    json(ctx, Map.of("items", actors));
  }

  private static EventQuery.Builder filters(Context ctx) {
    return EventQuery.builder()
        .actor(ctx.queryParam("actor"))
        .source(ctx.queryParam("source"))
        .target(ctx.queryParam("target"))
        .country(ctx.queryParam("country"))
        .code(ctx.queryParam("code"))
        .root(ctx.queryParam("root"))
        .quad(ctx.queryParam("quad") == null || ctx.queryParam("quad").isBlank() ? null
            : intParam(ctx, "quad", 0))
        .mode(mode(ctx.queryParam("mode")))
        .from(date(ctx.queryParam("from"), "from"))
        .to(date(ctx.queryParam("to"), "to"))
        .text(ctx.queryParam("q"));
  }

  private static @Nullable Mode mode(@Nullable String label) {
    if (label == null || label.isBlank()) {
      return null;
    }
    return choice(Mode.class, label, Mode.ASSERTED, "mode");
  }

  private static <E extends Enum<E>> E choice(Class<E> type, @Nullable String value, E fallback,
      String name) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown " + name + ": " + value);
    }
  }

  private static @Nullable LocalDate date(@Nullable String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " must be YYYY-MM-DD: " + value);
    }
  }

  private static int intParam(Context ctx, String name, int fallback) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number: " + value);
    }
  }

  private static void json(Context ctx, Object value) {
    ctx.contentType(ContentType.APPLICATION_JSON).result(Json.write(value));
  }
}
