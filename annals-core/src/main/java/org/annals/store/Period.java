package org.annals.store;

/** The time buckets of {@link EventStore#aggregate}. */
public enum Period {
  /** One bucket for all time; undated events count. */
  ALL,
  /** Calendar days; undated events are left out, as with the coarser periods. */
  DAY,
  /** ISO weeks, starting on Monday. */
  WEEK,
  /** Calendar months. */
  MONTH,
  /** Calendar years. */
  YEAR
}
