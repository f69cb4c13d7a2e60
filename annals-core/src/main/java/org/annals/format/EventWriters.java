package org.annals.format;

import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Creates {@link EventWriter}s by format name: {@code jsonl}, {@code gdelt}, {@code plover}. */
public final class EventWriters {
  private static final List<String> NAMES = List.of("jsonl", "gdelt", "plover");

  private EventWriters() {}

  /** Returns the known format names. */
  public static List<String> names() {
    return NAMES;
  }

  /** Returns a writer for a format name with default options. */
  public static EventWriter forName(String name, Writer out) {
    return forName(name, out, WriterOptions.defaults());
  }

  /**
   * Returns a writer for a format name (case-insensitive).
   *
   * @throws IllegalArgumentException for an unknown name; the message lists the known formats
   */
  public static EventWriter forName(String name, Writer out, WriterOptions options) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(options, "options");
    return switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "jsonl" -> jsonLines(out);
      case "gdelt" -> gdelt(out, options);
      case "plover" -> plover(out);
      default ->
          throw new IllegalArgumentException(
              "unknown output format '" + name + "' (known: " + String.join(", ", NAMES) + ")");
    };
  }

  /** Returns a writer of Annals' JSON Lines, one object per event with a stable key order. */
  public static EventWriter jsonLines(Writer out) {
    return new JsonLinesEventWriter(out);
  }

  /** Returns a writer of GDELT 2.0 event table rows (61 tab-separated columns, no header). */
  public static EventWriter gdelt(Writer out, WriterOptions options) {
    return new GdeltEventWriter(out, options);
  }

  /** Returns a writer of PLOVER-style JSON lines. */
  public static EventWriter plover(Writer out) {
    return new PloverEventWriter(out);
  }

  /** Returns the GDELT 2.0 event table's 61 column names in order, e.g. for a header line. */
  public static List<String> gdeltColumns() {
    return GdeltEventWriter.COLUMNS;
  }
}
