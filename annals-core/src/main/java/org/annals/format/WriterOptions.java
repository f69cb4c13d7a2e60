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
 */
public record WriterOptions(String dateAdded, Function<String, Optional<String>> sourceUrl) {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  /** Validates the fields. */
  public WriterOptions {
    Objects.requireNonNull(dateAdded, "dateAdded");
    Objects.requireNonNull(sourceUrl, "sourceUrl");
    if (!dateAdded.isEmpty() && !dateAdded.matches("\\d{14}")) {
      throw new IllegalArgumentException("dateAdded must be YYYYMMDDHHMMSS or empty: " + dateAdded);
    }
  }

  /** Returns options with no timestamp and no URLs. */
  public static WriterOptions defaults() {
    return new WriterOptions("", doc -> Optional.empty());
  }

  /** Returns a copy with the run's timestamp. */
  public WriterOptions withDateAdded(LocalDateTime time) {
    return new WriterOptions(STAMP.format(time), sourceUrl);
  }

  /** Returns a copy that looks up article URLs by document id. */
  public WriterOptions withSourceUrls(Function<String, Optional<String>> urls) {
    return new WriterOptions(dateAdded, urls);
  }
}
