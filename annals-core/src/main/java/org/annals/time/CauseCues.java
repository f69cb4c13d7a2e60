package org.annals.time;

import java.util.List;
import java.util.Set;
import org.annals.nlp.Dependency;
import org.annals.nlp.ParsedSentence;
import org.annals.nlp.Token;

/**
 * Cause cues: whether one trigger is introduced as the reason of another ("in response to",
 * "in retaliation for", "after", "following", "prompted by", "as a result of", "in the wake of"),
 * and whether a trigger says it responds to something not named in its sentence ("in
 * retaliation", "reacted", "the move came after"). Stateless.
 */
public final class CauseCues {
  private static final Set<String> CUE_WORDS = Set.of("after", "following", "response",
      "retaliation", "result", "wake", "reprisal", "revenge", "because", "over", "prompt",
      "since", "due", "answer", "protest", "when", "request", "demand", "behest");
  /** Verbs whose subject brings about their object: "the decision prompted riots". */
  private static final Set<String> CAUSING_VERBS = Set.of("prompt", "trigger", "spark",
      "provoke", "cause", "fuel", "ignite", "unleash");
  /** Relations by which an act takes another act as what it answers ("rejected the demand"). */
  private static final Set<String> ARGUMENT_RELATIONS = Set.of("obj", "obl", "nmod", "iobj");
  private static final Set<String> RESPONSE_WORDS = Set.of("retaliation", "response", "react",
      "respond", "retaliate", "reprisal", "retaliatory", "tit-for-tat", "riposte", "revenge");

  /**
   * Returns whether the event at {@code effect} is said to respond to the event at {@code cause}
   * in the same sentence: the cause lies under the effect's clause behind a cue word.
   */
  public boolean causes(ParsedSentence s, int cause, int effect) {
    if (!s.isParsed() || cause == effect) {
      return false;
    }
    if (viaCausingVerb(s, cause, effect)) {
      return true;
    }
    boolean cue = false;
    int t = cause;
    for (int depth = 0; depth < 8; depth++) {
      cue |= hasCue(s, t);
      Dependency up = up(s, t);
      if (up == null) {
        return false;
      }
      if (CUE_WORDS.contains(s.tokens().get(up.governor()).lemma()) && up.governor() != effect) {
        cue = true;
      }
      if (up.governor() == effect) {
        return cue || up.relation().contains("after") || up.relation().contains("following");
      }
      t = up.governor();
    }
    return false;
  }

  /**
   * Returns whether the event at {@code cause} is what the act at {@code effect} is about: it lies
   * in the act's object or oblique ("rejected the demand", "hit back at comments made by X",
   * "refuted a charge"). The caller decides for which kinds of act that means a response.
   */
  public boolean isArgumentOf(ParsedSentence s, int cause, int effect) {
    if (!s.isParsed() || cause == effect) {
      return false;
    }
    int t = cause;
    for (int depth = 0; depth < 4; depth++) {
      Dependency up = up(s, t);
      if (up == null) {
        return false;
      }
      String base = up.base();
      if (up.governor() == effect) {
        return ARGUMENT_RELATIONS.contains(base);
      }
      if (!ARGUMENT_RELATIONS.contains(base) && !base.equals("acl") && !base.equals("compound")) {
        return false;
      }
      t = up.governor();
    }
    return false;
  }

  /** "The decision to destroy X prompted riots": cause under the subject, effect the object. */
  private static boolean viaCausingVerb(ParsedSentence s, int cause, int effect) {
    for (Dependency d : s.dependencies()) {
      if (!d.relation().equals("obj") || d.dependent() != effect
          || !CAUSING_VERBS.contains(s.tokens().get(d.governor()).lemma())) {
        continue;
      }
      for (int subj : s.children(d.governor(), "nsubj")) {
        if (under(s, cause, subj)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean under(ParsedSentence s, int t, int ancestor) {
    int x = t;
    for (int depth = 0; depth < 8 && x >= 0; depth++) {
      if (x == ancestor) {
        return true;
      }
      Dependency up = up(s, x);
      x = up == null ? -1 : up.governor();
    }
    return false;
  }

  /**
   * Returns whether a trigger's sentence says it responds to an earlier event without naming it
   * ("closed the consulate in retaliation", "Moscow reacted by").
   */
  public boolean respondsToEarlier(ParsedSentence s, int trigger) {
    if (!s.isParsed()) {
      return false;
    }
    if (RESPONSE_WORDS.contains(s.tokens().get(trigger).lemma())) {
      return true;
    }
    // the cue hangs on the trigger, on a verb it is coordinated with, or on the verb it serves
    List<Integer> heads = new java.util.ArrayList<>(List.of(trigger));
    for (Dependency d : s.heads(trigger)) {
      if (d.relation().startsWith("conj") || d.relation().startsWith("xcomp")
          || d.relation().startsWith("advcl")) {
        heads.add(d.governor());
      }
    }
    for (Dependency d : s.children(trigger)) {
      if (d.relation().startsWith("conj")) {
        heads.add(d.dependent());
      }
    }
    for (int h : heads) {
      if (RESPONSE_WORDS.contains(s.tokens().get(h).lemma()) && h != trigger) {
        return true;
      }
      for (Dependency d : s.children(h)) {
        Token c = s.tokens().get(d.dependent());
        if (!d.relation().startsWith("conj") && RESPONSE_WORDS.contains(c.lemma())
            && s.children(d.dependent()).stream().noneMatch(x -> x.relation().startsWith("nmod"))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasCue(ParsedSentence s, int t) {
    for (Dependency d : s.children(t)) {
      if ((d.relation().equals("case") || d.relation().equals("mark"))
          && CUE_WORDS.contains(s.tokens().get(d.dependent()).lemma())) {
        return true;
      }
    }
    return false;
  }

  private static Dependency up(ParsedSentence s, int t) {
    for (Dependency d : s.heads(t)) {
      if (!d.relation().equals("root") && !d.relation().equals("ref")) {
        return d;
      }
    }
    return null;
  }
}
