package org.annals.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Repairs one misparse of the dependency parser: a noun described by a past participle ("a
 * mission led by the minister will visit Kenya", "nurses hired by the city began talks",
 * "tribesmen armed to fight now refuse") read as a clause of its own, the participle with the
 * noun as its subject and the real main verb hung under it or beside it (ccomp, dep, parataxis,
 * advcl), often with a noun of the participle's phrase as that verb's subject. The repair gives
 * the main verb the noun as its subject and makes the participle a modifier (acl) of the noun.
 * The same misreading of a verb's object ("hit five bases used by the militia") is repaired too.
 * Stateless.
 */
final class ReducedRelatives {
  private ReducedRelatives() {}

  /** The relations by which the parser hangs the main verb under or beside the participle. */
  private static final Set<String> CLAUSES = Set.of("ccomp", "dep", "parataxis", "advcl");

  /** The repaired edges and root. */
  record Repair(List<Dependency> dependencies, int root) {}

  /**
   * Returns the repaired parse of a sentence, or null to keep it. The shape: a past participle
   * (or a past tense with a "by" phrase and no object, which the tagger mistook for one)
   * with a noun subject before it and no auxiliary, copula, passive subject or subordinating word;
   * a verb after it, under it or under the same word as it, with no comma between the two and no
   * subordinating word of its own; that verb's subject, if any, lies between the two. Failing
   * that, the object shape of {@link #objectAt}.
   */
  static Repair repair(List<Token> tokens, List<Dependency> deps, int root) {
    for (int p = 0; p < tokens.size(); p++) {
      if (participle(tokens, deps, p)) {
        Repair r = repairAt(tokens, deps, root, p);
        if (r != null) {
          return r;
        }
      }
    }
    for (int p = 0; p < tokens.size(); p++) {
      if (participle(tokens, deps, p) || tokens.get(p).tag().equals("VBD")
          && !hasObject(deps, p)) {
        Repair r = objectAt(tokens, deps, root, p);
        if (r != null) {
          return r;
        }
      }
    }
    return null;
  }

  /** Verbs that take a clause, whose clause's subject is no object of theirs. */
  private static final Set<String> CLAUSE_TAKERS = Set.of("say", "tell", "think", "believe",
      "know", "hope", "fear", "claim", "announce", "declare", "add", "argue", "note", "report",
      "insist", "suggest", "warn", "deny", "admit", "confirm", "show", "reveal", "find", "see",
      "hear", "feel", "expect", "agree", "decide", "realize", "realise", "understand", "learn",
      "ensure", "mean", "indicate", "acknowledge", "assert", "allege", "predict", "state",
      "write", "explain", "estimate", "stress", "prove", "recall", "worry", "doubt", "assume");

  private static boolean hasObject(List<Dependency> deps, int verb) {
    return Dependency.hasChild(deps, verb, r -> r.equals("obj") || r.equals("iobj"));
  }

  /** A past participle, or a past tense with a "by" phrase and no object. */
  private static boolean participle(List<Token> tokens, List<Dependency> deps, int p) {
    return tokens.get(p).tag().equals("VBN")
        || tokens.get(p).tag().equals("VBD") && byAgentNoObject(deps, p);
  }

  /**
   * The same misreading after a verb: "hit five bases used by the militia", where the parser
   * makes "bases used by the militia" a clause hung under "hit" (dep, ccomp, parataxis) and
   * leaves "hit" with no object; the participle may be tagged as a past tense when the verb
   * takes no clause ("approved the extradition of a militant wanted in France"). The shape: a verb with no object, and right after it a noun
   * phrase that is the subject of a participle hung under that verb, with no auxiliary, copula,
   * passive subject or subordinating word. The repair makes the noun the verb's object and the
   * participle its modifier (acl).
   */
  private static Repair objectAt(List<Token> tokens, List<Dependency> deps, int root, int p) {
    int verb = -1;
    int subject = -1;
    for (Dependency d : deps) {
      String rel = d.relation();
      if (d.dependent() == p && (rel.equals("dep") || rel.equals("ccomp")
          || rel.equals("parataxis"))) {
        verb = d.governor();
      }
      if (d.governor() != p) {
        continue;
      }
      if (finiteMark(rel)) {
        return null;
      }
      if (rel.equals("nsubj")) {
        subject = d.dependent();
      }
    }
    if (verb < 0 || subject < 0 || !(verb < subject && subject < p)
        || !tokens.get(verb).tag().startsWith("VB")
        || !tokens.get(subject).tag().startsWith("NN")) {
      return null;
    }
    if (!participle(tokens, deps, p) && CLAUSE_TAKERS.contains(tokens.get(verb).lemma())) {
      // "said the troops left": a past tense under a verb that takes a clause is that clause
      return null;
    }
    if (hasObject(deps, verb)) {
      return null;
    }
    // the noun phrase follows the verb at once: every word between is the noun's own
    for (int i = verb + 1; i < p; i++) {
      if (i != subject && !inside(deps, i, subject)) {
        return null;
      }
    }
    List<Dependency> out = new ArrayList<>(deps.size());
    for (Dependency d : deps) {
      boolean dropped = d.governor() == p && d.dependent() == subject
          || d.governor() == verb && d.dependent() == p;
      if (!dropped) {
        out.add(d);
      }
    }
    out.add(new Dependency(verb, subject, "obj"));
    out.add(new Dependency(subject, p, "acl"));
    return new Repair(out, root);
  }

