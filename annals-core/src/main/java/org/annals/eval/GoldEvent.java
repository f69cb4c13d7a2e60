package org.annals.eval;

import java.util.Objects;
import org.annals.events.Mode;
import org.jspecify.annotations.Nullable;

/**
 * One hand-coded event of a gold document.
 *
 * @param source the source actor code ({@code RUSGOV})
 * @param target the target actor code
 * @param code the CAMEO code, 2 to 4 digits
 * @param date {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}, or null when the text gives no
 *     clue
 * @param mode {@code asserted}, {@code future}, {@code hypothetical} or {@code negated}
 * @param sentence the 0-based sentence index, or -1 when the gold line omits it (not scored)
 * @param trigger the word that states the event (not scored)
 * @param evidence a short span that states the event (not scored)
 * @param cause the index, in the document's event list, of the event this one responds to, or null
 */
public record GoldEvent(
    String source,
    String target,
    String code,
    @Nullable String date,
    String mode,
    int sentence,
    String trigger,
    String evidence,
    @Nullable Integer cause) {

  /** Validates the fields. */
  public GoldEvent {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(evidence, "evidence");
    if (!code.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("CAMEO code must be 2 to 4 digits: " + code);
    }
  }

  /** Returns the root code, the first two digits. */
  public String root() {
    return code.substring(0, 2);
  }

  /**
   * Returns whether this event is a trap of scoring rule 3: a {@code negated} or {@code
   * hypothetical} event, which a system should not report as having happened.
   */
  public boolean isTrap() {
    Mode m = Mode.parse(mode);
    return m == Mode.NEGATED || m == Mode.HYPOTHETICAL;
  }
}
