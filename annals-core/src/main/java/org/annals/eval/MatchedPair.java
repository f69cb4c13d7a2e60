package org.annals.eval;

import java.util.Objects;

/**
 * A gold event and the system event matched to it.
 *
 * @param goldIndex the gold event's index in its document
 * @param gold the gold event
 * @param system the system event
 * @param swapped whether source and target matched the other way round (roots 04, 06, code 057)
 */
public record MatchedPair(int goldIndex, GoldEvent gold, SystemEvent system, boolean swapped) {
  /** Validates the fields. */
  public MatchedPair {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(system, "system");
  }

  /** Returns whether the full CAMEO codes agree. */
  public boolean codeAgrees() {
    return gold.code().equals(system.code());
  }
}
