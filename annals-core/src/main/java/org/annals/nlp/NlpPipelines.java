package org.annals.nlp;

/** Factories for {@link NlpPipeline}s. */
public final class NlpPipelines {
  private NlpPipelines() {}

  /**
   * Returns a Stanford CoreNLP pipeline; the models are loaded now, once, so build it once per JVM.
   *
   * @param ner whether to run the named-entity recognizer on the selected sentences (the accurate
   *     profile) or not (the fast profile)
   */
  public static NlpPipeline coreNlp(boolean ner) {
    return new CoreNlpPipeline(ner);
  }
}
