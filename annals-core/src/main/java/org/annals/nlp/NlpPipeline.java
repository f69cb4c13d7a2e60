package org.annals.nlp;

import java.util.List;
import java.util.function.Predicate;

/**
 * Turns text into {@link ParsedSentence}s. Implementations are thread-safe and built once.
 *
 * <p>Analysis runs in two steps so that the expensive annotators run only where an event can be:
 * {@link #split} gives every sentence with tokens, tags and lemmas; {@link #parse} adds entities and
 * dependencies to the sentences the caller selected.
 */
public interface NlpPipeline {
  /** Splits cleaned text into sentences with tokens, part-of-speech tags and lemmas. */
  List<ParsedSentence> split(String text);

  /**
   * Splits cleaned text into sentences, and may leave without tags the sentences whose tokens
   * {@code tag} rejects: their tokens then have an empty tag and their lower-case word as lemma
   * ({@link Token#isTagged()}). {@code tag} sees each sentence's untagged tokens, in text order.
   * The default tags every sentence, as {@link #split(String)}.
   */
  default List<ParsedSentence> split(String text, Predicate<List<Token>> tag) {
    return split(text);
  }

  /**
   * Adds named entities and dependencies to each sentence that {@code select} accepts; the others
   * are returned as they were.
   */
  List<ParsedSentence> parse(List<ParsedSentence> sentences, Predicate<ParsedSentence> select);
}
