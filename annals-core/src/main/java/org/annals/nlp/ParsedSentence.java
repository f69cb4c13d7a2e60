package org.annals.nlp;

import java.util.List;

/**
 * One sentence: its tokens and, once parsed, its dependency edges.
 *
 * @param index 0-based index in the article
 * @param text the sentence text
 * @param begin character offset in the article text
 * @param tokens the tokens
 * @param dependencies the dependency edges, empty when not parsed
 * @param root the index of the root token, or -1 when not parsed
 * @param opaque the analysis engine's own handle for the sentence (used only by the pipeline that
 *     made it), or null
 */
public record ParsedSentence(
    int index,
    String text,
    int begin,
    List<Token> tokens,
    List<Dependency> dependencies,
    int root,
    @org.jspecify.annotations.Nullable Object opaque) {

  /** Copies the lists; the dependencies are indexed by token once, here. */
  public ParsedSentence {
    tokens = List.copyOf(tokens);
    dependencies = DependencyIndex.of(dependencies);
  }

  /**
   * Hashes the position and text only, consistent with the record's equality: events are kept in
   * hash maps keyed by their sentence, and hashing every token and CoreNLP's whole annotation of
   * the sentence showed up in profiles (issue 6, docs/performance.md).
   */
  @Override
  public int hashCode() {
    return (31 * index + begin) * 31 + text.hashCode();
  }

  /** Returns whether the sentence has dependencies. */
  public boolean isParsed() {
    return root >= 0;
  }

  /** Returns the edges whose governor is {@code token} (read-only). */
  public List<Dependency> children(int token) {
    return ((DependencyIndex) dependencies).children(token);
  }

  /** Returns the edges whose dependent is {@code token} (read-only). */
  public List<Dependency> heads(int token) {
    return ((DependencyIndex) dependencies).heads(token);
  }

  /** Returns the dependents of {@code token} by exactly {@code relation}. */
  public List<Integer> children(int token, String relation) {
    return ((DependencyIndex) dependencies).dependents(token, relation);
  }

  /** Returns a copy with entities and dependencies filled in. */
  public ParsedSentence withParse(List<Token> newTokens, List<Dependency> deps, int newRoot) {
    return new ParsedSentence(index, text, begin, newTokens, deps, newRoot, opaque);
  }
}
