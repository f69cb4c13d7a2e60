package org.annals.store;

import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * Writes the small JSON texts that an event row carries ({@code shown}, {@code publishers})
 * straight into a {@link StringBuilder}, with the text Jackson's default {@code ObjectMapper}
 * writes for the same values: the same escapes, numbers as {@link Long#toString} and {@link
 * Double#toString}. Going through a map and Jackson took a tenth of the writer's time in a load
 * of a million events (issue 5, docs/performance.md).
 */
final class JsonText {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private final StringBuilder out;
  private boolean first = true;

  private JsonText(int capacity) {
    out = new StringBuilder(capacity).append('[');
  }

  /** Starts an array; add its items, then call {@link #end()}. */
  static JsonText list(int capacity) {
    return new JsonText(capacity);
  }

  /** Returns a JSON array of strings. */
  static String array(Collection<String> values) {
    StringBuilder out = new StringBuilder(16 * values.size() + 2).append('[');
    boolean first = true;
    for (String v : values) {
      if (!first) {
        out.append(',');
      }
      first = false;
      quote(out, v);
    }
    return out.append(']').toString();
  }

  /** Adds a string item, or null. */
  JsonText item(@Nullable String value) {
    comma();
    if (value == null) {
      out.append("null");
    } else {
      quote(out, value);
    }
    return this;
  }

  /** Adds a whole-number item. */
  JsonText item(long value) {
    comma();
    out.append(value);
    return this;
  }

  /** Adds a number item, written as Jackson writes a double. */
  JsonText item(double value) {
    comma();
    number(value);
    return this;
  }

  /** Ends the array and returns its text. */
  String end() {
    return out.append(']').toString();
  }

  private void comma() {
    if (!first) {
      out.append(',');
    }
    first = false;
  }

  private void number(double value) {
    if (Double.isFinite(value)) {
      out.append(Double.toString(value));
    } else {
      quote(out, Double.toString(value)); // Jackson quotes NaN and the infinities
    }
  }

  /** Appends a quoted string, escaped as Jackson escapes it by default. */
  static StringBuilder quote(StringBuilder out, String s) {
    out.append('"');
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      out.append(s, start, i).append('\\');
      switch (c) {
        case '"', '\\' -> out.append(c);
        case '\b' -> out.append('b');
        case '\t' -> out.append('t');
        case '\n' -> out.append('n');
        case '\f' -> out.append('f');
        case '\r' -> out.append('r');
        default -> out.append("u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
      start = i + 1;
    }
    // a whole string is copied at once; a range of one (after an escape) a char at a time
    return (start == 0 ? out.append(s) : out.append(s, start, s.length())).append('"');
  }
}
