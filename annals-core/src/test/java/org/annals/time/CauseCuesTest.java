package org.annals.time;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annals.nlp.ParsedSentence;
import org.annals.nlp.Sentences;
import org.junit.jupiter.api.Test;

class CauseCuesTest {
  private final CauseCues cues = new CauseCues();

  /** "Kyiv suspended the talks MARK Russia annexed Crimea ." */
  private static ParsedSentence clause(String mark) {
    return Sentences.parse(
        "Kyiv/NNP suspended/VBD/suspend the/DT talks/NNS/talk " + mark + "/IN Russia/NNP"
            + " annexed/VBD/annex Crimea/NNP ./.",
        "root(ROOT-0, suspended-2)",
        "nsubj(suspended-2, Kyiv-1)",
        "det(talks-4, the-3)",
        "obj(suspended-2, talks-4)",
        "mark(annexed-7, " + mark + "-5)",
        "nsubj(annexed-7, Russia-6)",
        "advcl:" + mark + "(suspended-2, annexed-7)",
        "obj(annexed-7, Crimea-8)",
        "punct(suspended-2, .-9)");
  }

  @Test
  void causes_afterClause_annexingCausesSuspending() {
    ParsedSentence s = clause("after");
    int suspended = Sentences.at(s, "suspended");
    int annexed = Sentences.at(s, "annexed");

    assertTrue(cues.causes(s, annexed, suspended));
  }

  @Test
  void causes_afterClause_notTheOtherWayRound() {
    ParsedSentence s = clause("after");

    assertFalse(cues.causes(s, Sentences.at(s, "suspended"), Sentences.at(s, "annexed")));
  }

  @Test
  void causes_whenClause_isAReaction() {
    // "X suspended ... when Y annexed ...": a clause of the moment that names another act reads
    // as the occasion the act answers (as the gold codes "when he rejected the demand, members
    // staged a walkout")
    ParsedSentence s = clause("when");

    assertTrue(cues.causes(s, Sentences.at(s, "annexed"), Sentences.at(s, "suspended")));
    assertFalse(cues.causes(s, Sentences.at(s, "suspended"), Sentences.at(s, "annexed")));
  }

  @Test
  void causes_whileClause_isNoCause() {
    ParsedSentence s = clause("while");

    assertFalse(cues.causes(s, Sentences.at(s, "annexed"), Sentences.at(s, "suspended")));
  }

  @Test
  void causes_sameToken_isFalse() {
    ParsedSentence s = clause("after");
    int suspended = Sentences.at(s, "suspended");

    assertFalse(cues.causes(s, suspended, suspended));
  }

  @Test
  void causes_inResponseToNoun_isTrue() {
    ParsedSentence s =
        Sentences.parse(
            "Moscow/NNP closed/VBD/close the/DT consulate/NN in/IN response/NN to/TO the/DT"
                + " expulsion/NN of/IN its/PRP$ diplomats/NNS/diplomat ./.",
            "root(ROOT-0, closed-2)",
            "nsubj(closed-2, Moscow-1)",
            "det(consulate-4, the-3)",
            "obj(closed-2, consulate-4)",
            "case(response-6, in-5)",
            "obl:in(closed-2, response-6)",
            "case(expulsion-9, to-7)",
            "det(expulsion-9, the-8)",
            "nmod:to(response-6, expulsion-9)",
            "case(diplomats-12, of-10)",
            "nmod:poss(diplomats-12, its-11)",
            "nmod:of(expulsion-9, diplomats-12)",
            "punct(closed-2, .-13)");

    assertTrue(cues.causes(s, Sentences.at(s, "expulsion"), Sentences.at(s, "closed")));
    assertFalse(cues.causes(s, Sentences.at(s, "closed"), Sentences.at(s, "expulsion")));
  }

  @Test
  void causes_unparsedSentence_isFalse() {
    ParsedSentence s =
        Sentences.tokensOnly("Kyiv/NNP suspended/VBD/suspend talks/NNS/talk after/IN"
            + " Russia/NNP annexed/VBD/annex Crimea/NNP");

    assertFalse(cues.causes(s, 5, 1));
  }

  /** "Tbilisi expelled two attaches PREP NOUN ." */
  private static ParsedSentence expelled(String prep, String noun) {
    return Sentences.parse(
        "Tbilisi/NNP expelled/VBD/expel two/CD attaches/NNS/attache " + prep + "/IN " + noun
            + " ./.",
        "root(ROOT-0, expelled-2)",
        "nsubj(expelled-2, Tbilisi-1)",
        "nummod(attaches-4, two-3)",
        "obj(expelled-2, attaches-4)",
        "case(" + noun.split("/")[0] + "-6, " + prep + "-5)",
        "obl:" + prep + "(expelled-2, " + noun.split("/")[0] + "-6)",
        "punct(expelled-2, .-7)");
  }

  @Test
  void respondsToEarlier_inRetaliation_isTrue() {
    ParsedSentence s = expelled("in", "retaliation/NN");

    assertTrue(cues.respondsToEarlier(s, Sentences.at(s, "expelled")));
  }

  @Test
  void respondsToEarlier_noResponseWord_isFalse() {
    ParsedSentence s = expelled("on", "Friday/NNP");

    assertFalse(cues.respondsToEarlier(s, Sentences.at(s, "expelled")));
  }
}
