package org.annals.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClassScoreTest {
  private static final double EPS = 1e-9;

  @Test
  void scoreClasses_mixedResults_computesAccuracyMacroF1AndConfusion() {
    List<GoldSentence> gold =
        List.of(
            quad("s1", "statement"),
            quad("s2", "statement"),
            quad("s3", "material_conflict"),
            quad("s4", "none"));
    Map<String, String> system =
        Map.of("s1", "statement", "s2", "material_conflict", "s3", "material_conflict");

    ClassScore s = Evaluation.scoreClasses("quad", gold, system, Map.of());

    assertEquals(4, s.n());
    assertEquals(0.75, s.accuracy(), EPS);
    assertEquals(List.of("statement", "material_conflict", "none"), s.classes());
    // statement: P 1, R 0.5, F1 2/3; material_conflict: P 0.5, R 1, F1 2/3; none (s4 has no
    // system label): F1 1
    assertEquals(new Score(1, 0, 0), s.perClass().get("none"));
    assertEquals((2.0 / 3 + 2.0 / 3 + 1.0) / 3, s.macroF1(), EPS);
    assertEquals(1, s.count("statement", "material_conflict"));
    assertEquals(0, s.count("material_conflict", "statement"));
    assertEquals(1, s.errors().size());
  }

  @Test
  void scoreClasses_labelMissingOrDash_countsAsNone() {
    List<GoldSentence> gold = List.of(plover("p1", "NONE"), plover("p2", "AGREE"));
    Map<String, String> system = new HashMap<>(Map.of("p2", "-"));

    ClassScore s = Evaluation.scoreClasses("plover", gold, system, Map.of());

    assertEquals(1, s.count("none", "none"));
    assertEquals(1, s.count("AGREE", "none"));
    assertEquals(0.5, s.accuracy(), EPS);
  }

  @Test
  void scoreClasses_plover_normalizesCaseAndUsesOnlyOccurringClasses() {
    List<GoldSentence> gold = List.of(plover("p1", "AGREE"), plover("p2", "ASSAULT"));
    Map<String, String> system = Map.of("p1", "agree", "p2", "COERCE");

    ClassScore s = Evaluation.scoreClasses("plover", gold, system, Map.of());

    assertEquals(List.of("AGREE", "COERCE", "ASSAULT"), s.classes());
    assertEquals(1.0 / 3, s.macroF1(), EPS);
    assertTrue(s.sourceOverlap().isEmpty());
  }

  @Test
  void scoreClasses_quadSpans_measuresOverlapAmongRightSentences() {
    List<GoldSentence> gold =
        List.of(
            quad("s1", "verbal_conflict", "a Swiss court", "the Croatian government"),
            quad("s2", "verbal_conflict", "Police in Kiev", "the protesters"),
            quad("s3", "statement", "the minister", "the press"));
    Map<String, String> labels =
        Map.of("s1", "verbal_conflict", "s2", "verbal_conflict", "s3", "verbal_coop");
    Map<String, SystemEvent> first =
        Map.of(
            "s1", event("s1", "Swiss court", "Zagreb"),
            "s2", event("s2", "KIEV POLICE", "of the"),
            "s3", event("s3", "the minister", "the press"));

    ClassScore s = Evaluation.scoreClasses("quad", gold, labels, first);

    // s1: contained source; target "Zagreb" shares nothing. s2: token "police";
    // target shares only stopwords. s3 has the wrong class and is not counted.
    assertEquals(Optional.of(new Share(2, 2)), s.sourceOverlap());
    assertEquals(Optional.of(new Share(0, 2)), s.targetOverlap());
  }

  @Test
  void scoreClasses_unknownTask_throws() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Evaluation.scoreClasses("events", List.of(), Map.of(), Map.of()));
  }

  @Test
  void json_quadScore_hasRequiredKeys() {
    ClassScore s =
        Evaluation.scoreClasses(
            "quad", List.of(quad("s1", "statement")), Map.of("s1", "statement"), Map.of());

    ObjectNode o = EvalReport.json("quad.jsonl", s);

    for (String key :
        List.of(
            "file",
            "task",
            "n",
            "accuracy",
            "macro_f1",
            "confusion",
            "source_overlap",
            "target_overlap")) {
      assertTrue(o.has(key), key);
    }
    assertEquals(1, o.path("confusion").path("statement").path("statement").asInt());
    assertTrue(EvalReport.text("quad.jsonl", s).contains("accuracy"));
  }

  @Test
  void json_ploverScore_hasNoOverlapKeys() {
    ClassScore s =
        Evaluation.scoreClasses("plover", List.of(plover("p1", "AGREE")), Map.of(), Map.of());

    ObjectNode o = EvalReport.json("plover.jsonl", s);

    assertFalse(o.has("source_overlap"));
    assertTrue(EvalReport.errors(s).contains("p1"));
  }

  private static GoldSentence quad(String id, String label, String... spans) {
    List<String> sources = spans.length > 0 ? List.of(spans[0]) : List.of();
    List<String> targets = spans.length > 1 ? List.of(spans[1]) : List.of();
    return new GoldSentence("quad", id, Optional.empty(), "text of " + id, label, sources, targets);
  }

  private static GoldSentence plover(String id, String label) {
    return new GoldSentence(
        "plover", id, Optional.empty(), "text of " + id, label, List.of(), List.of());
  }

  private static SystemEvent event(String doc, String sourceText, String targetText) {
    return new SystemEvent(
        doc, doc + "#1", "AAA", "BBB", "111", null, "asserted", null, 0, 0, sourceText, targetText);
  }
}
