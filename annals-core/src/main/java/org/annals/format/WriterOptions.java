package org.annals.format;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a writer may need beyond the event itself; only the GDELT writer uses these today.
 *
 * @param dateAdded the run's timestamp as {@code YYYYMMDDHHMMSS} (GDELT's DATEADDED), or empty
 * @param sourceUrl the article URL of a document id, if known (GDELT's SOURCEURL falls back to the
 *     document id)
 * @param counts the report counts of an event id, if known (a store knows them; GDELT's
 *     NumMentions, NumSources and NumArticles fall back to 1)
 */
public record WriterOptions(String dateAdded, Function<String, Optional<String>> sourceUrl,
    Function<String, Optional<ReportCounts>> counts) {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  /** Validates the fields. */
  public WriterOptions {
    Objects.requireNonNull(dateAdded, "dateAdded");
    Objects.requireNonNull(sourceUrl, "sourceUrl");
    Objects.requireNonNull(counts, "counts");
    if (!dateAdded.isEmpty() && !dateAdded.matches("\\d{14}")) {
      throw new IllegalArgumentException("dateAdded must be YYYYMMDDHHMMSS or empty: " + dateAdded);
    }
  }

  /** Options with a timestamp and URLs, and no report counts. */
  public WriterOptions(String dateAdded, Function<String, Optional<String>> sourceUrl) {
    this(dateAdded, sourceUrl, id -> Optional.empty());
  }

  /** Returns options with no timestamp, no URLs and no report counts. */
  public static WriterOptions defaults() {
    return new WriterOptions("", doc -> Optional.empty());
  }

  /** Returns a copy with the run's timestamp. */
  public WriterOptions withDateAdded(LocalDateTime time) {
    return new WriterOptions(STAMP.format(time), sourceUrl, counts);
  }

  /** Returns a copy that looks up article URLs by document id. */
  public WriterOptions withSourceUrls(Function<String, Optional<String>> urls) {
    return new WriterOptions(dateAdded, urls, counts);
  }

  /** Returns a copy that looks up the report counts of an event by its id. */
  public WriterOptions withCounts(Function<String, Optional<ReportCounts>> counts) {
    return new WriterOptions(dateAdded, sourceUrl, counts);
  }
}
