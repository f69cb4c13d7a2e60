package org.annals.store;

/** What {@link EventStore#aggregate} counts events by, besides the period. */
public enum GroupBy {
  /** Nothing: one count per period (key {@code ""}). */
  NONE,
  /** The CAMEO root, {@code 01} to {@code 20}. */
  ROOT,
  /** The quad class, {@code 1} to {@code 4}. */
  QUAD,
  /** The PLOVER event type. */
  PLOVER,
  /** The source and target codes, as {@code SOURCE>TARGET}. */
  DYAD,
  /** The source and target countries, as {@code SRC>TGT} (empty for organisations). */
  COUNTRY_DYAD,
  /** The source code. */
  SOURCE,
  /** The target code. */
  TARGET,
  /** The mode: asserted, future, hypothetical, negated. */
  MODE
}
