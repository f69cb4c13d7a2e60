package org.annals.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of task {@code events}: an article with its hand-coded events.
 *
 * @param task always {@code events}
 * @param id the document id, which system output must use as its {@code doc}
 * @param date the publication date, if known
 * @param source the publisher, or empty
 * @param title the headline, or empty
 * @param text the full article text
 * @param events the gold events; a {@code cause} indexes this list
 */
public record GoldDocument(
    String task,
    String id,
    Optional<LocalDate> date,
    String source,
    String title,
    String text,
    List<GoldEvent> events) {

  /** Validates the fields and copies the event list. */
  public GoldDocument {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    events = List.copyOf(events);
  }
}
