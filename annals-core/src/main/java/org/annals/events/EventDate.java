package org.annals.events;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When an event happened, at the precision the text supports, with where that date came from.
 *
 * @param day a representative day (the first day of the month or year for coarser precisions)
 * @param precision how much of {@code day} the text supports
 * @param source how the date was found ({@code explicit}, {@code relative}, {@code tense-inferred},
 *     {@code document})
 */
public record EventDate(LocalDate day, Precision precision, String source) {
  /** How precise a date is. */
  public enum Precision {
    DAY,
    MONTH,
    YEAR
  }

  /** Validates the fields. */
  public EventDate {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(source, "source");
  }

  /** Returns the date as {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}. */
  public String text() {
    return switch (precision) {
      case DAY -> day.toString();
      case MONTH -> day.toString().substring(0, 7);
      case YEAR -> String.format("%04d", day.getYear());
    };
  }

  /** Parses {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}; anything else gives empty. */
  public static Optional<EventDate> parse(String text, String source) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.trim();
    try {
      if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return Optional.of(new EventDate(LocalDate.parse(t), Precision.DAY, source));
      }
      if (t.matches("\\d{4}-\\d{2}")) {
        return Optional.of(new EventDate(LocalDate.parse(t + "-01"), Precision.MONTH, source));
      }
      if (t.matches("\\d{4}")) {
        return Optional.of(new EventDate(LocalDate.parse(t + "-01-01"), Precision.YEAR, source));
      }
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * Returns whether this date agrees with a gold date at the gold date's precision ({@code 2018}
   * agrees with {@code 2018-03-04}).
   */
  public boolean agreesWith(EventDate gold) {
    String g = gold.text();
    String s = day.toString();
    if (precision.ordinal() > gold.precision.ordinal()) {
      // coarser than gold: compare at our own precision
      return g.startsWith(text());
    }
    return s.startsWith(g);
  }
}
