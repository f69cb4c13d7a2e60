package org.annals.cli;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.annals.EventCoder;
import org.annals.nlp.NlpPipelines;

/** One {@link EventCoder} per profile per JVM: the CoreNLP models load once. */
final class Coders {
  /** The analysis profiles. */
  enum Profile {
    /** Dependency parse of every sentence that can hold an event. */
    ACCURATE,
    /** Dependency parse only. */
    FAST
  }

  private static final ConcurrentMap<String, EventCoder> CODERS = new ConcurrentHashMap<>();
  private static final ConcurrentMap<Profile, org.annals.nlp.NlpPipeline> PIPELINES =
      new ConcurrentHashMap<>();

  private Coders() {}

  static EventCoder get(Profile profile) {
    return get(profile, /* oneActorEnough= */ false);
  }

  /** Returns the coder of a profile; {@code oneActorEnough} for sentence classification. */
  static EventCoder get(Profile profile, boolean oneActorEnough) {
    return CODERS.computeIfAbsent(profile + "/" + oneActorEnough, k -> EventCoder.builder()
        .nlp(PIPELINES.computeIfAbsent(profile,
            p -> NlpPipelines.coreNlp(/* accurate= */ p == Profile.ACCURATE)))
        .oneActorEnough(oneActorEnough).build());
  }
}
