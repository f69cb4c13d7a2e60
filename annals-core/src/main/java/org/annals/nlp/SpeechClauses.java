package org.annals.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Repairs one misparse of the dependency parser: the subject of a reported clause read as the
 * object of the report verb ("Russia said Israel must end its attacks" as obj(said, Israel) and
 * dep(said, end), the clause left with no subject; or with the report verb read as the clause's
 * subject: csubj(expressed, said) in "the office said Karzai has expressed concern"). A verb of
 * saying or thinking takes no such object; the repair makes the noun the clause's subject and
 * the clause the verb's complement (ccomp). Stateless.
 */
final class SpeechClauses {
  private SpeechClauses() {}

  /** Verbs that report a clause and take no person as object ("told Israel" does). */
  private static final Set<String> REPORTING = Set.of("say", "claim", "insist", "add", "argue",
      "believe", "think", "hope", "suggest", "assert", "announce", "declare", "note", "stress",
      "predict", "fear", "feel", "reckon", "acknowledge", "admit", "allege", "maintain");
  private static final Set<String> CLAUSES = Set.of("dep", "ccomp", "parataxis", "xcomp");

  /** The repaired edges and root, as {@link ReducedRelatives.Repair}, or null to keep them. */
  static ReducedRelatives.Repair repair(List<Token> tokens, List<Dependency> deps, int root) {
    ReducedRelatives.Repair trailing = reporterAsApposition(tokens, deps, root);
    if (trailing != null) {
      return trailing;
    }
    for (Dependency d : deps) {
      int verb = d.governor();
      int noun = d.dependent();
      if (!d.relation().equals("obj") || !tokens.get(verb).tag().startsWith("VB")
          || !REPORTING.contains(tokens.get(verb).lemma()) || noun < verb) {
        continue;
      }
      int holder = verb;
      int clause = clauseAfter(tokens, deps, verb, noun, verb);
      for (Dependency up : deps) {
        // "said he hopes Japan will persuade ...": the clause may hang on the verb above
        if (clause < 0 && up.dependent() == verb && up.relation().equals("ccomp")) {
          holder = up.governor();
          clause = clauseAfter(tokens, deps, holder, noun, verb);
        }
      }
      if (clause < 0) {
        ReducedRelatives.Repair under = clauseAbove(tokens, deps, root, verb, noun);
        if (under != null) {
          return under;
        }
      }
      if (clause >= 0) {
        List<Dependency> out = new ArrayList<>(deps.size());
        for (Dependency e : deps) {
          if (e.governor() == verb && e.dependent() == noun
              || e.governor() == holder && e.dependent() == clause) {
            continue;
          }
          out.add(e);
        }
        out.add(new Dependency(verb, clause, "ccomp"));
        out.add(new Dependency(clause, noun, "nsubj"));
        return new ReducedRelatives.Repair(out, root);
      }
    }
    return null;
  }

  /**
   * The verb hung under {@code holder} (the report verb or the one above it) that the object is
   * the subject of: right after the noun's phrase (or after its auxiliaries), with no subject of
   * its own; else -1.
   */
  private static int clauseAfter(List<Token> tokens, List<Dependency> deps, int holder, int noun,
      int verb) {
    for (Dependency d : deps) {
      int c = d.dependent();
      if (d.governor() != holder || c == verb || !CLAUSES.contains(d.relation()) || c <= noun
          || !tokens.get(c).tag().startsWith("VB")) {
        continue;
      }
      boolean subjectOrMark = Dependency.hasChild(deps, c, r -> r.startsWith("nsubj")
          || r.startsWith("csubj") || r.equals("mark"));
      if (subjectOrMark || !nextTo(deps, noun, first(deps, c))) {
        continue;
      }
      return c;
    }
    return -1;
  }