  /**
   * Whether a relation marks its verb as a clause of its own rather than a participle that
   * describes a noun: an auxiliary, a copula, a passive subject or a subordinating word.
   */
  private static boolean finiteMark(String rel) {
    return rel.equals("aux") || rel.equals("aux:pass") || rel.equals("cop")
        || rel.equals("nsubj:pass") || rel.equals("mark");
  }

  /** Whether a word hangs, directly or through others, under a head. */
  private static boolean inside(List<Dependency> deps, int word, int head) {
    int at = word;
    for (int steps = 0; steps < deps.size(); steps++) {
      int up = -1;
      for (Dependency d : deps) {
        if (d.dependent() == at) {
          up = d.governor();
          break;
        }
      }
      if (up < 0) {
        return false;
      }
      if (up == head) {
        return true;
      }
      at = up;
    }
    return false;
  }

  /**
   * Whether a verb tagged as past tense has a "by" phrase and no object: the participle the
   * tagger took for a finite verb ("an attack carried out by rebels killed ...").
   */
  private static boolean byAgentNoObject(List<Dependency> deps, int verb) {
    boolean by = false;
    for (Dependency d : deps) {
      if (d.governor() == verb && d.relation().equals("obj")) {
        return false;
      }
      by |= d.governor() == verb
          && (d.relation().equals("obl:by") || d.relation().equals("obl:agent"));
    }
    return by;
  }

  private static Repair repairAt(List<Token> tokens, List<Dependency> deps, int root, int p) {
    int subject = -1;
    int under = -1;
    int head = -1;
    String headRelation = "";
    for (Dependency d : deps) {
      String rel = d.relation();
      if (d.dependent() == p && CLAUSES.contains(d.base())) {
        head = d.governor();
        headRelation = d.base();
      }
      if (d.governor() != p) {
        continue;
      }
      if (finiteMark(rel)) {
        return null;
      }
      if (rel.equals("nsubj") && d.dependent() < p
          && tokens.get(d.dependent()).tag().startsWith("NN")) {
        subject = d.dependent();
      }
      if (CLAUSES.contains(d.base()) && d.dependent() > p && under < 0
          && tokens.get(d.dependent()).tag().startsWith("VB")) {
        under = d.dependent();
      }
    }
    if (subject < 0 || p != root && head < 0) {
      return null;
    }
    int verb = under;
    boolean beside = false;
    if (verb < 0 && head >= 0) {
      // "A mission led by X will visit Kenya, sources said": both hang on "said"
      for (Dependency d : deps) {
        if (d.governor() == head && d.dependent() > p && CLAUSES.contains(d.base())
            && d.base().equals(headRelation) && tokens.get(d.dependent()).tag().startsWith("VB")) {
          verb = d.dependent();
          beside = true;
          break;
        }
      }
    }
    if (verb < 0 || p != root && !beside) {
      return null;
    }
    int misread = -1;
    for (Dependency d : deps) {
      if (d.governor() != verb) {
        continue;
      }
      if (d.relation().equals("mark")) {
        return null;
      }
      if (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")) {
        // a pronoun is a subject of its own ("fighters besieging territory occupied by Isis
        // said they had ...")
        if (d.dependent() < p || d.dependent() > verb
            || !tokens.get(d.dependent()).tag().startsWith("NN")) {
          return null;
        }
        misread = d.dependent();
      }
    }
    for (Dependency d : deps) {
      if (d.governor() == p && d.dependent() == verb && d.base().equals("conj")) {
        return null;
      }
    }
    for (int i = p + 1; i < verb; i++) {
      // "we have troops stationed and journalists visit": clauses side by side
      String w = tokens.get(i).word();
      if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("--")
          || tokens.get(i).tag().equals("CC")) {
        return null;
      }
    }
    List<Dependency> out = new ArrayList<>(deps.size() + 1);
    for (Dependency d : deps) {
      int g = d.governor();
      int t = d.dependent();
      boolean dropped = g == p && (t == subject || t == verb) || g == verb && t == misread
          || beside && g == head && t == p;
      if (dropped) {
        continue;
      }
      if (!beside && g == p && (t < subject || t > verb)) {
        // what frames the whole sentence ("In Anbar province, ...", the final stop) is the main
        // verb's
        out.add(new Dependency(verb, t, d.relation()));
      } else {
        out.add(d);
      }
    }
    // "the plight of children born to ...": the participle describes the noun right before it
    int described = p > 0 && tokens.get(p - 1).tag().startsWith("NN") ? p - 1 : subject;
    out.add(new Dependency(described, p, "acl"));
    out.add(new Dependency(verb, subject, "nsubj"));
    if (misread >= 0) {
      // "hired by the city clinic Vita": the noun names what comes before it
      int before = misread - 1;
      while (before > p && !tokens.get(before).tag().startsWith("NN")) {
        before--;
      }
      out.add(new Dependency(before > p ? before : p, misread, before > p ? "appos" : "dep"));
    }
    return new Repair(out, beside ? root : verb);
  }
}
