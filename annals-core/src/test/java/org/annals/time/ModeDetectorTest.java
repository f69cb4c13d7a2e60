package org.annals.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.annals.events.Mode;
import org.annals.nlp.ParsedSentence;
import org.annals.nlp.Sentences;
import org.junit.jupiter.api.Test;

class ModeDetectorTest {
  private final ModeDetector modes = new ModeDetector();

  private Mode modeOf(ParsedSentence s, String trigger) {
    return modes.mode(s, Sentences.at(s, trigger));
  }

  /** "Moscow AUX expel the envoys ." with the given auxiliary. */
  private static ParsedSentence withAux(String aux) {
    return Sentences.parse(
        "Moscow/NNP " + aux + "/MD expel/VB the/DT envoys/NNS/envoy ./.",
        "root(ROOT-0, expel-3)",
        "nsubj(expel-3, Moscow-1)",
        "aux(expel-3, " + aux + "-2)",
        "det(envoys-5, the-4)",
        "obj(expel-3, envoys-5)",
        "punct(expel-3, .-6)");
  }

  @Test
  void mode_plainPast_isAsserted() {
    ParsedSentence s =
        Sentences.parse(
            "Moscow/NNP expelled/VBD/expel the/DT envoys/NNS/envoy ./.",
            "root(ROOT-0, expelled-2)",
            "nsubj(expelled-2, Moscow-1)",
            "det(envoys-4, the-3)",
            "obj(expelled-2, envoys-4)");

    assertEquals(Mode.ASSERTED, modeOf(s, "expelled"));
  }

  @Test
  void mode_ingComplementHungAsAclOfAPlanningVerb_isFuture() {
    ParsedSentence s =
        Sentences.parse(
            "Moscow/NNP is/VBZ/be considering/VBG/consider expelling/VBG/expel envoys/NNS/envoy"
                + " ./.",
            "root(ROOT-0, considering-3)",
            "nsubj(considering-3, Moscow-1)",
            "aux(considering-3, is-2)",
            "acl(considering-3, expelling-4)",
            "obj(expelling-4, envoys-5)",
            "punct(considering-3, .-6)");

    assertEquals(Mode.FUTURE, modeOf(s, "expelling"));
  }

  @Test
  void mode_will_isFuture() {
    assertEquals(Mode.FUTURE, modeOf(withAux("will"), "expel"));
  }

  @Test
  void mode_couldOrMay_isHypothetical() {
    assertEquals(Mode.HYPOTHETICAL, modeOf(withAux("could"), "expel"));
    assertEquals(Mode.HYPOTHETICAL, modeOf(withAux("may"), "expel"));
  }

  @Test
  void mode_bareWould_isHypothetical() {
    assertEquals(Mode.HYPOTHETICAL, modeOf(withAux("would"), "expel"));
  }

  @Test
  void mode_isToBePassive_isFuture() {
    ParsedSentence s =
        Sentences.parse(
            "The/DT accord/NN is/VBZ/be to/TO be/VB terminated/VBN/terminate on/IN"
                + " November/NNP 1/CD ./.",
            "root(ROOT-0, is-3)",
            "det(accord-2, The-1)",
            "nsubj(is-3, accord-2)",
            "nsubj:xsubj(terminated-6, accord-2)",
            "mark(terminated-6, to-4)",
            "aux:pass(terminated-6, be-5)",
            "xcomp(is-3, terminated-6)",
            "case(November-8, on-7)",
            "obl:on(terminated-6, November-8)",
            "nummod(November-8, 1-9)",
            "punct(is-3, .-10)");

    assertEquals(Mode.FUTURE, modeOf(s, "terminated"));
  }

