package org.annals.cli;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.annals.EventCoder;
import org.annals.nlp.NlpPipelines;

/** One {@link EventCoder} per profile per JVM: the CoreNLP models load once. */
final class Coders {
  /** The analysis profiles. */
  enum Profile {
    /** Dependency parse and named entities on the sentences that can hold an event. */
    ACCURATE,
    /** Dependency parse only. */
    FAST
  }

  private static final ConcurrentMap<Profile, EventCoder> CODERS = new ConcurrentHashMap<>();

  private Coders() {}

  static EventCoder get(Profile profile) {
    return CODERS.computeIfAbsent(profile, p -> EventCoder.builder()
        .nlp(NlpPipelines.coreNlp(/* ner= */ p == Profile.ACCURATE)).build());
  }
}
