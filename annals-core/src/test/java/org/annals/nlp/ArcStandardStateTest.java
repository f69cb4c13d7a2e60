package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.trees.PennTreebankLanguagePack;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link ArcStandardState} against CoreNLP's own configuration and transition system (no model). */
class ArcStandardStateTest {
  private static final List<String> LABELS = List.of("root", "nsubj", "obj", "det");

  @Test
  void moves_randomLegalSequences_sameStateAsCoreNlp() {
    ArcStandard system = new ArcStandard(new PennTreebankLanguagePack(), LABELS, false);
    List<String> transitions = transitions();
    Random random = new Random(6);
    for (int round = 0; round < 300; round++) {
      int n = 1 + random.nextInt(12);
      Configuration theirs = system.initialConfiguration(sentence(n));
      ArcStandardState ours = new ArcStandardState(n);
      while (!system.isTerminal(theirs)) {
        assertFalse(ours.isTerminal());
        assertSame(theirs, ours, n);
        List<Integer> legal = new ArrayList<>();
        for (int j = 0; j < transitions.size(); j++) {
          boolean canApply = system.canApply(theirs, transitions.get(j));
          assertEquals(canApply, canApply(ours, j), transitions.get(j) + " at " + theirs.getStr());
          if (canApply) {
            legal.add(j);
          }
        }
        assertEquals(legal.size() == 1, ours.isForced(), "forced at " + theirs.getStr());
        int j = legal.get(random.nextInt(legal.size()));
        system.apply(theirs, transitions.get(j));
        apply(ours, j);
      }
      assertTrue(ours.isTerminal());
      assertSame(theirs, ours, n);
      for (int k = 1; k <= n; k++) {
        assertEquals(theirs.getLabel(k), LABELS.get(ours.label(k)));
      }
    }
  }

  @Test
  void isForced_sentenceStartAndEnd_onlyShiftThenOnlyRootArc() {
    ArcStandardState s = new ArcStandardState(2);
    assertTrue(s.isForced()); // the root alone: shift
    s.shift();
    assertTrue(s.isForced()); // one word: shift
    s.shift();
    assertFalse(s.isForced());
    s.leftArc(1);
    assertTrue(s.isForced()); // no word left: the root's arc
    assertFalse(s.canShift());
    assertTrue(s.canRightArc(/* rootLabel= */ true));
    assertFalse(s.canRightArc(/* rootLabel= */ false));
    s.rightArc(0);
    assertTrue(s.isTerminal());
    assertEquals(2, s.head(1));
    assertEquals(0, s.head(2));
    assertEquals(ArcStandardState.NONE, s.head(3));
  }

  private static void assertSame(Configuration theirs, ArcStandardState ours, int n) {
    String at = theirs.getStr();
    assertEquals(theirs.getStackSize(), ours.stackSize(), at);
    assertEquals(theirs.getBufferSize(), ours.bufferSize(), at);
    for (int k = -1; k <= 3; k++) {
      assertEquals(theirs.getStack(k), ours.stack(k), "stack " + k + " at " + at);
      assertEquals(theirs.getBuffer(k), ours.buffer(k), "buffer " + k + " at " + at);
    }
    for (int k = -1; k <= n + 1; k++) {
      assertEquals(theirs.getHead(k), ours.head(k), "head " + k + " at " + at);
      assertEquals(k < 0 || k > n ? 0 : theirs.getLeftValency(k) + theirs.getRightValency(k),
          ours.children(k), "children of " + k + " at " + at);
      for (int cnt = 1; cnt <= 2; cnt++) {
        assertEquals(theirs.getLeftChild(k, cnt), ours.leftChild(k, cnt), "left " + k + " " + at);
        assertEquals(theirs.getRightChild(k, cnt), ours.rightChild(k, cnt), "right " + k + " " + at);
      }
    }
  }

  private static boolean canApply(ArcStandardState s, int j) {
    int labels = LABELS.size();
    if (j == 2 * labels) {
      return s.canShift();
    }
    boolean root = j % labels == 0;
    return j < labels ? s.canLeftArc(root) : s.canRightArc(root);
  }

  private static void apply(ArcStandardState s, int j) {
    int labels = LABELS.size();
    if (j == 2 * labels) {
      s.shift();
    } else if (j < labels) {
      s.leftArc(j);
    } else {
      s.rightArc(j - labels);
    }
  }

  /** ArcStandard's order: every left arc, every right arc, the shift. */
  private static List<String> transitions() {
    List<String> out = new ArrayList<>();
    LABELS.forEach(l -> out.add("L(" + l + ")"));
    LABELS.forEach(l -> out.add("R(" + l + ")"));
    out.add("S");
    return out;
  }

  private static Annotation sentence(int n) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      CoreLabel l = new CoreLabel();
      l.setWord("w" + i);
      tokens.add(l);
    }
    Annotation a = new Annotation("");
    a.set(CoreAnnotations.TokensAnnotation.class, tokens);
    return a;
  }
}