  @Test
  void mode_ifClause_isHypothetical() {
    ParsedSentence s =
        Sentences.parse(
            "If/IN Moscow/NNP expels/VBZ/expel the/DT envoys/NNS/envoy ,/, Riga/NNP"
                + " will/MD respond/VB ./.",
            "root(ROOT-0, respond-9)",
            "mark(expels-3, If-1)",
            "nsubj(expels-3, Moscow-2)",
            "det(envoys-5, the-4)",
            "obj(expels-3, envoys-5)",
            "advcl:if(respond-9, expels-3)",
            "punct(respond-9, ,-6)",
            "nsubj(respond-9, Riga-7)",
            "aux(respond-9, will-8)",
            "punct(respond-9, .-10)");

    assertEquals(Mode.HYPOTHETICAL, modeOf(s, "expels"));
    assertEquals(Mode.FUTURE, modeOf(s, "respond"));
  }

  @Test
  void mode_didNot_isNegated() {
    ParsedSentence s =
        Sentences.parse(
            "Minsk/NNP did/VBD/do not/RB attend/VB the/DT summit/NN ./.",
            "root(ROOT-0, attend-4)",
            "nsubj(attend-4, Minsk-1)",
            "aux(attend-4, did-2)",
            "advmod(attend-4, not-3)",
            "det(summit-6, the-5)",
            "obj(attend-4, summit-6)",
            "punct(attend-4, .-7)");

    assertEquals(Mode.NEGATED, modeOf(s, "attend"));
  }

  @Test
  void mode_refusedToMeet_meetingIsNegatedRefusalAsserted() {
    ParsedSentence s =
        Sentences.parse(
            "The/DT envoy/NN refused/VBD/refuse to/TO meet/VB his/PRP$ counterpart/NN ./.",
            "root(ROOT-0, refused-3)",
            "det(envoy-2, The-1)",
            "nsubj(refused-3, envoy-2)",
            "nsubj:xsubj(meet-5, envoy-2)",
            "mark(meet-5, to-4)",
            "xcomp(refused-3, meet-5)",
            "nmod:poss(counterpart-7, his-6)",
            "obj(meet-5, counterpart-7)",
            "punct(refused-3, .-8)");

    assertEquals(Mode.NEGATED, modeOf(s, "meet"));
    assertEquals(Mode.ASSERTED, modeOf(s, "refused"));
  }

  @Test
  void mode_deniedAttacking_attackIsNegated() {
    ParsedSentence s =
        Sentences.parse(
            "Baku/NNP denied/VBD/deny attacking/VBG/attack the/DT convoy/NN ./.",
            "root(ROOT-0, denied-2)",
            "nsubj(denied-2, Baku-1)",
            "xcomp(denied-2, attacking-3)",
            "det(convoy-5, the-4)",
            "obj(attacking-3, convoy-5)",
            "punct(denied-2, .-6)");

    assertEquals(Mode.NEGATED, modeOf(s, "attacking"));
  }

  @Test
  void mode_announcedThatItWould_isFuture() {
    ParsedSentence s =
        Sentences.parse(
            "Riga/NNP announced/VBD/announce that/IN it/PRP would/MD close/VB the/DT"
                + " consulate/NN ./.",
            "root(ROOT-0, announced-2)",
            "nsubj(announced-2, Riga-1)",
            "mark(close-6, that-3)",
            "nsubj(close-6, it-4)",
            "aux(close-6, would-5)",
            "ccomp(announced-2, close-6)",
            "det(consulate-8, the-7)",
            "obj(close-6, consulate-8)",
            "punct(announced-2, .-9)");

    assertEquals(Mode.FUTURE, modeOf(s, "close"));
  }

  @Test
  void mode_nounTriggerUnderFutureVerb_isFuture() {
    ParsedSentence s =
        Sentences.parse(
            "The/DT minister/NN will/MD pay/VB a/DT visit/NN to/TO Hanoi/NNP ./.",
            "root(ROOT-0, pay-4)",
            "det(minister-2, The-1)",
            "nsubj(pay-4, minister-2)",
            "aux(pay-4, will-3)",
            "det(visit-6, a-5)",
            "obj(pay-4, visit-6)",
            "case(Hanoi-8, to-7)",
            "nmod:to(visit-6, Hanoi-8)",
            "punct(pay-4, .-9)");

    assertEquals(Mode.FUTURE, modeOf(s, "visit"));
  }

