package org.annals.nlp;

import java.util.List;
import org.annals.ingest.Article;

/**
 * An article with its sentences analysed.
 *
 * @param article the article as read
 * @param text the cleaned text that the offsets refer to
 * @param sentences the sentences in order
 */
public record ParsedArticle(Article article, String text, List<ParsedSentence> sentences) {
  /** Copies the list. */
  public ParsedArticle {
    sentences = List.copyOf(sentences);
  }
}
