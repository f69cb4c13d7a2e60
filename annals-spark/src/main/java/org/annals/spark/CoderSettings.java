package org.annals.spark;

import java.io.Serializable;
import java.util.Locale;
import org.annals.EventCoder;
import org.annals.nlp.NlpPipelines;

/**
 * What an executor needs to build its {@link EventCoder}: small and serializable, so that it can
 * travel in a Spark closure where a CoreNLP pipeline must not.
 *
 * @param ner whether to run CoreNLP's entity recognizer (the accurate profile) or not (fast)
 */
public record CoderSettings(boolean ner) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Returns the settings of a profile name, {@code accurate} or {@code fast}. */
  public static CoderSettings profile(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "accurate" -> new CoderSettings(/* ner= */ true);
      case "fast" -> new CoderSettings(/* ner= */ false);
      default -> throw new IllegalArgumentException(
          "unknown profile '" + name + "': accurate or fast");
    };
  }

  /** Builds a coder; loads the CoreNLP models, so call it once per JVM ({@link ExecutorCoders}). */
  EventCoder build() {
    return EventCoder.builder().nlp(NlpPipelines.coreNlp(ner)).build();
  }
}
