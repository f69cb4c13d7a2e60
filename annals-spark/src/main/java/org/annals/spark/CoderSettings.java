package org.annals.spark;

import java.io.Serializable;
import java.util.Locale;
import org.annals.EventCoder;
import org.annals.nlp.NlpPipelines;

/**
 * What an executor needs to build its {@link EventCoder}: small and serializable, so that it can
 * travel in a Spark closure where a CoreNLP pipeline must not.
 *
 * @param accurate whether to parse every selected sentence (the accurate profile) or only the
 *     shorter ones (fast)
 */
public record CoderSettings(boolean accurate) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Returns the settings of a profile name, {@code accurate} or {@code fast}. */
  public static CoderSettings profile(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "accurate" -> new CoderSettings(/* accurate= */ true);
      case "fast" -> new CoderSettings(/* accurate= */ false);
      default -> throw new IllegalArgumentException(
          "unknown profile '" + name + "': accurate or fast");
    };
  }

  /** Builds a coder; loads the CoreNLP models, so call it once per JVM ({@link ExecutorCoders}). */
  EventCoder build() {
    return EventCoder.builder().nlp(NlpPipelines.coreNlp(accurate)).build();
  }
}
