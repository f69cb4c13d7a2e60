package org.annals.eval;

/**
 * A share: how many of a set of cases satisfy a condition.
 *
 * @param hits the cases that satisfy it
 * @param total all cases
 */
public record Share(int hits, int total) {
  /** Validates the counts. */
  public Share {
    if (hits < 0 || total < 0 || hits > total) {
      throw new IllegalArgumentException("need 0 <= hits <= total: " + hits + "/" + total);
    }
  }

  /** Returns hits / total, or 0 when there are no cases. */
  public double value() {
    return total == 0 ? 0.0 : (double) hits / total;
  }

  /** Returns this share with one more case, a hit or not. */
  Share add(boolean hit) {
    return new Share(hits + (hit ? 1 : 0), total + 1);
  }
}