  /**
   * The repair of the report verb read as the clause's subject ("the office said Karzai has
   * expressed concern" as csubj(expressed, said) and obj(said, Karzai)): the report verb takes
   * the clause's place, the clause becomes its complement and the object the clause's subject;
   * null when the clause does not begin right after the object's phrase or has a subject.
   */
  private static ReducedRelatives.Repair clauseAbove(List<Token> tokens, List<Dependency> deps,
      int root, int verb, int noun) {
    int clause = -1;
    for (Dependency d : deps) {
      if (d.dependent() == verb && d.relation().equals("csubj") && d.governor() > noun
          && tokens.get(d.governor()).tag().startsWith("VB")) {
        clause = d.governor();
      }
    }
    if (clause < 0 || !nextTo(deps, noun, first(deps, clause))
        || Dependency.hasChild(deps, clause, r -> r.startsWith("nsubj"))) {
      return null;
    }
    List<Dependency> out = new ArrayList<>(deps.size() + 1);
    for (Dependency e : deps) {
      if (e.governor() == verb && e.dependent() == noun
          || e.governor() == clause && e.dependent() == verb) {
        continue;
      }
      // the report verb hangs where the clause hung
      out.add(e.dependent() == clause ? new Dependency(e.governor(), verb, e.relation()) : e);
    }
    out.add(new Dependency(verb, clause, "ccomp"));
    out.add(new Dependency(clause, noun, "nsubj"));
    return new ReducedRelatives.Repair(out, root == clause ? verb : root);
  }

  /**
   * The repair of a trailing reporter read as an apposition ("troops arrived in Bosnia, Defense
   * Secretary William Perry said" as appos(Bosnia, Perry) and a subjectless "said"): the noun
   * becomes the report verb's subject, and the report verb, hung as dep, a parenthetical
   * (parataxis) of the clause it reports. Null when no report verb without a subject or an object
   * follows an apposition's phrase.
   */
  private static ReducedRelatives.Repair reporterAsApposition(List<Token> tokens,
      List<Dependency> deps, int root) {
    for (Dependency d : deps) {
      int noun = d.dependent();
      if (!d.relation().equals("appos")) {
        continue;
      }
      int verb = phraseEnd(deps, noun, tokens.size()) + 1;
      if (verb >= tokens.size() || !tokens.get(verb).tag().startsWith("VB")
          || !REPORTING.contains(tokens.get(verb).lemma())
          || Dependency.hasChild(deps, verb, r -> r.startsWith("nsubj") || r.equals("obj")
              || r.startsWith("ccomp"))) {
        continue;
      }
      List<Dependency> out = new ArrayList<>(deps.size());
      for (Dependency e : deps) {
        if (e == d) {
          continue;
        }
        out.add(e.dependent() == verb && e.relation().equals("dep")
            ? new Dependency(e.governor(), verb, "parataxis") : e);
      }
      out.add(new Dependency(verb, noun, "nsubj"));
      return new ReducedRelatives.Repair(out, root);
    }
    return null;
  }

  /**
   * The last word of a noun's phrase before {@code limit}: the noun or its last dependent there,
   * its punctuation left out.
   */
  private static int phraseEnd(List<Dependency> deps, int noun, int limit) {
    int end = noun;
    for (Dependency d : deps) {
      if (d.governor() == noun && d.dependent() > end && d.dependent() < limit
          && !d.relation().equals("punct")) {
        end = d.dependent();
      }
    }
    return end;
  }

  /** The clause's first word: the verb, or an auxiliary, adverb or copula before it. */
  private static int first(List<Dependency> deps, int c) {
    int first = c;
    for (Dependency e : deps) {
      if (e.governor() == c && (e.relation().startsWith("aux") || e.relation().equals("advmod")
          || e.relation().equals("cop")) && e.dependent() < first) {
        first = e.dependent();
      }
    }
    return first;
  }

  /** Whether the noun's phrase ends right where the clause begins. */
  private static boolean nextTo(List<Dependency> deps, int noun, int first) {
    return phraseEnd(deps, noun, first) == first - 1;
  }
}
