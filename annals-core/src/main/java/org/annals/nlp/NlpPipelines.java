package org.annals.nlp;

/** Factories for {@link NlpPipeline}s. */
public final class NlpPipelines {
  private NlpPipelines() {}

  /**
   * Returns a Stanford CoreNLP pipeline; the models are loaded now, once, so build it once per JVM.
   *
   * @param accurate whether to parse every selected sentence up to 150 tokens (the accurate
   *     profile) or only those up to 40 tokens, 80 for an article's first (the fast profile:
   *     long sentences cost the parser most and give few events, but the lead tells the story)
   */
  public static NlpPipeline coreNlp(boolean accurate) {
    return new CoreNlpPipeline(accurate);
  }
}
