package org.annals.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.annals.events.Event;

/**
 * The identity of a happening: source, target, CAMEO code, mode and date window. The window is the
 * date as written at its precision ({@code 2024-03-08}, {@code 2024-03}, {@code 2024}), so two
 * mentions are one event when they fall on the same day, in the same month or in the same year. An
 * undated mention cannot be matched across articles and keys to its own article.
 */
final class EventKeys {
  private static final char SEP = '\u001f';

  /**
   * One digest per thread: {@code MessageDigest.getInstance} looks the provider up on every call,
   * which cost more than the hashing itself when ingest hashes every mention (issue 5).
   */
  private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  });

  private EventKeys() {}

  /** Returns the key of the happening an event mentions. */
  static String key(Event e) {
    String window = e.date().map(d -> d.text()).orElse("?" + e.doc());
    return e.source().code() + SEP + e.target().code() + SEP + e.code().code() + SEP
        + e.mode().label() + SEP + window;
  }

  /** Returns the stored id of the happening: a positive 63-bit hash of its key. */
  static long id(Event e) {
    byte[] hash = sha256(key(e).getBytes(StandardCharsets.UTF_8));
    long value = ByteBuffer.wrap(hash).getLong() & Long.MAX_VALUE;
    return value == 0 ? 1 : value;
  }

  /** Returns the SHA-256 of a text, in hex: how the store tells a changed article apart. */
  static String contentHash(String text) {
    return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static byte[] sha256(byte[] bytes) {
    return SHA_256.get().digest(bytes); // digest() resets it for the next use
  }
}
