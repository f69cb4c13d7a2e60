package org.annals.eval;

/**
 * True positives, false positives and false negatives, with the precision, recall and F1 they give.
 * A ratio whose denominator is zero is 0.
 *
 * @param tp true positives
 * @param fp false positives
 * @param fn false negatives
 */
public record Score(int tp, int fp, int fn) {
  /** The score of nothing. */
  public static final Score ZERO = new Score(0, 0, 0);

  /** Validates the counts. */
  public Score {
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  /** Returns tp / (tp + fp), or 0 when nothing was predicted. */
  public double precision() {
    return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
  }

  /** Returns tp / (tp + fn), or 0 when nothing was expected. */
  public double recall() {
    return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
  }

  /** Returns the harmonic mean of precision and recall, or 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /** Returns the sum of two scores. */
  public Score plus(Score other) {
    return new Score(tp + other.tp, fp + other.fp, fn + other.fn);
  }
}
