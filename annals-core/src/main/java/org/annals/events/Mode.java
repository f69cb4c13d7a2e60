package org.annals.events;

import java.util.Locale;

/** Whether an event happened, is to happen, might happen, or did not happen (GUIDELINE "Modes"). */
public enum Mode {
  ASSERTED,
  FUTURE,
  HYPOTHETICAL,
  NEGATED;

  /** Returns the lower-case name used in the JSON formats. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a label such as {@code "future"}; unknown labels give {@link #ASSERTED}. */
  public static Mode parse(String label) {
    for (Mode m : values()) {
      if (m.label().equalsIgnoreCase(label)) {
        return m;
      }
    }
    return ASSERTED;
  }
}
