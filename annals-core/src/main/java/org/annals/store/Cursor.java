package org.annals.store;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a page of events ends: the date and id of its last event, events being ordered newest
 * first ({@code event_date DESC NULLS LAST, id DESC}). Written as an opaque URL-safe string.
 */
record Cursor(Optional<LocalDate> date, long id) {
  static Cursor parse(String text) {
    String plain;
    try {
      plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("bad cursor: " + text, e);
    }
    int colon = plain.indexOf(':');
    try {
      Optional<LocalDate> d = colon == 1 && plain.charAt(0) == '-'
          ? Optional.empty() : Optional.of(LocalDate.parse(plain.substring(0, colon)));
      return new Cursor(d, Long.parseLong(plain.substring(colon + 1)));
    } catch (DateTimeParseException | NumberFormatException | StringIndexOutOfBoundsException e) {
      throw new IllegalArgumentException("bad cursor: " + text, e);
    }
  }

  String text() {
    String plain = date.map(LocalDate::toString).orElse("-") + ":" + id;
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }
}
