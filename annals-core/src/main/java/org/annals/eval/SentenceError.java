package org.annals.eval;

import java.util.Objects;

/**
 * A gold sentence the system classed wrongly.
 *
 * @param id the sentence id
 * @param text the sentence
 * @param gold the gold class
 * @param system the system's class
 */
public record SentenceError(String id, String text, String gold, String system) {
  /** Validates the fields. */
  public SentenceError {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(system, "system");
  }
}