  @Test
  void mode_plannedNoun_isFuture() {
    ParsedSentence s =
        Sentences.parse(
            "the/DT planned/VBN/plan visit/NN",
            "root(ROOT-0, visit-3)",
            "det(visit-3, the-1)",
            "amod(visit-3, planned-2)");

    assertEquals(Mode.FUTURE, modeOf(s, "visit"));
  }

  @Test
  void mode_proposedNounTaggedVbn_isHypothetical() {
    ParsedSentence s =
        Sentences.parse(
            "the/DT proposed/VBN/propose embargo/NN",
            "root(ROOT-0, embargo-3)",
            "det(embargo-3, the-1)",
            "amod(embargo-3, proposed-2)");

    assertEquals(Mode.HYPOTHETICAL, modeOf(s, "embargo"));
  }

  @Test
  void mode_unparsedSentence_isAsserted() {
    ParsedSentence s = Sentences.tokensOnly("Moscow/NNP will/MD expel/VB envoys/NNS/envoy");

    assertEquals(Mode.ASSERTED, modeOf(s, "expel"));
  }

  @Test
  void refusal_willNotOrCannot_isARefusalButDidNotIsNot() {
    ParsedSentence willNot = Sentences.parse(
        "Amman/NNP will/MD not/RB allow/VB/allow refugees/NNS/refugee in/RB ./.",
        "root(ROOT-0, allow-4)",
        "nsubj(allow-4, Amman-1)",
        "aux(allow-4, will-2)",
        "advmod(allow-4, not-3)",
        "obj(allow-4, refugees-5)",
        "punct(allow-4, .-7)");
    ParsedSentence didNot = Sentences.parse(
        "Amman/NNP did/VBD/do not/RB allow/VB/allow refugees/NNS/refugee in/RB ./.",
        "root(ROOT-0, allow-4)",
        "nsubj(allow-4, Amman-1)",
        "aux(allow-4, did-2)",
        "advmod(allow-4, not-3)",
        "obj(allow-4, refugees-5)",
        "punct(allow-4, .-7)");

    assertEquals(Mode.NEGATED, modeOf(willNot, "allow"));
    assertEquals(true, modes.refusal(willNot, Sentences.at(willNot, "allow")));
    assertEquals(false, modes.refusal(didNot, Sentences.at(didNot, "allow")));
    assertEquals(false, modes.refusal(withAux("will"), Sentences.at(withAux("will"), "expel")));
  }

  @Test
  void mode_actAsTheProspectOfSomethingOrUnderACondition_isHypothetical() {
    ParsedSentence prospect = Sentences.parse(
        "The/DT prospect/NN/prospect of/IN a/DT Chilean/JJ attack/NN/attack grew/VBD/grow ./.",
        "root(ROOT-0, grew-7)",
        "det(prospect-2, The-1)",
        "nsubj(grew-7, prospect-2)",
        "case(attack-6, of-3)",
        "det(attack-6, a-4)",
        "amod(attack-6, Chilean-5)",
        "nmod:of(prospect-2, attack-6)",
        "punct(grew-7, .-8)");
    ParsedSentence unless = Sentences.parse(
        "unless/IN Lima/NNP is/VBZ/be willing/JJ/willing to/TO reopen/VB/reopen the/DT"
            + " border/NN ./.",
        "root(ROOT-0, willing-4)",
        "mark(willing-4, unless-1)",
        "nsubj(willing-4, Lima-2)",
        "cop(willing-4, is-3)",
        "mark(reopen-6, to-5)",
        "xcomp(willing-4, reopen-6)",
        "det(border-8, the-7)",
        "obj(reopen-6, border-8)",
        "punct(willing-4, .-9)");
    ParsedSentence willing = Sentences.parse(
        "Lima/NNP is/VBZ/be willing/JJ/willing to/TO reopen/VB/reopen the/DT border/NN ./.",
        "root(ROOT-0, willing-3)",
        "nsubj(willing-3, Lima-1)",
        "cop(willing-3, is-2)",
        "mark(reopen-5, to-4)",
        "xcomp(willing-3, reopen-5)",
        "det(border-7, the-6)",
        "obj(reopen-5, border-7)",
        "punct(willing-3, .-8)");

    assertEquals(Mode.HYPOTHETICAL, modeOf(prospect, "attack"));
    assertEquals(Mode.HYPOTHETICAL, modeOf(unless, "reopen"));
    assertEquals(Mode.FUTURE, modeOf(willing, "reopen"));
  }

