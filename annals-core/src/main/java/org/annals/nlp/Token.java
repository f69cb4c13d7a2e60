package org.annals.nlp;

/**
 * One token of a sentence.
 *
 * @param index 0-based position in the sentence
 * @param word the surface form
 * @param lemma the lemma, lower case
 * @param tag the Penn Treebank part-of-speech tag
 * @param ner the named-entity class ({@code O} when none or not run)
 * @param begin character offset in the article text
 * @param end end character offset in the article text
 */
public record Token(int index, String word, String lemma, String tag, String ner, int begin, int end) {
  /**
   * Returns whether the token has a part-of-speech tag: a pipeline may leave sentences that cannot
   * hold an event untagged ({@link NlpPipeline#split(String, java.util.function.Predicate)}).
   */
  public boolean isTagged() {
    return !tag.isEmpty();
  }

  /** Returns whether the tag is a verb tag. */
  public boolean isVerb() {
    return tag.startsWith("VB") || tag.equals("MD");
  }

  /** Returns whether the tag is a noun tag. */
  public boolean isNoun() {
    return tag.startsWith("NN");
  }
}
