package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpeechClausesTest {
  @Test
  void repair_subjectOfAReportedClauseReadAsTheObject_becomesTheClauseSubject() {
    // "Chile said Peru must leave ." as the parser misreads it
    ParsedSentence s = Sentences.parse(
        "Chile/NNP said/VBD/say Peru/NNP must/MD leave/VB/leave ./.",
        "root(ROOT-0, said-2)",
        "nsubj(said-2, Chile-1)",
        "obj(said-2, Peru-3)",
        "dep(said-2, leave-5)",
        "aux(leave-5, must-4)",
        "punct(said-2, .-6)");

    ReducedRelatives.Repair r = SpeechClauses.repair(s.tokens(), s.dependencies(), s.root());

    assertNotNull(r);
    assertTrue(r.dependencies().contains(new Dependency(4, 2, "nsubj")), "Peru must leave");
    assertTrue(r.dependencies().contains(new Dependency(1, 4, "ccomp")), "said ... leave");
    assertTrue(!r.dependencies().contains(new Dependency(1, 2, "obj")));
  }

  @Test
  void repair_aVerbThatTakesAPerson_orAClauseWithASubject_isKept() {
    ParsedSentence told = Sentences.parse(
        "Chile/NNP told/VBD/tell Peru/NNP to/TO leave/VB/leave ./.",
        "root(ROOT-0, told-2)",
        "nsubj(told-2, Chile-1)",
        "obj(told-2, Peru-3)",
        "xcomp(told-2, leave-5)",
        "mark(leave-5, to-4)",
        "punct(told-2, .-6)");
    ParsedSentence subject = Sentences.parse(
        "Chile/NNP said/VBD/say it/PRP troops/NNS/troop left/VBD/leave ./.",
        "root(ROOT-0, said-2)",
        "nsubj(said-2, Chile-1)",
        "obj(said-2, it-3)",
        "dep(said-2, left-5)",
        "nsubj(left-5, troops-4)",
        "punct(said-2, .-6)");

    assertNull(SpeechClauses.repair(told.tokens(), told.dependencies(), told.root()));
    assertNull(SpeechClauses.repair(subject.tokens(), subject.dependencies(), subject.root()));
  }

  @Test
  void repair_clauseHungOnTheVerbAbove_isGivenBackToTheReportVerb() {
    // "Chile said it hopes Peru will leave ." with the clause hung on "said"
    ParsedSentence s = Sentences.parse(
        "Chile/NNP said/VBD/say it/PRP hopes/VBZ/hope Peru/NNP will/MD leave/VB/leave ./.",
        "root(ROOT-0, said-2)",
        "nsubj(said-2, Chile-1)",
        "ccomp(said-2, hopes-4)",
        "nsubj(hopes-4, it-3)",
        "obj(hopes-4, Peru-5)",
        "dep(said-2, leave-7)",
        "aux(leave-7, will-6)",
        "punct(said-2, .-8)");

    ReducedRelatives.Repair r = SpeechClauses.repair(s.tokens(), s.dependencies(), s.root());

    assertNotNull(r);
    assertTrue(r.dependencies().contains(new Dependency(6, 4, "nsubj")), "Peru will leave");
    assertTrue(r.dependencies().contains(new Dependency(3, 6, "ccomp")), "hopes ... leave");
    assertTrue(!r.dependencies().contains(new Dependency(1, 6, "dep")));
  }

  @Test
  void repair_reportVerbReadAsTheClauseSubject_reportsTheClause() {
    // "Chile said Peru has expressed concern ." read with "said" as the subject of "expressed"
    ParsedSentence s = Sentences.parse(
        "Chile/NNP said/VBD/say Peru/NNP has/VBZ/have expressed/VBN/express concern/NN ./.",
        "root(ROOT-0, expressed-5)",
        "nsubj(said-2, Chile-1)",
        "obj(said-2, Peru-3)",
        "csubj(expressed-5, said-2)",
        "aux(expressed-5, has-4)",
        "obj(expressed-5, concern-6)",
        "punct(expressed-5, .-7)");
    ParsedSentence subject = Sentences.parse(
        "Chile/NNP said/VBD/say Peru/NNP troops/NNS/troop expressed/VBD/express concern/NN ./.",
        "root(ROOT-0, expressed-5)",
        "nsubj(said-2, Chile-1)",
        "obj(said-2, Peru-3)",
        "csubj(expressed-5, said-2)",
        "nsubj(expressed-5, troops-4)",
        "obj(expressed-5, concern-6)",
        "punct(expressed-5, .-7)");

    ReducedRelatives.Repair r = SpeechClauses.repair(s.tokens(), s.dependencies(), s.root());

    assertNotNull(r);
    assertEquals(1, r.root(), "said is the root");
    assertTrue(r.dependencies().contains(new Dependency(1, 4, "ccomp")), "said ... expressed");
    assertTrue(r.dependencies().contains(new Dependency(4, 2, "nsubj")), "Peru has expressed");
    assertTrue(r.dependencies().contains(new Dependency(1, 0, "nsubj")), "Chile said");
    assertFalse(r.dependencies().contains(new Dependency(4, 1, "csubj")));
    assertFalse(r.dependencies().contains(new Dependency(1, 2, "obj")));
    assertNull(SpeechClauses.repair(subject.tokens(), subject.dependencies(), subject.root()),
        "a clause with a subject of its own keeps its parse");
  }

  @Test
  void repair_trailingReporterReadAsApposition_becomesTheReportVerbsSubject() {
    // "Troops arrived in Lima , envoy Diaz said ." with "Diaz" read as Lima's apposition
    ParsedSentence s = Sentences.parse(
        "Troops/NNS/troop arrived/VBD/arrive in/IN Lima/NNP ,/, envoy/NN/envoy Diaz/NNP"
            + " said/VBD/say ./.",
        "root(ROOT-0, arrived-2)", "nsubj(arrived-2, Troops-1)", "case(Lima-4, in-3)",
        "obl:in(arrived-2, Lima-4)", "punct(Lima-4, ,-5)", "compound(Diaz-7, envoy-6)",
        "appos(Lima-4, Diaz-7)", "dep(arrived-2, said-8)", "punct(arrived-2, .-9)");
    ParsedSentence apposed = Sentences.parse(
        "Troops/NNS/troop arrived/VBD/arrive in/IN Lima/NNP ,/, the/DT capital/NN/capital"
            + " ./.",
        "root(ROOT-0, arrived-2)", "nsubj(arrived-2, Troops-1)", "case(Lima-4, in-3)",
        "obl:in(arrived-2, Lima-4)", "punct(Lima-4, ,-5)", "det(capital-7, the-6)",
        "appos(Lima-4, capital-7)", "punct(arrived-2, .-8)");

    ReducedRelatives.Repair r = SpeechClauses.repair(s.tokens(), s.dependencies(), s.root());

    assertNotNull(r);
    assertTrue(r.dependencies().contains(new Dependency(7, 6, "nsubj")), "Diaz said");
    assertTrue(r.dependencies().contains(new Dependency(1, 7, "parataxis")));
    assertFalse(r.dependencies().contains(new Dependency(3, 6, "appos")));
    assertNull(SpeechClauses.repair(apposed.tokens(), apposed.dependencies(), apposed.root()),
        "an apposition that says nothing stays one");
  }
}