  @Test
  void mode_actANounOfTryingOrPlanningReachesFor_isHypotheticalOrFuture() {
    String[] nouns = {"attempt", "plan", "decision"};
    Mode[] expected = {Mode.HYPOTHETICAL, Mode.FUTURE, Mode.ASSERTED};
    for (int i = 0; i < nouns.length; i++) {
      ParsedSentence s = Sentences.parse(
          "Lima/NNP 's/POS " + nouns[i] + "/NN/" + nouns[i] + " to/TO expel/VB/expel the/DT"
              + " envoys/NNS/envoy failed/VBD/fail ./.",
          "root(ROOT-0, failed-8)",
          "nmod:poss(" + nouns[i] + "-3, Lima-1)",
          "case(Lima-1, 's-2)",
          "nsubj(failed-8, " + nouns[i] + "-3)",
          "mark(expel-5, to-4)",
          "acl(" + nouns[i] + "-3, expel-5)",
          "det(envoys-7, the-6)",
          "obj(expel-5, envoys-7)",
          "punct(failed-8, .-9)");

      assertEquals(expected[i], modeOf(s, "expel"), nouns[i]);
    }
  }

  @Test
  void mode_anyActUnderANegatedVerb_isNegatedWhereTheActNamedStays() {
    String[] dets = {"any/DT", "the/DT"};
    Mode[] expected = {Mode.NEGATED, Mode.ASSERTED};
    for (int i = 0; i < dets.length; i++) {
      ParsedSentence s = Sentences.parse(
          "Lima/NNP did/VBD/do not/RB condemn/VB/condemn " + dets[i] + " attacks/NNS/attack ./.",
          "root(ROOT-0, condemn-4)",
          "nsubj(condemn-4, Lima-1)",
          "aux(condemn-4, did-2)",
          "advmod(condemn-4, not-3)",
          "det(attacks-6, " + dets[i].substring(0, dets[i].indexOf('/')) + "-5)",
          "obj(condemn-4, attacks-6)",
          "punct(condemn-4, .-7)");

      assertEquals(expected[i], modeOf(s, "attacks"), dets[i]);
    }
  }

  @Test
  void refusal_actAVerbOfRefusingGoverns_isARefusalUnlessItRefusesSomethingElse() {
    ParsedSentence refused = Sentences.parse(
        "Lima/NNP refused/VBD/refuse to/TO meet/VB/meet Chile/NNP ./.",
        "root(ROOT-0, refused-2)",
        "nsubj(refused-2, Lima-1)",
        "mark(meet-4, to-3)",
        "xcomp(refused-2, meet-4)",
        "obj(meet-4, Chile-5)",
        "punct(refused-2, .-6)");
    ParsedSentence request = Sentences.parse(
        "Lima/NNP refused/VBD/refuse a/DT request/NN/request to/TO meet/VB/meet Chile/NNP ./.",
        "root(ROOT-0, refused-2)",
        "nsubj(refused-2, Lima-1)",
        "det(request-4, a-3)",
        "obj(refused-2, request-4)",
        "mark(meet-6, to-5)",
        "xcomp(refused-2, meet-6)",
        "obj(meet-6, Chile-7)",
        "punct(refused-2, .-8)");

    assertEquals(Mode.NEGATED, modeOf(refused, "meet"));
    assertEquals(true, modes.refusal(refused, Sentences.at(refused, "meet")));
    assertEquals(false, modes.refusal(request, Sentences.at(request, "meet")),
        "the request is refused; the meeting is only asked for");
  }

