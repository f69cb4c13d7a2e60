package org.annals;

import org.annals.nlp.NlpPipelines;

/** One coder with the real CoreNLP models for all integration tests of a JVM. */
public final class RealPipeline {
  private static EventCoder coder;

  private RealPipeline() {}

  /** Returns the shared coder (accurate profile), loading the models on first use. */
  public static synchronized EventCoder coder() {
    if (coder == null) {
      coder = EventCoder.builder().nlp(NlpPipelines.coreNlp(/* accurate= */ true)).build();
    }
    return coder;
  }
}
