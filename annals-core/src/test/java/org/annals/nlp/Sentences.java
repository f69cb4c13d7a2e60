package org.annals.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds {@link ParsedSentence}s for unit tests from a compact description, so that no CoreNLP model
 * is needed (Lucene's {@code MockTokenizer} idea).
 *
 * <p>Tokens are whitespace-separated {@code word/TAG}, {@code word/TAG/lemma} or {@code
 * word/TAG/lemma/NER}; the lemma defaults to the lower-cased word and the entity class to {@code O}.
 * Edges are written as CoreNLP prints them, 1-based: {@code nsubj(expelled-2, Russia-1)}; {@code
 * root(ROOT-0, expelled-2)} sets the root and is not stored as an edge (as in the real converter).
 * The sentence text is the words joined by single spaces (none before closing punctuation), and
 * character offsets are computed from it.
 *
 * <pre>{@code
 * ParsedSentence s = Sentences.parse(
 *     "Georgia/NNP accused/VBD/accuse Russia/NNP ./.",
 *     "root(ROOT-0, accused-2)", "nsubj(accused-2, Georgia-1)", "obj(accused-2, Russia-3)");
 * }</pre>
 */
public final class Sentences {
  private static final Pattern EDGE =
      Pattern.compile("\\s*([^\\s(]+)\\((.+)-(\\d+)'*\\s*,\\s*(.+)-(\\d+)'*\\s*\\)\\s*");
  private static final Set<String> NO_SPACE_BEFORE =
      Set.of(".", ",", ";", ":", "!", "?", "'s", "'", "n't", "%", ")", "''", "\u2019s");
  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "``", "$");

  private Sentences() {}

  /** Returns sentence 0 at offset 0, parsed when edges are given. */
  public static ParsedSentence parse(String tokens, String... edges) {
    return sentence(0, 0, tokens, edges);
  }

  /** Returns an unparsed sentence 0 at offset 0 (tokens, tags and lemmas only). */
  public static ParsedSentence tokensOnly(String tokens) {
    return sentence(0, 0, tokens);
  }

  /**
   * Returns a sentence with its index in the article and the character offset of its first
   * character; parsed when edges are given.
   */
  public static ParsedSentence sentence(int index, int begin, String tokens, String... edges) {
    List<Token> toks = tokens(tokens, begin);
    String text = text(toks, begin);
    List<Dependency> deps = new ArrayList<>();
    int root = -1;
    for (String e : edges) {
      Matcher m = EDGE.matcher(e);
      if (!m.matches()) {
        throw new IllegalArgumentException("edge is not rel(gov-i, dep-j): " + e);
      }
      int gov = Integer.parseInt(m.group(3)) - 1;
      int dep = Integer.parseInt(m.group(5)) - 1;
      check(toks, m.group(4), dep, e);
      if (gov < 0) {
        root = dep;
        continue;
      }
      check(toks, m.group(2), gov, e);
      deps.add(new Dependency(gov, dep, m.group(1)));
    }
    if (root < 0 && !deps.isEmpty()) {
      root = firstHeadless(toks.size(), deps);
    }
    return new ParsedSentence(index, text, begin, toks, deps, root, null);
  }

  /** Returns the 0-based index of the first token whose word is {@code word}. */
  public static int at(ParsedSentence s, String word) {
    for (Token t : s.tokens()) {
      if (t.word().equals(word)) {
        return t.index();
      }
    }
    throw new IllegalArgumentException("no token '" + word + "' in: " + s.text());
  }

  private static List<Token> tokens(String spec, int begin) {
    List<Token> out = new ArrayList<>();
    int pos = begin;
    String prev = null;
    boolean joinNext = false;
    for (String item : spec.trim().split("\\s+")) {
      String[] p = item.split("/", -1);
      if (p.length < 2 || p.length > 4 || p[0].isEmpty() || p[1].isEmpty()) {
        throw new IllegalArgumentException("token is not word/TAG[/lemma[/NER]]: " + item);
      }
      String word = p[0];
      // a hyphen tagged HYPH joins the words on its sides ("cease-fire" split in three)
      boolean hyphen = p[1].equals("HYPH");
      if (prev != null && !NO_SPACE_BEFORE.contains(word) && !NO_SPACE_AFTER.contains(prev)
          && !hyphen && !joinNext) {
        pos++;
      }
      String lemma = p.length > 2 && !p[2].isEmpty() ? p[2] : word.toLowerCase(Locale.ROOT);
      String ner = p.length > 3 ? p[3] : "O";
      out.add(new Token(out.size(), word, lemma, p[1], ner, pos, pos + word.length()));
      pos += word.length();
      prev = word;
      joinNext = hyphen;
    }
    return out;
  }

  private static String text(List<Token> toks, int begin) {
    StringBuilder b = new StringBuilder();
    for (Token t : toks) {
      while (b.length() < t.begin() - begin) {
        b.append(' ');
      }
      b.append(t.word());
    }
    return b.toString();
  }

  private static void check(List<Token> toks, String word, int i, String edge) {
    if (i < 0 || i >= toks.size()) {
      throw new IllegalArgumentException("token index out of range in " + edge);
    }
    if (!toks.get(i).word().equals(word)) {
      throw new IllegalArgumentException(
          "edge " + edge + " names '" + word + "' but token " + (i + 1) + " is '"
              + toks.get(i).word() + "'");
    }
  }

  private static int firstHeadless(int n, List<Dependency> deps) {
    for (int i = 0; i < n; i++) {
      final int t = i;
      boolean hasHead = deps.stream().anyMatch(d -> d.dependent() == t);
      boolean hasChild = deps.stream().anyMatch(d -> d.governor() == t);
      if (!hasHead && hasChild) {
        return i;
      }
    }
    return 0;
  }
}
