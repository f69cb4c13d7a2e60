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
   * One digest per thread: {@code MessageDigest.getInstance} looks the provider up on every call,
   * which cost more than the hashing itself when ingest hashed every article (issue 5).
   */
  private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  });

  /**
   * Returns the SHA-256 of the text in hex: how a store tells a changed article apart, and what
   * the coded JSON lines carry so that a store can load them without the text.
   */
  public String textHash() {
    return hashOf(text);
  }

  /** Returns the SHA-256 of any text in hex, as {@link #textHash} gives it for an article's. */
  public static String hashOf(String text) {
    // digest() resets the digest for the next use
    return HexFormat.of().formatHex(SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Creates an article with only an id, a date and a text. */
  public static Article of(String id, LocalDate date, String text) {
    return new Article(id, Optional.ofNullable(date), "", "", text, Map.of());
  }
}
