package org.annals.coding.pattern;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annals.actors.Lexicon;

/** The patterns of {@code lexicon/patterns.tsv}, indexed by trigger lemma. Immutable. */
public final class PatternLexicon {
  private final List<EventPattern> all;
  private final Map<String, List<EventPattern>> verbs = new HashMap<>();
  private final Map<String, List<EventPattern>> nouns = new HashMap<>();

  private PatternLexicon(List<EventPattern> all) {
    this.all = List.copyOf(all);
    for (EventPattern p : all) {
      (p.noun() ? nouns : verbs).computeIfAbsent(p.lemma(), k -> new ArrayList<>()).add(p);
    }
    Comparator<EventPattern> order = Comparator.comparingInt(EventPattern::specificity).reversed();
    verbs.values().forEach(l -> l.sort(order));
    nouns.values().forEach(l -> l.sort(order));
  }

  /**
   * Loads the bundled patterns; rows with a bad shape, or naming an object class that {@code
   * lexicon/objects.tsv} does not define, are an error naming the row.
   */
  public static PatternLexicon load() {
    Map<String, List<String>> classes = new HashMap<>();
    for (String[] r : Lexicon.rows("objects.tsv")) {
      if (r.length < 2 || classes.put(r[0], Lexicon.list(r[1])) != null) {
        throw new IllegalStateException("objects.tsv: bad or repeated row " + String.join(" | ", r));
      }
    }
    List<EventPattern> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (String[] r : Lexicon.rows("patterns.tsv")) {
      if (r.length < 6) {
        throw new IllegalStateException("patterns.tsv: short row " + String.join(" | ", r));
      }
      EventPattern p = parse(r, classes);
      if (!ids.add(p.id())) {
        throw new IllegalStateException("patterns.tsv: duplicate id " + p.id());
      }
      out.add(p);
    }
    return new PatternLexicon(out);
  }

  /** Builds a lexicon from patterns given in code (tests, embedders); ids must be unique. */
  public static PatternLexicon of(List<EventPattern> patterns) {
    Set<String> ids = new HashSet<>();
    for (EventPattern p : patterns) {
      if (!ids.add(p.id())) {
        throw new IllegalArgumentException("duplicate pattern id " + p.id());
      }
    }
    return new PatternLexicon(patterns);
  }

  /** One row; an object item {@code @name} stands for the lemmas of that object class. */
  private static EventPattern parse(String[] r, Map<String, List<String>> classes) {
    String[] lemmaParts = r[3].toLowerCase(Locale.ROOT).trim().split("\\s+", 2);
    String obj = Lexicon.cell(r, 4);
    boolean noObject = obj.startsWith("!");
    Set<String> objects = new HashSet<>();
    for (String o : Lexicon.list(noObject ? obj.substring(1) : obj)) {
      List<String> members = o.startsWith("@") ? classes.get(o.substring(1)) : List.of(o);
      if (members == null) {
        throw new IllegalStateException("patterns.tsv: " + r[0] + " names no object class " + o);
      }
      members.forEach(m -> objects.add(m.toLowerCase(Locale.ROOT)));
    }
    List<String> targets = Lexicon.list(Lexicon.cell(r, 5));
    boolean noun = r[2].equalsIgnoreCase("N");
    // a verb's second word is its particle ("call on"); a noun's first word is the modifier its
    // last word needs ("hunger strike")
    String lemma = noun && lemmaParts.length > 1 ? lemmaParts[1] : lemmaParts[0];
    String particle = lemmaParts.length > 1 ? (noun ? lemmaParts[0] : lemmaParts[1]) : "";
    return new EventPattern(r[0], r[1], noun, lemma, particle, objects, noObject, targets,
        Lexicon.cell(r, 6), Lexicon.cell(r, 7));
  }

  /** Returns the verb patterns of a lemma, most specific first. */
  public List<EventPattern> verb(String lemma) {
    return verbs.getOrDefault(lemma, List.of());
  }

  /** Returns the noun patterns of a lemma, most specific first. */
  public List<EventPattern> noun(String lemma) {
    return nouns.getOrDefault(lemma, List.of());
  }

  /** Returns whether any pattern has this trigger lemma. */
  public boolean isTrigger(String lemma) {
    return verbs.containsKey(lemma) || nouns.containsKey(lemma);
  }

  /** Returns all patterns in file order. */
  public List<EventPattern> all() {
    return all;
  }
}
