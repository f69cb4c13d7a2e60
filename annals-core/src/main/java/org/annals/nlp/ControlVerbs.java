package org.annals.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Repairs one misparse of the dependency parser: a verb of will read as an auxiliary of the
 * infinitive it governs ("rebels threatened to shell the bases" as aux(shell, threatened), like
 * "are going to"). The repair makes the verb of will the head, with the subject and what stands
 * before it, and the infinitive its complement (xcomp), the subject shared (nsubj:xsubj), as the
 * parser gives it when it reads the sentence right. Stateless.
 */
final class ControlVerbs {
  private ControlVerbs() {}

  /** Words that are auxiliaries indeed. */
  private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "will", "shall",
      "would", "should", "can", "could", "may", "might", "must", "ought", "need", "dare", "get",
      "go", "use", "'s", "'d", "'ll", "wo", "ca");

  /** The repaired edges and root, as {@link ReducedRelatives.Repair}. */
  static ReducedRelatives.Repair repair(List<Token> tokens, List<Dependency> deps, int root) {
    for (Dependency d : deps) {
      if (!d.relation().equals("aux")) {
        continue;
      }
      int will = d.dependent();
      int act = d.governor();
      Token w = tokens.get(will);
      String lemma = w.lemma().toLowerCase(Locale.ROOT);
      if (!w.tag().startsWith("VB") || w.tag().equals("MD") || AUXILIARIES.contains(lemma)
          || !toBetween(tokens, deps, will, act)) {
        continue;
      }
      return reshape(deps, root, will, act);
    }
    return null;
  }

  /** Whether the infinitive's "to" stands between the verb of will and it. */
  private static boolean toBetween(List<Token> tokens, List<Dependency> deps, int will, int act) {
    for (Dependency d : deps) {
      if (d.governor() == act && d.relation().equals("mark") && d.dependent() > will
          && d.dependent() < act && tokens.get(d.dependent()).word().equalsIgnoreCase("to")) {
        return true;
      }
    }
    return false;
  }

  private static ReducedRelatives.Repair reshape(List<Dependency> deps, int root, int will,
      int act) {
    List<Dependency> out = new ArrayList<>(deps.size() + 2);
    List<Integer> subjects = new ArrayList<>();
    for (Dependency d : deps) {
      int g = d.governor();
      int t = d.dependent();
      if (g == act && t == will) {
        continue;
      }
      if (t == act) {
        // what the infinitive hung from, the verb of will now hangs from
        out.add(new Dependency(g, will, d.relation()));
      } else if (g == act && (t < will || d.relation().startsWith("nsubj"))) {
        // the subject and what comes before the verb of will are its own
        out.add(new Dependency(will, t, d.relation()));
        if (d.relation().equals("nsubj")) {
          subjects.add(t);
        }
      } else {
        out.add(d);
      }
    }
    out.add(new Dependency(will, act, "xcomp"));
    for (int subject : subjects) {
      out.add(new Dependency(act, subject, "nsubj:xsubj"));
    }
    return new ReducedRelatives.Repair(out, root == act ? will : root);
  }
}
