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
   * Adds named entities and dependencies to each sentence that {@code select} accepts; the others
   * are returned as they were.
   */
  List<ParsedSentence> parse(List<ParsedSentence> sentences, Predicate<ParsedSentence> select);
}
