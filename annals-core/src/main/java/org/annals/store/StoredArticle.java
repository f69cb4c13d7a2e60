package org.annals.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An article as stored.
 *
 * @param id the article id
 * @param hash the SHA-256 of its text, hex
 * @param published the publication date, if known
 * @param publisher the input's {@code source} field, or empty
 * @param title the headline, or empty
 * @param url the input's {@code url} field, or empty
 * @param events how many events were coded from it
 */
public record StoredArticle(String id, String hash, Optional<LocalDate> published,
    String publisher, String title, String url, int events) {
  /** Validates the fields. */
  public StoredArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
  }
}
