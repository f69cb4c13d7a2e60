package org.annals.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of task {@code quad} or {@code plover}: a sentence with the class of its main event.
 *
 * @param task {@code quad} or {@code plover}
 * @param id the sentence id, which system output must use as its {@code doc}
 * @param date the publication date, if given
 * @param text the sentence
 * @param label the gold class: a quad class name (lower case) or a PLOVER type (upper case), or
 *     {@code none}
 * @param sources for quad the source actor text spans, for plover the source actor codes
 * @param targets for quad the target actor text spans, for plover the target actor codes
 */
public record GoldSentence(
    String task,
    String id,
    Optional<LocalDate> date,
    String text,
    String label,
    List<String> sources,
    List<String> targets) {

  /** Validates the fields and copies the lists. */
  public GoldSentence {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(label, "label");
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
  }
}
