package org.annals.ingest;

/**
 * An input record that could not be read as an article, or was read with a warning.
 *
 * @param file the file name (or {@code -} for standard input)
 * @param line the 1-based line number, or 0 for a whole file
 * @param reason what was wrong, for a person to read
 * @param skipped whether the record was dropped ({@code false}: read with a warning)
 */
public record BadRecord(String file, long line, String reason, boolean skipped) {
  /** Returns {@code file:line: reason} as printed on standard error. */
  public String message() {
    return (line > 0 ? file + ":" + line : file) + ": " + (skipped ? "" : "warning: ") + reason;
  }
}
