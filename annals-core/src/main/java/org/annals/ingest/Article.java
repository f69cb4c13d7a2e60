package org.annals.ingest;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article.
 *
 * @param id the article id (the file name for text input)
 * @param date the publication date, if known
 * @param source the publisher, or empty
 * @param title the headline, or empty
 * @param text the body text
 * @param extra other fields of the input record, kept as they came
 */
public record Article(
    String id,
    Optional<LocalDate> date,
    String source,
    String title,
    String text,
    Map<String, Object> extra) {
  /** Validates the fields and copies {@code extra}. */
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    extra = Map.copyOf(extra);
  }

  /** Creates an article with only an id, a date and a text. */
  public static Article of(String id, LocalDate date, String text) {
    return new Article(id, Optional.ofNullable(date), "", "", text, Map.of());
  }
}
