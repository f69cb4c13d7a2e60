package org.annals.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
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

  /**
   * Returns the SHA-256 of the text in hex: how a store tells a changed article apart, and what
   * the coded JSON lines carry so that a store can load them without the text.
   */
  public String textHash() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /** Creates an article with only an id, a date and a text. */
  public static Article of(String id, LocalDate date, String text) {
    return new Article(id, Optional.ofNullable(date), "", "", text, Map.of());
  }
}
