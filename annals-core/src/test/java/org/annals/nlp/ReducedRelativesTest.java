package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReducedRelativesTest {
  @Test
  void repair_participleReadAsTheClause_givesTheMainVerbItsSubject() {
    // "Nurses hired by the city clinic Vita began talks ." as the parser misreads it
    ParsedSentence s = Sentences.parse(
        "Nurses/NNS/nurse hired/VBN/hire by/IN the/DT city/NN clinic/NN Vita/NNP"
            + " began/VBD/begin talks/NNS/talk ./.",
        "root(ROOT-0, hired-2)",
        "nsubj(hired-2, Nurses-1)",
        "case(clinic-6, by-3)",
        "det(clinic-6, the-4)",
        "compound(clinic-6, city-5)",
        "obl:by(hired-2, clinic-6)",
        "ccomp(hired-2, began-8)",
        "nsubj(began-8, Vita-7)",
        "obj(began-8, talks-9)",
        "punct(hired-2, .-10)");

    ReducedRelatives.Repair r = ReducedRelatives.repair(s.tokens(), s.dependencies(), s.root());

    assertNotNull(r);
    assertEquals(7, r.root(), "'began' is the root");
    assertTrue(r.dependencies().contains(new Dependency(7, 0, "nsubj")), "nurses began");
    assertTrue(r.dependencies().contains(new Dependency(0, 1, "acl")), "nurses hired");
    assertTrue(r.dependencies().contains(new Dependency(5, 6, "appos")), "the clinic Vita");
    assertTrue(r.dependencies().contains(new Dependency(7, 9, "punct")));
    assertTrue(r.dependencies().contains(new Dependency(1, 5, "obl:by")));
  }

  @Test
  void repair_besideTheMainVerbUnderAReport_keepsTheRoot() {
    ParsedSentence s = Sentences.parse(
        "A/DT mission/NN led/VBN/lead by/IN Lopez/NNP will/MD visit/VB Lima/NNP ,/,"
            + " sources/NNS/source said/VBD/say ./.",
        "root(ROOT-0, said-11)",
        "det(mission-2, A-1)",
        "nsubj(led-3, mission-2)",
        "case(Lopez-5, by-4)",
        "obl:by(led-3, Lopez-5)",
        "advcl(said-11, led-3)",
        "advcl(said-11, visit-7)",
        "aux(visit-7, will-6)",
        "obj(visit-7, Lima-8)",
        "punct(said-11, ,-9)",
        "nsubj(said-11, sources-10)",
        "punct(said-11, .-12)");

    ReducedRelatives.Repair r = ReducedRelatives.repair(s.tokens(), s.dependencies(), s.root());

    assertNotNull(r);
    assertEquals(10, r.root());
    assertTrue(r.dependencies().contains(new Dependency(6, 1, "nsubj")), "the mission will visit");
    assertTrue(r.dependencies().contains(new Dependency(1, 2, "acl")));
    assertTrue(!r.dependencies().contains(new Dependency(10, 2, "advcl")));
  }

  @Test
  void repair_participleTaggedPastTenseWithAByPhrase_isRepairedWhereOneWithAnObjectIsNot() {
    // "A raid carried out by rebels killed two soldiers ." with "carried" tagged VBD
    ParsedSentence s = Sentences.parse(
        "A/DT raid/NN carried/VBD/carry out/RP by/IN rebels/NNS/rebel killed/VBD/kill two/CD"
            + " soldiers/NNS/soldier ./.",
        "root(ROOT-0, carried-3)",
        "det(raid-2, A-1)",
        "nsubj(carried-3, raid-2)",
        "compound:prt(carried-3, out-4)",
        "case(rebels-6, by-5)",
        "obl:by(carried-3, rebels-6)",
        "dep(carried-3, killed-7)",
        "nummod(soldiers-9, two-8)",
        "obj(killed-7, soldiers-9)",
        "punct(carried-3, .-10)");
    ParsedSentence finite = Sentences.parse(
        "Chile/NNP carried/VBD/carry arms/NNS/arm by/IN truck/NN and/CC Peru/NNP left/VBD/leave"
            + " ./.",
        "root(ROOT-0, carried-2)",
        "nsubj(carried-2, Chile-1)",
        "obj(carried-2, arms-3)",
        "case(truck-5, by-4)",
        "obl:by(carried-2, truck-5)",
        "dep(carried-2, left-8)",
        "nsubj(left-8, Peru-7)",
        "punct(carried-2, .-9)");

    ReducedRelatives.Repair r = ReducedRelatives.repair(s.tokens(), s.dependencies(), s.root());

    assertNotNull(r);
    assertEquals(6, r.root(), "'killed' is the root");
    assertTrue(r.dependencies().contains(new Dependency(6, 1, "nsubj")), "the raid killed");
    assertNull(ReducedRelatives.repair(finite.tokens(), finite.dependencies(), finite.root()),
        "a past tense with an object is one");
  }

  @Test
  void repair_otherShapes_areKept() {
    ParsedSentence comma = Sentences.parse(
        "Scarves/NNS/scarf wrapped/VBN/wrap round/IN faces/NNS/face ,/, they/PRP stared/VBD/stare"
            + " ./.",
        "root(ROOT-0, wrapped-2)",
        "nsubj(wrapped-2, Scarves-1)",
        "case(faces-4, round-3)",
        "obl:round(wrapped-2, faces-4)",
        "punct(wrapped-2, ,-5)",
        "ccomp(wrapped-2, stared-7)",
        "nsubj(stared-7, they-6)",
        "punct(wrapped-2, .-8)");
    ParsedSentence passive = Sentences.parse(
        "Miners/NNS/miner were/VBD/be employed/VBN/employ and/CC paid/VBN/pay ./.",
        "root(ROOT-0, employed-3)",
        "nsubj:pass(employed-3, Miners-1)",
        "aux:pass(employed-3, were-2)",
        "cc(paid-5, and-4)",
        "conj:and(employed-3, paid-5)",
        "punct(employed-3, .-6)");

    assertNull(ReducedRelatives.repair(comma.tokens(), comma.dependencies(), comma.root()),
        "an absolute phrase before a comma");
    assertNull(ReducedRelatives.repair(passive.tokens(), passive.dependencies(),
        passive.root()), "a true passive");
  }

  @Test
  void repair_objectReadAsTheParticiplesSubject_becomesTheVerbsObject() {
    // "Chile hit five bases used by rebels ." as the parser misreads it
    String words = "Chile/NNP hit/VBD/hit five/CD bases/NNS/base used/VBN/use by/IN"
        + " rebels/NNS/rebel ./.";
    ParsedSentence s = Sentences.parse(words,
        "root(ROOT-0, hit-2)",
        "nsubj(hit-2, Chile-1)",
        "nummod(bases-4, five-3)",
        "dep(hit-2, used-5)",
        "nsubj(used-5, bases-4)",
        "case(rebels-7, by-6)",
        "obl:by(used-5, rebels-7)",
        "punct(hit-2, .-8)");
    ParsedSentence withObject = Sentences.parse(
        "Chile/NNP told/VBD/tell Peru/NNP troops/NNS/troop left/VBN/leave ./.",
        "root(ROOT-0, told-2)",
        "nsubj(told-2, Chile-1)",
        "obj(told-2, Peru-3)",
        "ccomp(told-2, left-5)",
        "nsubj(left-5, troops-4)",
        "punct(told-2, .-6)");

    ReducedRelatives.Repair r = ReducedRelatives.repair(s.tokens(), s.dependencies(), s.root());

    assertNotNull(r);
    assertEquals(1, r.root());
    assertTrue(r.dependencies().contains(new Dependency(1, 3, "obj")), "hit bases");
    assertTrue(r.dependencies().contains(new Dependency(3, 4, "acl")), "bases used");
    assertTrue(!r.dependencies().contains(new Dependency(4, 3, "nsubj")));
    assertTrue(!r.dependencies().contains(new Dependency(1, 4, "dep")));
    assertNull(ReducedRelatives.repair(withObject.tokens(), withObject.dependencies(),
        withObject.root()), "a verb with an object of its own keeps its clause");
  }

  @Test
  void repair_objectOfAPastTenseReadAsItsSubject_onlyUnderAVerbThatTakesNoClause() {
    // "Chile approved the extradition of a man wanted in Peru ." with "wanted" tagged VBD
    ParsedSentence approved = Sentences.parse(
        "Chile/NNP approved/VBD/approve the/DT extradition/NN of/IN a/DT man/NN wanted/VBD/want"
            + " in/IN Peru/NNP ./.",
        "root(ROOT-0, approved-2)",
        "nsubj(approved-2, Chile-1)",
        "ccomp(approved-2, wanted-8)",
        "det(extradition-4, the-3)",
        "nsubj(wanted-8, extradition-4)",
        "case(man-7, of-5)",
        "det(man-7, a-6)",
        "nmod:of(extradition-4, man-7)",
        "case(Peru-10, in-9)",
        "obl:in(wanted-8, Peru-10)",
        "punct(approved-2, .-11)");
    ParsedSentence said = Sentences.parse(
        "Chile/NNP said/VBD/say the/DT troops/NNS/troop left/VBD/leave ./.",
        "root(ROOT-0, said-2)",
        "nsubj(said-2, Chile-1)",
        "ccomp(said-2, left-5)",
        "det(troops-4, the-3)",
        "nsubj(left-5, troops-4)",
        "punct(said-2, .-6)");

    ReducedRelatives.Repair r = ReducedRelatives.repair(approved.tokens(),
        approved.dependencies(), approved.root());

    assertNotNull(r);
    assertTrue(r.dependencies().contains(new Dependency(1, 3, "obj")), "approved the extradition");
    assertTrue(r.dependencies().contains(new Dependency(3, 7, "acl")));
    assertNull(ReducedRelatives.repair(said.tokens(), said.dependencies(), said.root()),
        "a clause said is a clause");
  }
}
