package org.annals.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class EvaluationTest {
  private static final double EPS = 1e-9;

  @Test
  void scoreEvents_codesDifferInOrder_pairsFullCodeAgreementFirst() {
    GoldDocument doc = doc("d1", gold("ABCGOV", "XYZ", "161"), gold("ABCGOV", "XYZ", "163"));
    // the 163 comes first in trigger order; a root-only greedy pass would pair it with gold 161
    EventScore s =
        score(
            doc,
            sys("d1", "1", "ABCGOV", "XYZ", "163", 5),
            sys("d1", "2", "ABCGOV", "XYZ", "161", 20));

    assertEquals(new Score(2, 0, 0), s.overall());
    assertEquals(new Share(2, 2), s.codeAgreement());
  }

  @Test
  void scoreEvents_sameRootOtherCode_matchesAndCountsCodeDisagreement() {
    EventScore s =
        score(doc("d1", gold("ABC", "XYZ", "161")), sys("d1", "1", "ABC", "XYZ", "16", 0));

    assertEquals(new Score(1, 0, 0), s.overall());
    assertEquals(new Share(0, 1), s.codeAgreement());
  }

  @Test
  void scoreEvents_twoSystemEventsForOneGold_matchesOneToOne() {
    EventScore s =
        score(
            doc("d1", gold("ABC", "XYZ", "042")),
            sys("d1", "1", "ABC", "XYZ", "042", 0),
            sys("d1", "2", "ABC", "XYZ", "042", 9));

    assertEquals(new Score(1, 1, 0), s.overall());
    assertEquals(0.5, s.precision(), EPS);
    assertEquals(1.0, s.recall(), EPS);
    assertEquals(2.0 / 3, s.f1(), EPS);
  }

  @Test
  void scoreEvents_swappedActorsOnSymmetricRoots_match() {
    GoldDocument doc =
        doc("d1", gold("ABC", "XYZ", "042"), gold("ABC", "XYZ", "061"), gold("ABC", "XYZ", "057"));
    EventScore s =
        score(
            doc,
            sys("d1", "1", "XYZ", "ABC", "040", 0),
            sys("d1", "2", "XYZGOV", "ABCMIL", "061", 5),
            sys("d1", "3", "XYZ", "ABC", "057", 9));

    assertEquals(new Score(3, 0, 0), s.overall());
    assertTrue(s.results().get(0).matched().stream().allMatch(MatchedPair::swapped));
  }

  @Test
  void scoreEvents_swappedActorsOnDirectedRoot_doNotMatch() {
    EventScore s =
        score(doc("d1", gold("ABC", "XYZ", "111")), sys("d1", "1", "XYZ", "ABC", "111", 0));

    assertEquals(new Score(0, 1, 1), s.overall());
  }

  @Test
  void scoreEvents_countryRolesDiffer_reduceToCountryAndMatch() {
    EventScore s =
        score(
            doc("d1", gold("RUSGOV", "IGOWSTNAT", "161")),
            sys("d1", "1", "RUSMIL", "IGOWSTNAT", "161", 0));

    assertEquals(new Score(1, 0, 0), s.overall());
  }

  @Test
  void scoreEvents_organizationCodesDiffer_keepWholeCodeAndDoNotMatch() {
    EventScore s =
        score(
            doc("d1", gold("ABC", "IGOUNOSCR", "112")),
            sys("d1", "1", "ABCGOV", "IGOUNO", "112", 0));

    assertEquals(new Score(0, 1, 1), s.overall());
  }

  @Test
  void scoreEvents_trapMatchedWithOtherMode_countsFalsePositiveOnly() {
    GoldDocument doc = doc("d1", gold("ABC", "XYZ", "042", "2020", "negated", null));
    EventScore s = score(doc, sys("d1", "1", "ABC", "XYZ", "042", 0));

    assertEquals(new Score(0, 1, 0), s.overall());
    assertEquals(0, s.goldEvents());
    assertEquals(1, s.results().get(0).trapHits().size());
    assertEquals(1, s.ignoredTraps());
    assertEquals(1, s.perRoot().get("04").fp());
  }

  @Test
  void scoreEvents_trapMatchedWithSameMode_countsTruePositiveAndInRecall() {
    GoldDocument doc = doc("d1", gold("ABC", "XYZ", "042", "2020", "hypothetical", null));
    EventScore s = score(doc, sysMode("d1", "1", "ABC", "XYZ", "042", "hypothetical"));

    assertEquals(new Score(1, 0, 0), s.overall());
    assertEquals(new Share(1, 1), s.modeAgreement());
  }

  @Test
  void scoreEvents_trapUnmatched_isNotAFalseNegative() {
    GoldDocument doc =
        doc("d1", gold("ABC", "XYZ", "042", null, "negated", null), gold("ABC", "XYZ", "111"));
    EventScore s = score(doc, sys("d1", "1", "ABC", "XYZ", "111", 0));

    assertEquals(new Score(1, 0, 0), s.overall());
    assertEquals(1, s.results().get(0).ignoredTraps().size());
  }

  @Test
  void scoreEvents_systemEventFitsTrapAndRealEvent_prefersTheRealEvent() {
    GoldDocument doc =
        doc("d1", gold("ABC", "XYZ", "042", null, "negated", null), gold("ABC", "XYZ", "042"));
    EventScore s = score(doc, sys("d1", "1", "ABC", "XYZ", "042", 0));

    assertEquals(new Score(1, 0, 0), s.overall());
  }

  @Test
  void scoreEvents_datesAtGoldPrecision_agreeOrNot() {
    GoldDocument doc =
        doc(
            "d1",
            gold("AAA", "BBB", "010", "2018", "asserted", null),
            gold("CCC", "DDD", "020", "2018-03-04", "asserted", null),
            gold("EEE", "FFF", "030", "2018-03", "asserted", null),
            gold("GGG", "HHH", "040", null, "asserted", null));
    EventScore s =
        score(
            doc,
            sysDate("d1", "1", "AAA", "BBB", "010", "2018-03-04"),
            sysDate("d1", "2", "CCC", "DDD", "020", "2018-03-05"),
            sysDate("d1", "3", "EEE", "FFF", "030", null),
            sysDate("d1", "4", "GGG", "HHH", "040", "2018-01-01"));

    assertEquals(new Score(4, 0, 0), s.overall());
    assertEquals(new Share(1, 3), s.dateAgreement());
  }

  @Test
  void scoreEvents_modesDiffer_lowerModeAgreement() {
    GoldDocument doc =
        doc("d1", gold("AAA", "BBB", "010", null, "future", null), gold("CCC", "DDD", "020"));
    EventScore s =
        score(doc, sys("d1", "1", "AAA", "BBB", "010", 0), sys("d1", "2", "CCC", "DDD", "020", 3));

    assertEquals(new Share(1, 2), s.modeAgreement());
  }

  @Test
  void scoreEvents_systemLinksMatchedEvents_countsCauseLink() {
    GoldDocument doc =
        doc("d1", gold("USA", "RUS", "1663"), gold("RUS", "USA", "1663", null, "asserted", 0));
    SystemEvent cause = sys("d1", "d1#1", "USAGOV", "RUSGOV", "1663", 0);
    SystemEvent response = sysCause("d1", "d1#2", "RUSGOV", "USAGOV", "1663", "d1#1");
    EventScore s = score(doc, cause, response);

    assertEquals(new Share(1, 1), s.causeRecall());
  }

  @Test
  void scoreEvents_systemLinksNothing_missesCauseLink() {
    GoldDocument doc =
        doc(
            "d1",
            gold("USA", "RUS", "1663"),
            gold("RUS", "USA", "1663", null, "asserted", 0),
            gold("RUS", "USA", "111"));
    // the response is linked, but to the wrong system event
    EventScore s =
        score(
            doc,
            sys("d1", "a", "USA", "RUS", "1663", 0),
            sysCause("d1", "b", "RUS", "USA", "1663", "c"),
            sys("d1", "c", "RUS", "USA", "111", 9));

    assertEquals(new Share(0, 1), s.causeRecall());
  }

  @Test
  void scoreEvents_errorsByRoot_attributeFalsePositivesToSystemRoot() {
    GoldDocument doc = doc("d1", gold("AAA", "BBB", "190"), gold("AAA", "BBB", "042"));
    EventScore s =
        score(doc, sys("d1", "1", "AAA", "BBB", "180", 0), sys("d1", "2", "AAA", "BBB", "042", 2));

    assertEquals(new Score(0, 0, 1), s.perRoot().get("19"));
    assertEquals(new Score(0, 1, 0), s.perRoot().get("18"));
    assertEquals(new Score(1, 0, 0), s.perRoot().get("04"));
  }

  @Test
  void scoreEvents_microAverage_sumsOverDocumentsAndIgnoresUnknownDocuments() {
    List<GoldDocument> gold =
        List.of(
            doc("d1", gold("AAA", "BBB", "042")),
            doc("d2", gold("AAA", "BBB", "042"), gold("CCC", "DDD", "190")));
    Map<String, List<SystemEvent>> system =
        Map.of(
            "d1", List.of(sys("d1", "1", "AAA", "BBB", "042", 0)),
            "zz", List.of(sys("zz", "1", "AAA", "BBB", "042", 0)));

    EventScore s = Evaluation.scoreEvents(gold, system);

    assertEquals(new Score(1, 0, 2), s.overall());
    assertEquals(2, s.documents());
    assertEquals(1.0 / 3, s.recall(), EPS);
  }

  @Test
  void firstEvents_severalEvents_takesEarliestTrigger() {
    SystemEvent late = sys("s1", "1", "AAA", "BBB", "190", 40);
    SystemEvent early = sys("s1", "2", "AAA", "BBB", "042", 3);

    Map<String, SystemEvent> first = Evaluation.firstEvents(Map.of("s1", List.of(late, early)));

    assertEquals(early, first.get("s1"));
    assertEquals("verbal_coop", Evaluation.quadLabel(early));
  }

  @Test
  void json_eventScore_hasRequiredKeysAndPerRootCounts() {
    EventScore s =
        score(doc("d1", gold("AAA", "BBB", "042")), sys("d1", "1", "AAA", "BBB", "190", 0));

    ObjectNode o = EvalReport.json("gold.jsonl", s);

    for (String key :
        List.of(
            "file",
            "task",
            "n",
            "precision",
            "recall",
            "f1",
            "code_agreement",
            "date_agreement",
            "mode_agreement",
            "cause_recall",
            "per_root")) {
      assertTrue(o.has(key), key);
    }
    assertEquals("events", o.get("task").asText());
    assertEquals(1, o.path("per_root").path("19").path("fp").asInt());
    assertEquals(1, o.path("per_root").path("04").path("fn").asInt());
  }

  @Test
  void errors_missedAndFalseEvents_areListedPerDocument() {
    EventScore s =
        score(doc("d1", gold("AAA", "BBB", "042")), sys("d1", "d1#7", "CCC", "BBB", "042", 0));

    String errors = EvalReport.errors(s);

    assertTrue(errors.contains("== d1"), errors);
    assertTrue(errors.contains("missed AAA -> BBB  042"), errors);
    assertTrue(errors.contains("A did B"), errors);
    assertTrue(errors.contains("false  CCC -> BBB  042"), errors);
    assertTrue(EvalReport.text("gold.jsonl", s).contains("all"));
  }

  static GoldDocument doc(String id, GoldEvent... events) {
    return new GoldDocument(
        "events", id, Optional.of(LocalDate.of(2020, 5, 1)), "", "", "", List.of(events));
  }

  static GoldEvent gold(String source, String target, String code) {
    return gold(source, target, code, null, "asserted", null);
  }

  static GoldEvent gold(
      String source,
      String target,
      String code,
      @Nullable String date,
      String mode,
      @Nullable Integer cause) {
    return new GoldEvent(source, target, code, date, mode, 0, "did", "A did B", cause);
  }

  static SystemEvent sys(
      String doc, String id, String source, String target, String code, int begin) {
    return new SystemEvent(doc, id, source, target, code, null, "asserted", null, 0, begin, "", "");
  }

  private static SystemEvent sysMode(
      String doc, String id, String source, String target, String code, String mode) {
    return new SystemEvent(doc, id, source, target, code, null, mode, null, 0, 0, "", "");
  }

  private static SystemEvent sysDate(
      String doc, String id, String source, String target, String code, @Nullable String date) {
    return new SystemEvent(doc, id, source, target, code, date, "asserted", null, 0, 0, "", "");
  }

  private static SystemEvent sysCause(
      String doc, String id, String source, String target, String code, String cause) {
    return new SystemEvent(doc, id, source, target, code, null, "asserted", cause, 0, 5, "", "");
  }

  private static EventScore score(GoldDocument doc, SystemEvent... events) {
    List<SystemEvent> list = new ArrayList<>(List.of(events));
    return Evaluation.scoreEvents(List.of(doc), Map.of(doc.id(), list));
  }
}
