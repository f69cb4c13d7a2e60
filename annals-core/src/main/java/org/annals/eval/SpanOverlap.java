package org.annals.eval;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a system actor text overlaps a gold span: case-insensitively, one contains the other, or
 * they share a token that is not a stopword.
 */
final class SpanOverlap {
  private static final Set<String> STOPWORDS =
      Set.of(
          "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or",
          "s", "its", "it", "his", "her", "their", "our", "my", "your", "this", "that", "these",
          "those", "who", "which", "he", "she", "they", "we", "i", "you", "as", "some", "other",
          "said", "mr", "mrs", "ms");

  private SpanOverlap() {}

  static boolean overlaps(String system, String gold) {
    String a = system.strip().toLowerCase(Locale.ROOT);
    String b = gold.strip().toLowerCase(Locale.ROOT);
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (a.contains(b) || b.contains(a)) {
      return true;
    }
    Set<String> tokens = tokens(a);
    return tokens(b).stream().anyMatch(tokens::contains);
  }

  private static Set<String> tokens(String text) {
    return Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
        .filter(t -> !t.isEmpty() && !STOPWORDS.contains(t))
        .collect(Collectors.toSet());
  }
}
