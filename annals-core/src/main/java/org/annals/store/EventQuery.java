package org.annals.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.annals.events.Mode;
import org.jspecify.annotations.Nullable;

/**
 * Which stored events to read: filters that all have to hold, a page size and a cursor. Build one
 * with {@link #builder()}; {@link #all()} matches every event.
 *
 * @param actor an actor code or code prefix that is the source or the target ({@code RUS} matches
 *     {@code RUSGOV})
 * @param source a code or code prefix of the source actor
 * @param target a code or code prefix of the target actor
 * @param country an ISO alpha-3 country of the source or the target
 * @param code a CAMEO code or code prefix ({@code 17} matches {@code 174})
 * @param root a CAMEO root, two digits
 * @param quad a quad class 1 to 4 (verbal coop, material coop, verbal conflict, material conflict)
 * @param mode asserted, future, hypothetical or negated
 * @param from the first event date to include
 * @param to the last event date to include
 * @param text words that one of the event's evidence sentences holds (case-insensitive)
 * @param article the id of an article that mentions the event
 * @param limit the page size of {@link EventStore#query}, 1 to {@value #MAX_LIMIT}
 * @param cursor where the page starts: the {@link Page#next()} of the page before
 */
public record EventQuery(
    Optional<String> actor,
    Optional<String> source,
    Optional<String> target,
    Optional<String> country,
    Optional<String> code,
    Optional<String> root,
    Optional<Integer> quad,
    Optional<Mode> mode,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Optional<String> text,
    Optional<String> article,
    int limit,
    Optional<String> cursor) {
  /** The page size when none is given. */
  public static final int DEFAULT_LIMIT = 100;

  /** The largest page size. */
  public static final int MAX_LIMIT = 10_000;

  /** Validates the filters. */
  public EventQuery {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(quad, "quad");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(cursor, "cursor");
    code.ifPresent(c -> require(c.matches("\\d{1,4}"), "code must be 1 to 4 digits: " + c));
    root.ifPresent(r -> require(r.matches("\\d{2}"), "root must be two digits: " + r));
    quad.ifPresent(q -> require(q >= 1 && q <= 4, "quad must be 1 to 4: " + q));
    require(limit >= 1 && limit <= MAX_LIMIT, "limit must be 1 to " + MAX_LIMIT + ": " + limit);
    if (from.isPresent() && to.isPresent()) {
      require(!from.get().isAfter(to.get()), "from " + from.get() + " is after to " + to.get());
    }
    cursor.ifPresent(Cursor::parse);
  }

  /** Returns a query that matches every event, first page. */
  public static EventQuery all() {
    return builder().build();
  }

  /** Returns a builder with no filters. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this query's filters. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.actor = actor;
    b.source = source;
    b.target = target;
    b.country = country;
    b.code = code;
    b.root = root;
    b.quad = quad;
    b.mode = mode;
    b.from = from;
    b.to = to;
    b.text = text;
    b.article = article;
    b.limit = limit;
    b.cursor = cursor;
    return b;
  }

  /** Returns this query starting at another page. */
  public EventQuery withCursor(Optional<String> newCursor) {
    return toBuilder().cursor(newCursor.orElse(null)).build();
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  /** Builds an {@link EventQuery}; a null or blank value clears a filter. */
  public static final class Builder {
    private Optional<String> actor = Optional.empty();
    private Optional<String> source = Optional.empty();
    private Optional<String> target = Optional.empty();
    private Optional<String> country = Optional.empty();
    private Optional<String> code = Optional.empty();
    private Optional<String> root = Optional.empty();
    private Optional<Integer> quad = Optional.empty();
    private Optional<Mode> mode = Optional.empty();
    private Optional<LocalDate> from = Optional.empty();
    private Optional<LocalDate> to = Optional.empty();
    private Optional<String> text = Optional.empty();
    private Optional<String> article = Optional.empty();
    private int limit = DEFAULT_LIMIT;
    private Optional<String> cursor = Optional.empty();

    private Builder() {}

    private static Optional<String> word(@Nullable String s) {
      return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.trim());
    }

    /** Sets an actor code or prefix that is the source or the target. */
    public Builder actor(@Nullable String code) {
      this.actor = word(code);
      return this;
    }

    /** Sets a code or prefix of the source actor. */
    public Builder source(@Nullable String code) {
      this.source = word(code);
      return this;
    }

    /** Sets a code or prefix of the target actor. */
    public Builder target(@Nullable String code) {
      this.target = word(code);
      return this;
    }

    /** Sets a country of the source or target (ISO alpha-3). */
    public Builder country(@Nullable String iso3) {
      this.country = word(iso3);
      return this;
    }

    /** Sets a CAMEO code or prefix. */
    public Builder code(@Nullable String cameo) {
      this.code = word(cameo);
      return this;
    }

    /** Sets a CAMEO root (two digits). */
    public Builder root(@Nullable String twoDigits) {
      this.root = word(twoDigits);
      return this;
    }

    /** Sets a quad class, 1 to 4. */
    public Builder quad(@Nullable Integer quadClass) {
      this.quad = Optional.ofNullable(quadClass);
      return this;
    }

    /** Sets the mode. */
    public Builder mode(@Nullable Mode m) {
      this.mode = Optional.ofNullable(m);
      return this;
    }

    /** Sets the first event date to include. */
    public Builder from(@Nullable LocalDate day) {
      this.from = Optional.ofNullable(day);
      return this;
    }

    /** Sets the last event date to include. */
    public Builder to(@Nullable LocalDate day) {
      this.to = Optional.ofNullable(day);
      return this;
    }

    /** Sets words that an evidence sentence must hold. */
    public Builder text(@Nullable String words) {
      this.text = word(words);
      return this;
    }

    /** Sets the id of an article that must mention the event. */
    public Builder article(@Nullable String id) {
      this.article = word(id);
      return this;
    }

    /** Sets the page size. */
    public Builder limit(int pageSize) {
      this.limit = pageSize;
      return this;
    }

    /** Sets the cursor of the page to read. */
    public Builder cursor(@Nullable String next) {
      this.cursor = word(next);
      return this;
    }

    /** Builds the query; throws {@link IllegalArgumentException} on a bad filter. */
    public EventQuery build() {
      return new EventQuery(actor, source, target, country, code, root, quad, mode, from, to,
          text, article, limit, cursor);
    }
  }
}
