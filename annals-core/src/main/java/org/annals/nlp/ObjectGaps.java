package org.annals.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Fills one gap the dependency parser leaves: the object of a relative clause with no relative
 * pronoun ("the weapons the US provided to the rebels", "the support the US continues to
 * provide"). The parser hangs the clause on its noun (acl:relcl) but gives the clause's verb no
 * object, where with "that" it links the noun as the object. The repair adds that link: to the
 * clause's verb, or to the infinitive it governs when the verb only leads to it ("continues to
 * provide"). A clause that names its own object, or has a relative word, is left as it is.
 * Stateless.
 */
final class ObjectGaps {
  private ObjectGaps() {}

  /** Verbs that lead to the act of their infinitive ("continues to provide"). */
  private static final Set<String> LEADING = Set.of("continue", "plan", "want", "intend",
      "promise", "pledge", "agree", "decide", "seek", "try", "hope", "refuse", "threaten",
      "offer", "vow", "begin", "start", "expect", "propose");

  /** Nouns a clause tells the time, place or manner of ("the day the troops left"). */
  private static final Set<String> CIRCUMSTANCES = Set.of("day", "week", "month", "year",
      "decade", "time", "moment", "night", "morning", "evening", "hour", "minute", "date", "way",
      "reason", "place", "extent", "point", "manner");

  /** The repaired edges and root, as {@link ReducedRelatives.Repair}, or null to keep them. */
  static ReducedRelatives.Repair repair(List<Token> tokens, List<Dependency> deps, int root) {
    List<Dependency> added = new ArrayList<>(1);
    for (Dependency d : deps) {
      int noun = d.governor();
      int verb = d.dependent();
      if (!d.relation().equals("acl:relcl") || !tokens.get(verb).tag().startsWith("VB")
          || !tokens.get(noun).tag().startsWith("NN") || verb < noun
          || CIRCUMSTANCES.contains(tokens.get(noun).lemma())
          || !ownSubjectRightAfter(tokens, deps, noun, verb)) {
        continue;
      }
      int act = verb;
      if (LEADING.contains(tokens.get(verb).lemma())) {
        for (Dependency x : deps) {
          if (x.governor() == verb && x.relation().equals("xcomp")) {
            act = x.dependent();
          }
        }
      }
      if (!Dependency.hasChild(deps, act, r -> r.equals("obj") || r.equals("nsubj:pass")
          || r.equals("ccomp")) && !Dependency.hasChild(deps, verb, "obj"::equals)) {
        added.add(new Dependency(act, noun, "obj"));
      }
    }
    if (added.isEmpty()) {
      return null;
    }
    List<Dependency> out = new ArrayList<>(deps);
    out.addAll(added);
    return new ReducedRelatives.Repair(out, root);
  }

  /**
   * Whether the clause has a subject of its own that begins right after the noun's phrase, with
   * no relative word ("the weapons the US provided"; not "the envoy who left").
   */
  private static boolean ownSubjectRightAfter(List<Token> tokens, List<Dependency> deps,
      int noun, int verb) {
    for (Dependency d : deps) {
      if (d.governor() != verb || !d.relation().equals("nsubj")) {
        continue;
      }
      int subject = d.dependent();
      String tag = tokens.get(subject).tag();
      if (tag.startsWith("W") || subject <= noun) {
        return false;
      }
      int first = subject;
      for (Dependency e : deps) {
        if (e.governor() == subject && e.dependent() < first && e.dependent() > noun) {
          first = e.dependent();
        }
      }
      return first == noun + 1;
    }
    return false;
  }
}