  @Test
  void mode_willingOrReadyTo_isFuture() {
    ParsedSentence s = Sentences.parse(
        "Chile/NNP is/VBZ/be willing/JJ to/TO withdraw/VB/withdraw troops/NNS/troop ./.",
        "root(ROOT-0, willing-3)",
        "nsubj(willing-3, Chile-1)",
        "cop(willing-3, is-2)",
        "mark(withdraw-5, to-4)",
        "xcomp(willing-3, withdraw-5)",
        "obj(withdraw-5, troops-6)",
        "punct(willing-3, .-7)");

    assertEquals(Mode.FUTURE, modeOf(s, "withdraw"));
  }

  @Test
  void pledged_threatenedOrVowedTo_isAPledgeButPlannedToIsNot() {
    ParsedSentence threatened = Sentences.parse(
        "Chile/NNP threatened/VBD/threaten to/TO expel/VB/expel envoys/NNS/envoy ./.",
        "root(ROOT-0, threatened-2)",
        "nsubj(threatened-2, Chile-1)",
        "mark(expel-4, to-3)",
        "xcomp(threatened-2, expel-4)",
        "obj(expel-4, envoys-5)",
        "punct(threatened-2, .-6)");
    ParsedSentence planned = Sentences.parse(
        "Chile/NNP planned/VBD/plan to/TO expel/VB/expel envoys/NNS/envoy ./.",
        "root(ROOT-0, planned-2)",
        "nsubj(planned-2, Chile-1)",
        "mark(expel-4, to-3)",
        "xcomp(planned-2, expel-4)",
        "obj(expel-4, envoys-5)",
        "punct(planned-2, .-6)");

    assertEquals(true, modes.pledged(threatened, Sentences.at(threatened, "expel")));
    assertEquals(false, modes.pledged(planned, Sentences.at(planned, "expel")));
  }

  @Test
  void failed_actTheActorFailedToDo_unlessTheFailingIsNegated() {
    ParsedSentence failed = Sentences.parse(
        "Moscow/NNP failed/VBD/fail to/TO expel/VB/expel envoys/NNS/envoy ./.",
        "root(ROOT-0, failed-2)", "nsubj(failed-2, Moscow-1)", "mark(expel-4, to-3)",
        "xcomp(failed-2, expel-4)", "obj(expel-4, envoys-5)", "punct(failed-2, .-6)");
    ParsedSentence notFailed = Sentences.parse(
        "Moscow/NNP did/VBD/do not/RB fail/VB/fail to/TO expel/VB/expel envoys/NNS/envoy ./.",
        "root(ROOT-0, fail-4)", "nsubj(fail-4, Moscow-1)", "aux(fail-4, did-2)",
        "advmod(fail-4, not-3)", "mark(expel-6, to-5)", "xcomp(fail-4, expel-6)",
        "obj(expel-6, envoys-7)", "punct(fail-4, .-8)");

    assertEquals(true, modes.failed(failed, Sentences.at(failed, "expel")));
    assertEquals(false, modes.failed(notFailed, Sentences.at(notFailed, "expel")));
    assertEquals(false, modes.failed(withAux("will"), Sentences.at(withAux("will"), "expel")));
  }

  @Test
  void perfect_mayHaveActed_onTheVerbOrTheVerbOfTheNoun() {
    ParsedSentence verb = Sentences.parse(
        "Moscow/NNP may/MD have/VB/have expelled/VBN/expel envoys/NNS/envoy ./.",
        "root(ROOT-0, expelled-4)", "nsubj(expelled-4, Moscow-1)", "aux(expelled-4, may-2)",
        "aux(expelled-4, have-3)", "obj(expelled-4, envoys-5)", "punct(expelled-4, .-6)");
    ParsedSentence noun = Sentences.parse(
        "Moscow/NNP may/MD have/VB/have launched/VBN/launch attacks/NNS/attack ./.",
        "root(ROOT-0, launched-4)", "nsubj(launched-4, Moscow-1)", "aux(launched-4, may-2)",
        "aux(launched-4, have-3)", "obj(launched-4, attacks-5)", "punct(launched-4, .-6)");

    assertEquals(true, modes.perfect(verb, Sentences.at(verb, "expelled")));
    assertEquals(true, modes.perfect(noun, Sentences.at(noun, "attacks")));
    assertEquals(false, modes.perfect(withAux("may"), Sentences.at(withAux("may"), "expel")));
  }

