package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DependencyIndexTest {
  @Test
  void childrenAndHeads_sentence_sameAsScanningEveryEdge() {
    ParsedSentence s = Sentences.parse(
        "Georgia/NNP accused/VBD/accuse Russia/NNP and/CC Belarus/NNP ./.",
        "root(ROOT-0, accused-2)", "nsubj(accused-2, Georgia-1)", "obj(accused-2, Russia-3)",
        "cc(Belarus-5, and-4)", "conj:and(Russia-3, Belarus-5)", "obj(accused-2, Belarus-5)",
        "punct(accused-2, .-6)");

    for (int t = -1; t <= s.tokens().size() + 1; t++) {
      assertEquals(scan(s.dependencies(), t, true), s.children(t), "children of " + t);
      assertEquals(scan(s.dependencies(), t, false), s.heads(t), "heads of " + t);
    }
    assertEquals(List.of(2, 4), s.children(1, "obj"));
    assertEquals(List.of(), s.children(0, "obj"));
  }

  @Test
  void childrenAndHeads_randomEdges_keepEdgeOrder() {
    Random random = new Random(6);
    for (int round = 0; round < 200; round++) {
      int n = 1 + random.nextInt(30);
      List<Dependency> edges = new ArrayList<>();
      for (int e = random.nextInt(3 * n); e > 0; e--) {
        edges.add(new Dependency(random.nextInt(n + 1) - 1, random.nextInt(n), "r" + e % 4));
      }
      DependencyIndex index = DependencyIndex.of(edges);
      assertEquals(edges, index);
      for (int t = -2; t <= n + 1; t++) {
        assertEquals(scan(edges, t, true), index.children(t));
        assertEquals(scan(edges, t, false), index.heads(t));
      }
    }
  }

  @Test
  void of_edgeBeforeTheRoot_isRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> DependencyIndex.of(List.of(new Dependency(-2, 0, "root"))));
  }

  private static List<Dependency> scan(List<Dependency> edges, int token, boolean children) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : edges) {
      if ((children ? d.governor() : d.dependent()) == token) {
        out.add(d);
      }
    }
    return out;
  }
}
