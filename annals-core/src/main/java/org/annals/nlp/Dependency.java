package org.annals.nlp;

import java.util.List;
import java.util.function.Predicate;

/**
 * A typed dependency edge between two tokens of a sentence (Universal Dependencies relation names,
 * enhanced++ where the parser gives them, e.g. {@code obl:to}, {@code nsubj:xsubj}).
 *
 * @param governor the head token index
 * @param dependent the dependent token index
 * @param relation the relation name
 */
public record Dependency(int governor, int dependent, String relation) {
  /** Returns the relation without its subtype ({@code obl} for {@code obl:to}). */
  public String base() {
    int i = relation.indexOf(':');
    return i < 0 ? relation : relation.substring(0, i);
  }

  /**
   * Returns whether a word has a dependent, among these edges, by a relation that passes
   * {@code relation}: the test the parser repairs make of edges not yet built into a sentence.
   */
  static boolean hasChild(List<Dependency> edges, int governor, Predicate<String> relation) {
    for (Dependency d : edges) {
      if (d.governor() == governor && relation.test(d.relation())) {
        return true;
      }
    }
    return false;
  }
}
