package org.annals;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.annals.actors.ActorLexicon;
import org.annals.coding.Candidate;
import org.annals.events.Place;
import org.annals.nlp.Dependency;
import org.annals.nlp.ParsedSentence;
import org.annals.nlp.Token;

/**
 * The details of an event read around its trigger: the place ("in Tbilisi"), the count ("eight
 * Russian officials", "killed 12"), and who reports it ("NATO said", "according to Reuters").
 */
final class EventDetails {
  private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("one", 1),
      Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
      Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
      Map.entry("dozen", 12), Map.entry("twenty", 20), Map.entry("thirty", 30),
      Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("hundred", 100));
  /** The relations of a place phrase: (obl|nmod):(in|at|near|outside|inside). */
  static final Set<String> PLACE_RELATIONS = Set.of("obl:in", "obl:at", "obl:near",
      "obl:outside", "obl:inside", "nmod:in", "nmod:at", "nmod:near", "nmod:outside",
      "nmod:inside");
  /** The relations of a phrase's words: compound|flat|amod|det|nmod:poss|case|flat:name. */
  static final Set<String> PHRASE_RELATIONS =
      Set.of("compound", "flat", "amod", "det", "nmod:poss", "case", "flat:name");
  private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");
  private static final Set<String> SAY = Set.of("say", "tell", "announce", "state", "report",
      "claim", "add", "confirm", "allege", "declare");

  private EventDetails() {}

  /** Returns the gazetteer place named in an "in"/"at" phrase of the trigger or its object. */
  static Optional<Place> place(ParsedSentence s, Candidate c, ActorLexicon lexicon) {
    for (int head : new int[] {c.trigger(), c.targetHead()}) {
      for (Dependency d : s.children(head)) {
        // a set, not String.matches, which compiled the pattern on every call (issue 6)
        if (PLACE_RELATIONS.contains(d.relation())) {
          Optional<Place> p = placeAt(s, d.dependent(), lexicon);
          if (p.isPresent()) {
            return p;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Place> placeAt(ParsedSentence s, int head, ActorLexicon lexicon) {
    Token t = s.tokens().get(head);
    StringBuilder name = new StringBuilder(t.word());
    for (int i = head - 1; i >= 0; i--) {
      Token p = s.tokens().get(i);
      if (!p.tag().equals("NNP")) {
        break;
      }
      name.insert(0, p.word() + " ");
    }
    Optional<Place> p = lexicon.place(name.toString());
    return p.isPresent() ? p : lexicon.place(t.word());
  }

  /** Returns the number stated on the target ("expelled eight Russians"), if any. */
  static Optional<Integer> count(ParsedSentence s, Candidate c) {
    for (int head : new int[] {c.targetHead(), c.trigger()}) {
      for (int n : s.children(head, "nummod")) {
        Optional<Integer> v = number(s.tokens().get(n).word());
        if (v.isPresent()) {
          return v;
        }
      }
    }
    for (int o : s.children(c.trigger(), "obj")) {
      for (int n : s.children(o, "nummod")) {
        Optional<Integer> v = number(s.tokens().get(n).word());
        if (v.isPresent()) {
          return v;
        }
      }
    }
    return Optional.empty();
  }

  static Optional<Integer> number(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace(",", "");
    if (DIGITS.matcher(w).matches()) {
      return Optional.of(Integer.parseInt(w));
    }
    return Optional.ofNullable(NUMBERS.get(w));
  }

  /** Returns who reports the event: the subject of a "say" verb above it, or "according to X". */
  static Optional<String> attribution(ParsedSentence s, Candidate c) {
    int t = c.trigger();
    for (int depth = 0; depth < 4; depth++) {
      for (Dependency d : s.children(t)) {
        if (d.relation().equals("obl:according_to") || d.relation().equals("nmod:according_to")) {
          return Optional.of(phrase(s, d.dependent()));
        }
      }
      int up = -1;
      for (Dependency d : s.heads(t)) {
        if (!d.relation().equals("root")) {
          up = d.governor();
          if ((d.relation().startsWith("ccomp") || d.relation().equals("parataxis"))
              && SAY.contains(s.tokens().get(up).lemma())) {
            for (int subj : s.children(up, "nsubj")) {
              return Optional.of(phrase(s, subj));
            }
          }
          break;
        }
      }
      for (Dependency d : s.children(t)) {
        if (d.relation().equals("parataxis") && SAY.contains(s.tokens().get(d.dependent()).lemma())) {
          for (int subj : s.children(d.dependent(), "nsubj")) {
            return Optional.of(phrase(s, subj));
          }
        }
      }
      if (up < 0) {
        break;
      }
      t = up;
    }
    return Optional.empty();
  }

  /** The words of a phrase: the head and its compound, flat and amod dependents. */
  private static String phrase(ParsedSentence s, int head) {
    int b = head;
    int e = head;
    for (Dependency d : s.children(head)) {
      if (PHRASE_RELATIONS.contains(d.relation())
          && !s.tokens().get(d.dependent()).tag().equals("POS")) {
        b = Math.min(b, d.dependent());
        e = Math.max(e, d.dependent());
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i = b; i <= e; i++) {
      Token tok = s.tokens().get(i);
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(tok.word());
    }
    return out.toString();
  }
}
