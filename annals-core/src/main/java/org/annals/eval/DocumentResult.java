package org.annals.eval;

import java.util.List;
import java.util.Objects;

/**
 * How the system's events of one gold document were matched.
 *
 * @param doc the document id
 * @param matched true positives: pairs of non-trap gold events, or of traps given the same mode
 * @param trapHits false positives: system events that matched a negated or hypothetical gold event
 *     but gave it another mode
 * @param missed false negatives: non-trap gold events nothing matched
 * @param ignoredTraps negated or hypothetical gold events nothing matched (not counted)
 * @param falseEvents false positives: system events that matched no gold event
 */
public record DocumentResult(
    String doc,
    List<MatchedPair> matched,
    List<MatchedPair> trapHits,
    List<GoldEvent> missed,
    List<GoldEvent> ignoredTraps,
    List<SystemEvent> falseEvents) {

  /** Validates the fields and copies the lists. */
  public DocumentResult {
    Objects.requireNonNull(doc, "doc");
    matched = List.copyOf(matched);
    trapHits = List.copyOf(trapHits);
    missed = List.copyOf(missed);
    ignoredTraps = List.copyOf(ignoredTraps);
    falseEvents = List.copyOf(falseEvents);
  }

  /** Returns this document's counts. */
  public Score score() {
    return new Score(matched.size(), trapHits.size() + falseEvents.size(), missed.size());
  }

  /** Returns whether anything went wrong in this document. */
  public boolean hasErrors() {
    return !trapHits.isEmpty() || !missed.isEmpty() || !falseEvents.isEmpty();
  }
}
