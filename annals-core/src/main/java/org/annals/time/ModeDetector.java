package org.annals.time;

import java.util.Set;
import java.util.function.IntPredicate;
import org.annals.events.Mode;
import org.annals.nlp.Dependency;
import org.annals.nlp.ParsedSentence;
import org.annals.nlp.Token;

/**
 * Reads the mode of an event from its trigger's neighbourhood: negation ("did not", "never",
 * "denied"), future ("will", "is to", "plans to", "scheduled"), hypothetical ("if", "could", "may",
 * "would", "threatened to", "proposed"). A noun trigger takes the mode of the verb that governs it.
 * Stateless and thread-safe.
 */
public final class ModeDetector {
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "neither");
  private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
  private static final Set<String> HYPO_AUX = Set.of("would", "could", "might", "may", "should",
      "can", "'d", "ca", "must");
  private static final Set<String> FUTURE_HEADS = Set.of("plan", "intend", "expect", "schedule",
      "set", "prepare", "aim", "pledge", "promise", "vow", "agree", "announce", "be", "due",
      "want", "hope", "seek", "consider", "mull", "going", "go", "willing", "ready",
      "prepared", "eager", "determined", "keen");
  private static final Set<String> HYPO_HEADS = Set.of("threaten", "propose", "suggest", "urge",
      "call", "demand", "ask", "warn", "could", "may", "possible", "likely", "try", "offer");
  private static final Set<String> NEGATING_HEADS = Set.of("deny", "fail", "refuse", "reject",
      "decline", "avoid", "stop", "cancel", "postpone", "defer", "halt", "prevent", "rule");
  private static final Set<String> PLEDGE_HEADS = Set.of("threaten", "vow", "pledge", "promise",
      "swear", "warn");
  private static final Set<String> REFUSAL_AUX = Set.of("will", "wo", "would", "can", "ca",
      "cannot", "could", "shall");
  /** Verbs whose infinitive is an act undertaken ("tried to hack"). */
  private static final Set<String> ATTEMPTING = Set.of("try", "attempt");
  /** Verbs whose infinitive is an act that did not come about ("failed to reach"). */
  private static final Set<String> FAILING = Set.of("fail");
  /** Verbs that refuse the act they govern ("refused to meet", "declined to attend"). */
  public static final Set<String> REFUSING = Set.of("refuse", "decline", "reject");
  /** Adjectives that make their noun a future act ("a planned visit"); sets, not regexes. */
  private static final Set<String> PLANNED = Set.of("planned", "future", "upcoming", "scheduled",
      "expected", "prospective");
  /** Nouns of trying whose "to" clause is an act not (yet) done ("an attempt to seize"). */
  private static final Set<String> ATTEMPTS = Set.of("attempt", "bid", "effort", "try",
      "proposal", "offer", "threat", "call", "demand", "appeal", "request");
  /**
   * Nouns of planning whose "to" clause is an act to come ("a plan to expel"); not "decision",
   * whose act is coded as done ("the decision to reimpose sanctions").
   */
  private static final Set<String> PLANS = Set.of("plan", "intention", "pledge", "promise",
      "commitment", "readiness");
  /** Nouns whose "of" phrase is an act that may come ("the prospect of an operation"). */
  private static final Set<String> PROSPECTS = Set.of("prospect", "possibility", "risk",
      "danger", "spectre", "specter", "likelihood", "chance", "threat", "fear", "option",
      "idea", "scenario");
  /** Adjectives that make their noun a hypothetical act ("a possible strike"). */
  private static final Set<String> POSSIBLE = Set.of("possible", "potential", "proposed",
      "mooted");
  private static final Set<String> SAY = Set.of("say", "announce", "state", "declare", "add",
      "tell", "report", "confirm", "insist", "claim");

  /** Returns the mode of the event triggered by token {@code trigger}. */
  public Mode mode(ParsedSentence s, int trigger) {
    if (!s.isParsed()) {
      return Mode.ASSERTED;
    }
    Mode own = local(s, trigger);
    if (own != Mode.ASSERTED) {
      return own;
    }
    if (ruledOut(s, trigger)) {
      return Mode.NEGATED;
    }
    // walk up through the verbs that govern the trigger: "refused to meet", "will visit ... a visit"
    int t = trigger;
    for (int depth = 0; depth < 3; depth++) {
      Dependency up = governing(s, t);
      if (up == null) {
        return Mode.ASSERTED;
      }
      Token gov = s.tokens().get(up.governor());
      String rel = up.relation();
      // "is considering sending aid": the parser may hang a verb's -ing complement as acl
      boolean complement = rel.startsWith("xcomp") || rel.equals("acl") && gov.isVerb();
      if (rel.startsWith("acl") && !rel.equals("acl:relcl") && !gov.isVerb()) {
        // "an attempt to seize the port", "a plan to expel the envoys": what a noun of trying
        // or planning reaches for has not happened
        if (ATTEMPTS.contains(gov.lemma())) {
          return Mode.HYPOTHETICAL;
        }
        if (PLANS.contains(gov.lemma())) {
          return Mode.FUTURE;
        }
      }
      if (rel.startsWith("nmod") && PROSPECTS.contains(gov.lemma())) {
        // "the prospect of a Chilean offensive", "the risk of a war"
        return Mode.HYPOTHETICAL;
      }
      if (complement || rel.startsWith("ccomp") && !SAY.contains(gov.lemma())) {
        if (local(s, up.governor()) == Mode.HYPOTHETICAL) {
          // "unless Lima is willing to reopen": the condition, before what "willing" says
          return Mode.HYPOTHETICAL;
        }
        if (NEGATING_HEADS.contains(gov.lemma())) {
          return Mode.NEGATED;
        }
        if (HYPO_HEADS.contains(gov.lemma())) {
          return Mode.HYPOTHETICAL;
        }
        if (FUTURE_HEADS.contains(gov.lemma()) || gov.word().equalsIgnoreCase("scheduled")) {
          return Mode.FUTURE;
        }
      }
      if (rel.startsWith("ccomp") && SAY.contains(gov.lemma())) {
        return Mode.ASSERTED;
      }
      if (rel.startsWith("advcl") && purpose(s, t)) {
        // "is willing to send troops to help Mali": a purpose is as done as the act it is for
        return mode(s, up.governor());
      }
      if (rel.startsWith("advcl") || rel.startsWith("acl:relcl")) {
        return Mode.ASSERTED;
      }
      Mode m = local(s, up.governor());
      if (m != Mode.ASSERTED) {
        // "did not condemn the attack": the attack happened; "did not see any attacks": none
        return m == Mode.NEGATED && !rel.startsWith("xcomp") && !any(s, t) ? Mode.ASSERTED : m;
      }
      t = up.governor();
    }
    return Mode.ASSERTED;
  }

  /**
   * Whether a negated act is declared as a refusal: "will not allow", "would not accept",
   * "cannot accept", "could not accept" (a negator and a future or ability auxiliary on the
   * trigger itself), what a verb of refusing governs ("refused to meet"), or an act said to be
   * out of the question.
   */
  public boolean refusal(ParsedSentence s, int trigger) {
    if (!s.isParsed()) {
      return false;
    }
    if (ruledOut(s, trigger)) {
      return true;
    }
    // ("refused a request to visit" refuses the request, not the visit)
    if (controlledBy(s, trigger, REFUSING,
        v -> s.children(v, "obj").isEmpty() && local(s, v) != Mode.NEGATED)) {
      return true;
    }
    boolean neg = false;
    boolean modal = false;
    for (Dependency d : s.children(trigger)) {
      String w = s.tokens().get(d.dependent()).word().toLowerCase(java.util.Locale.ROOT);
      neg |= (d.relation().equals("advmod") || d.relation().equals("neg"))
          && (w.equals("not") || w.equals("n't") || w.equals("never"));
      modal |= d.relation().equals("aux") && REFUSAL_AUX.contains(w);
    }
    return neg && modal;
  }

  /**
   * Whether an act is told in the perfect ("may have launched", "could have fired"), itself or
   * by the verb it is the object of: a possible act in the past, not one intended.
   */
  public boolean perfect(ParsedSentence s, int trigger) {
    if (!s.isParsed()) {
      return false;
    }
    for (int aux : s.children(trigger, "aux")) {
      if (s.tokens().get(aux).lemma().equals("have")) {
        return true;
      }
    }
    for (Dependency d : s.heads(trigger)) {
      // a noun's act is told by its verb: "may have launched attacks"
      if (s.tokens().get(trigger).isNoun() && d.relation().equals("obj")
          && perfect(s, d.governor())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an act is what its actor tried to do ("tried to hack", "attempted to seize"): an
   * act undertaken, whether or not it succeeded.
   */
  public boolean attempted(ParsedSentence s, int trigger) {
    return s.isParsed()
        && controlledBy(s, trigger, ATTEMPTING, v -> local(s, v) == Mode.ASSERTED);
  }

  /**
   * Whether an act is what its actor failed to do ("failed to reach agreement"), the failing
   * itself not negated ("did not fail to").
   */
  public boolean failed(ParsedSentence s, int trigger) {
    return s.isParsed()
        && controlledBy(s, trigger, FAILING, v -> local(s, v) != Mode.NEGATED);
  }

  /**
   * Whether an act is what its actor threatens, vows or pledges to do ("threatened to boycott
   * the talks", "pledged to send aid"): then the event is the threat or the pledge itself.
   */
  public boolean pledged(ParsedSentence s, int trigger) {
    return s.isParsed()
        && controlledBy(s, trigger, PLEDGE_HEADS, v -> local(s, v) != Mode.NEGATED);
  }

  /**
   * Whether an act is the infinitive (xcomp) of one of these verbs, that verb passing
   * {@code holds}: "refused to meet", "failed to reach", "tried to hack", "vowed to send".
   */
  private static boolean controlledBy(ParsedSentence s, int trigger, Set<String> verbs,
      IntPredicate holds) {
    for (Dependency d : s.heads(trigger)) {
      if (d.relation().startsWith("xcomp")
          && verbs.contains(s.tokens().get(d.governor()).lemma())
          && holds.test(d.governor())) {
        return true;
      }
    }
    return false;
  }

  /** The mode marked on the token itself: its auxiliaries, negation and "if". */
  private static Mode local(ParsedSentence s, int t) {
    // negation first, wherever it stands: "will not allow" is negated, not future
    for (Dependency d : s.children(t)) {
      String w = s.tokens().get(d.dependent()).word().toLowerCase(java.util.Locale.ROOT);
      String rel = d.relation();
      if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det"))
          && NEGATORS.contains(w)) {
        return Mode.NEGATED;
      }
    }
    boolean to = false;
    for (Dependency d : s.children(t)) {
      Token c = s.tokens().get(d.dependent());
      String w = c.word().toLowerCase(java.util.Locale.ROOT);
      String rel = d.relation();
      if (rel.startsWith("mark") && (w.equals("if") || w.equals("unless"))) {
        return Mode.HYPOTHETICAL;
      }
      if (rel.startsWith("aux") && FUTURE_AUX.contains(w)) {
        return Mode.FUTURE;
      }
      if (rel.startsWith("aux") && HYPO_AUX.contains(w)) {
        return saidWould(s, t, w) ? Mode.FUTURE : Mode.HYPOTHETICAL;
      }
      if (rel.equals("mark") && w.equals("to")) {
        to = true;
      }
      // the word, not the lemma: a VBN-tagged "planned" has the lemma "plan"
      if (rel.equals("amod") && (PLANNED.contains(w) || POSSIBLE.contains(w))) {
        return POSSIBLE.contains(w) ? Mode.HYPOTHETICAL : Mode.FUTURE;
      }
    }
    if (to && beTo(s, t)) {
      return Mode.FUTURE;
    }
    return Mode.ASSERTED;
  }

  /** Whether a noun is determined by "any" ("any attacks"), which a negation denies. */
  private static boolean any(ParsedSentence s, int noun) {
    for (int d : s.children(noun, "det")) {
      if (s.tokens().get(d).word().equalsIgnoreCase("any")) {
        return true;
      }
    }
    return false;
  }

  /** "is to be terminated", "staff accreditation to be withdrawn": be + to + verb. */
  private static boolean beTo(ParsedSentence s, int t) {
    for (Dependency d : s.children(t)) {
      if (d.relation().equals("aux:pass")) {
        return true;
      }
    }
    Dependency up = governing(s, t);
    return up != null && s.tokens().get(up.governor()).lemma().equals("be");
  }

  /** "announced that it would": reported future, not hypothetical. */
  private static boolean saidWould(ParsedSentence s, int t, String aux) {
    if (!aux.equals("would") && !aux.equals("'d")) {
      return false;
    }
    Dependency up = governing(s, t);
    return up != null && up.relation().startsWith("ccomp")
        && SAY.contains(s.tokens().get(up.governor()).lemma());
  }

  /**
   * Whether an act is said to be out of the question ("lifting the ban is out of the question"):
   * it is refused.
   */
  private static boolean ruledOut(ParsedSentence s, int trigger) {
    for (Dependency d : s.heads(trigger)) {
      if ((d.relation().startsWith("csubj") || d.relation().startsWith("nsubj"))
          && s.tokens().get(d.governor()).lemma().equals("question")) {
        for (int c : s.children(d.governor(), "case")) {
          if (s.tokens().get(c).lemma().equals("out")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether a clause is an infinitive of purpose ("to help", "in order to end"). */
  private static boolean purpose(ParsedSentence s, int clause) {
    for (int mark : s.children(clause, "mark")) {
      if (s.tokens().get(mark).lemma().equals("to")) {
        return true;
      }
    }
    return false;
  }

  private static Dependency governing(ParsedSentence s, int t) {
    for (Dependency d : s.heads(t)) {
      if (!d.relation().equals("root") && !d.relation().startsWith("conj")
          && !d.relation().startsWith("nsubj") && !d.relation().equals("ref")) {
        return d;
      }
    }
    return null;
  }
}
