package org.annals.nlp;

import edu.stanford.nlp.process.Morphology;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lemmas a word may get from CoreNLP's lemmatizer under any tag the coder reads, for choosing
 * sentences before they are tagged (issue 6: the fast profile tags only the sentences
 * that may hold an event). Thread-safe.
 */
public final class SurfaceLemmas {
  /**
   * The tags whose lemmas the coder reads (verbs and modals, nouns, adjectives), and the other
   * tags whose lemma may differ from the word ("better" as "well", "n't" as "not", "an" as "a").
   */
  private static final String[] TAGS = {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD", "NN",
      "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "RB", "RBR", "RBS", "PRP", "PRP$", "DT", "IN"};
  /** Distinct words kept before the cache is emptied; a news vocabulary stays well below. */
  private static final int CACHE_SIZE = 200_000;
  private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();
  // Morphology keeps a lexer's state: one per thread
  private static final ThreadLocal<Morphology> MORPHOLOGY = ThreadLocal.withInitial(Morphology::new);

  private SurfaceLemmas() {}

  /**
   * Returns the lower-case lemmas of {@code word} under every verb, noun, adjective, adverb,
   * pronoun, determiner and preposition tag, as {@code CoreNlpPipeline} would give them, the
   * lower-case word first (the lemma of the other tags).
   */
  public static List<String> of(String word) {
    List<String> known = CACHE.get(word);
    if (known != null) {
      return known;
    }
    List<String> out = new ArrayList<>(3);
    out.add(word.toLowerCase(Locale.ROOT));
    Morphology m = MORPHOLOGY.get();
    for (String tag : TAGS) {
      add(out, m.lemma(word, tag));
      String[] parts = word.split("_");
      if (tag.startsWith("VB") && parts.length == 2) {
        // MorphaAnnotator's phrasal verbs: "pick_up" is "pick_up" or "picked_up" lemmatized
        add(out, m.lemma(parts[0], tag) + '_' + parts[1]);
      }
    }
    List<String> lemmas = List.copyOf(out);
    if (CACHE.size() >= CACHE_SIZE) {
      CACHE.clear();
    }
    CACHE.put(word, lemmas);
    return lemmas;
  }

  private static void add(List<String> lemmas, String lemma) {
    String lower = lemma.toLowerCase(Locale.ROOT);
    if (!lemmas.contains(lower)) {
      lemmas.add(lower);
    }
  }
}