  @Test
  void mode_purposeOfAnAct_isAsDoneAsTheAct() {
    ParsedSentence willing = Sentences.parse(
        "Moscow/NNP is/VBZ/be willing/JJ to/TO send/VB/send troops/NNS/troop to/TO help/VB/help "
            + "Minsk/NNP ./.",
        "root(ROOT-0, willing-3)", "nsubj(willing-3, Moscow-1)", "cop(willing-3, is-2)",
        "mark(send-5, to-4)", "xcomp(willing-3, send-5)", "obj(send-5, troops-6)",
        "mark(help-8, to-7)", "advcl(send-5, help-8)", "obj(help-8, Minsk-9)",
        "punct(willing-3, .-10)");
    ParsedSentence sent = Sentences.parse(
        "Moscow/NNP sent/VBD/send troops/NNS/troop to/TO help/VB/help Minsk/NNP ./.",
        "root(ROOT-0, sent-2)", "nsubj(sent-2, Moscow-1)", "obj(sent-2, troops-3)",
        "mark(help-5, to-4)", "advcl(sent-2, help-5)", "obj(help-5, Minsk-6)",
        "punct(sent-2, .-7)");

    assertEquals(Mode.FUTURE, modeOf(willing, "help"));
    assertEquals(Mode.ASSERTED, modeOf(sent, "help"));
  }

  @Test
  void mode_actOutOfTheQuestion_isARefusal() {
    ParsedSentence s = Sentences.parse(
        "Expelling/VBG/expel envoys/NNS/envoy is/VBZ/be out/IN of/IN the/DT question/NN ./.",
        "root(ROOT-0, question-7)", "csubj(question-7, Expelling-1)",
        "obj(Expelling-1, envoys-2)", "cop(question-7, is-3)", "case(question-7, out-4)",
        "fixed(out-4, of-5)", "det(question-7, the-6)", "punct(question-7, .-8)");
    ParsedSentence open = Sentences.parse(
        "Expelling/VBG/expel envoys/NNS/envoy is/VBZ/be the/DT question/NN ./.",
        "root(ROOT-0, question-5)", "csubj(question-5, Expelling-1)",
        "obj(Expelling-1, envoys-2)", "cop(question-5, is-3)", "det(question-5, the-4)",
        "punct(question-5, .-6)");

    assertEquals(Mode.NEGATED, modeOf(s, "Expelling"));
    assertEquals(true, modes.refusal(s, Sentences.at(s, "Expelling")));
    assertEquals(false, modes.refusal(open, Sentences.at(open, "Expelling")));
  }

  @Test
  void attempted_actTheActorTried_unlessTheTryingIsNotAsserted() {
    ParsedSentence tried = Sentences.parse(
        "Moscow/NNP tried/VBD/try to/TO expel/VB/expel envoys/NNS/envoy ./.",
        "root(ROOT-0, tried-2)", "nsubj(tried-2, Moscow-1)", "mark(expel-4, to-3)",
        "xcomp(tried-2, expel-4)", "obj(expel-4, envoys-5)", "punct(tried-2, .-6)");
    ParsedSentence willTry = Sentences.parse(
        "Moscow/NNP will/MD try/VB/try to/TO expel/VB/expel envoys/NNS/envoy ./.",
        "root(ROOT-0, try-3)", "nsubj(try-3, Moscow-1)", "aux(try-3, will-2)",
        "mark(expel-5, to-4)", "xcomp(try-3, expel-5)", "obj(expel-5, envoys-6)",
        "punct(try-3, .-7)");

    assertEquals(true, modes.attempted(tried, Sentences.at(tried, "expel")));
    assertEquals(false, modes.attempted(willTry, Sentences.at(willTry, "expel")));
  }
}
