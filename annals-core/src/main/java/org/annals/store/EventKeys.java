package org.annals.store;

import org.annals.events.Event;
import org.annals.ingest.Article;

/**
 * The identity of a happening: source, target, CAMEO code, mode and date window. The window is the
 * date as written at its precision ({@code 2024-03-08}, {@code 2024-03}, {@code 2024}), so two
 * mentions are one event when they fall on the same day, in the same month or in the same year. An
 * undated mention cannot be matched across articles and keys to its own article.
 */
final class EventKeys {
  private static final char SEP = '\u001f';

  private EventKeys() {}

  /** Returns the key of the happening an event mentions. */
  static String key(Event e) {
    String window = e.date().map(d -> d.text()).orElse("?" + e.doc());
    return e.source().code() + SEP + e.target().code() + SEP + e.code().code() + SEP
        + e.mode().label() + SEP + window;
  }

  /**
   * Returns the stored id of the happening: a positive 63-bit hash of its key, the first 8 bytes
   * of its SHA-256 (as the bulk load computes it from DuckDB's {@code sha256}).
   */
  static long id(Event e) {
    String hex = Article.hashOf(key(e));
    long value = Long.parseUnsignedLong(hex.substring(0, 16), 16) & Long.MAX_VALUE;
    return value == 0 ? 1 : value;
  }
}
