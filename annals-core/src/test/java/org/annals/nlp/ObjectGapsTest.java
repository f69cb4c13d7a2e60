package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ObjectGapsTest {
  @Test
  void repair_relativeClauseWithoutRelativeWord_takesItsNounAsObject() {
    // "Lima condemned the arms Chile sold to rebels ."
    ParsedSentence s = Sentences.parse(
        "Lima/NNP condemned/VBD/condemn the/DT arms/NNS/arm Chile/NNP sold/VBD/sell to/TO"
            + " rebels/NNS/rebel ./.",
        "root(ROOT-0, condemned-2)", "nsubj(condemned-2, Lima-1)", "det(arms-4, the-3)",
        "obj(condemned-2, arms-4)", "acl:relcl(arms-4, sold-6)", "nsubj(sold-6, Chile-5)",
        "case(rebels-8, to-7)", "obl:to(sold-6, rebels-8)", "punct(condemned-2, .-9)");

    ReducedRelatives.Repair r = ObjectGaps.repair(s.tokens(), s.dependencies(), s.root());

    assertNotNull(r);
    assertTrue(r.dependencies().contains(new Dependency(5, 3, "obj")), "sold the arms");
  }

  @Test
  void repair_verbLeadingToAnInfinitive_givesTheObjectToTheInfinitive() {
    // "Lima condemned the aid Chile continues to send ."
    ParsedSentence s = Sentences.parse(
        "Lima/NNP condemned/VBD/condemn the/DT aid/NN/aid Chile/NNP continues/VBZ/continue"
            + " to/TO send/VB/send ./.",
        "root(ROOT-0, condemned-2)", "nsubj(condemned-2, Lima-1)", "det(aid-4, the-3)",
        "obj(condemned-2, aid-4)", "acl:relcl(aid-4, continues-6)",
        "nsubj(continues-6, Chile-5)", "mark(send-8, to-7)", "xcomp(continues-6, send-8)",
        "punct(condemned-2, .-9)");

    ReducedRelatives.Repair r = ObjectGaps.repair(s.tokens(), s.dependencies(), s.root());

    assertNotNull(r);
    assertTrue(r.dependencies().contains(new Dependency(7, 3, "obj")), "send the aid");
  }

  @Test
  void repair_clauseWithItsOwnObjectOrARelativeWordOrATime_isKept() {
    ParsedSentence own = Sentences.parse(
        "the/DT talks/NNS/talk Chile/NNP held/VBD/hold meetings/NNS/meeting ./.",
        "root(ROOT-0, talks-2)", "det(talks-2, the-1)", "acl:relcl(talks-2, held-4)",
        "nsubj(held-4, Chile-3)", "obj(held-4, meetings-5)", "punct(talks-2, .-6)");
    ParsedSentence who = Sentences.parse(
        "the/DT envoy/NN/envoy who/WP left/VBD/leave ./.",
        "root(ROOT-0, envoy-2)", "det(envoy-2, the-1)", "acl:relcl(envoy-2, left-4)",
        "nsubj(left-4, who-3)", "punct(envoy-2, .-5)");
    ParsedSentence day = Sentences.parse(
        "the/DT day/NN/day Chile/NNP left/VBD/leave ./.",
        "root(ROOT-0, day-2)", "det(day-2, the-1)", "acl:relcl(day-2, left-4)",
        "nsubj(left-4, Chile-3)", "punct(day-2, .-5)");

    assertNull(ObjectGaps.repair(own.tokens(), own.dependencies(), own.root()));
    assertNull(ObjectGaps.repair(who.tokens(), who.dependencies(), who.root()));
    assertNull(ObjectGaps.repair(day.tokens(), day.dependencies(), day.root()));
  }
}
