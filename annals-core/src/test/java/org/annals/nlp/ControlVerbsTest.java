package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ControlVerbsTest {
  @Test
  void repair_verbOfWillReadAsAnAuxiliary_becomesTheHeadOfTheInfinitive() {
    // "Rebels , angry , threatened to shell bases ." with "threatened" read as aux of "shell"
    ParsedSentence s = Sentences.parse(
        "Rebels/NNS/rebel ,/, angry/JJ ,/, threatened/VBD/threaten to/TO shell/VB/shell"
            + " bases/NNS/base ./.",
        "root(ROOT-0, shell-7)",
        "nsubj(shell-7, Rebels-1)",
        "punct(Rebels-1, ,-2)",
        "amod(Rebels-1, angry-3)",
        "punct(Rebels-1, ,-4)",
        "aux(shell-7, threatened-5)",
        "mark(shell-7, to-6)",
        "obj(shell-7, bases-8)",
        "punct(shell-7, .-9)");

    ReducedRelatives.Repair r = ControlVerbs.repair(s.tokens(), s.dependencies(), s.root());

    assertNotNull(r);
    assertEquals(4, r.root(), "'threatened' is the root");
    assertTrue(r.dependencies().contains(new Dependency(4, 0, "nsubj")), "rebels threatened");
    assertTrue(r.dependencies().contains(new Dependency(4, 6, "xcomp")), "threatened to shell");
    assertTrue(r.dependencies().contains(new Dependency(6, 0, "nsubj:xsubj")));
    assertTrue(r.dependencies().contains(new Dependency(6, 7, "obj")), "shell bases");
    assertTrue(!r.dependencies().contains(new Dependency(6, 4, "aux")));
  }

  @Test
  void repair_trueAuxiliaries_areKept() {
    ParsedSentence going = Sentences.parse(
        "Rebels/NNS/rebel are/VBP/be going/VBG/go to/TO shell/VB/shell bases/NNS/base ./.",
        "root(ROOT-0, shell-5)",
        "nsubj(shell-5, Rebels-1)",
        "aux(shell-5, are-2)",
        "aux(shell-5, going-3)",
        "mark(shell-5, to-4)",
        "obj(shell-5, bases-6)",
        "punct(shell-5, .-7)");

    assertNull(ControlVerbs.repair(going.tokens(), going.dependencies(), going.root()));
  }
}
