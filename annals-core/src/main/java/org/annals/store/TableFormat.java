package org.annals.store;

import java.util.Locale;

/** The flat-table formats of {@link EventStore#exportTable}. */
public enum TableFormat {
  /** Comma-separated values with a header line (RFC 4180 quoting). */
  CSV,
  /** Apache Parquet. */
  PARQUET;

  /** Returns the lower-case name, as on the command line. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
