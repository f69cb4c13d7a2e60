package org.annals.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.annals.events.EventDate;
import org.annals.nlp.ParsedSentence;
import org.annals.nlp.Sentences;
import org.junit.jupiter.api.Test;

class EventDaterTest {
  /** A Monday. */
  private static final Optional<LocalDate> PUB = Optional.of(LocalDate.of(2021, 10, 18));

  private static final ParsedSentence HISTORICAL =
      Sentences.sentence(
          0,
          0,
          "In/IN 2018/CD ,/, Moscow/NNP expelled/VBD/expel three/CD attaches/NNS/attache ./.",
          "root(ROOT-0, expelled-5)",
          "case(2018-2, In-1)",
          "obl:in(expelled-5, 2018-2)",
          "punct(expelled-5, ,-3)",
          "nsubj(expelled-5, Moscow-4)",
          "nummod(attaches-7, three-6)",
          "obj(expelled-5, attaches-7)",
          "punct(expelled-5, .-8)");

  private final EventDater dater = new EventDater(PUB, new ModeDetector());

  private Optional<EventDate> dateOf(ParsedSentence s, String trigger) {
    return dater.date(s, List.of(Sentences.at(s, trigger))).get(0);
  }

  private static ParsedSentence pastSentence(int index, String tokens, String verb) {
    String[] words = tokens.split(" ");
    int v = 0;
    while (!words[v].startsWith(verb + "/")) {
      v++;
    }
    return Sentences.sentence(
        index,
        0,
        tokens,
        "root(ROOT-0, " + verb + "-" + (v + 1) + ")",
        "nsubj(" + verb + "-" + (v + 1) + ", " + words[0].split("/")[0] + "-1)");
  }

  @Test
  void date_phraseAttachedToFartherEvent_goesToThatEventNotTheNearest() {
    // "in 2014" stands right before "cut" but modifies "invaded"; "on Thursday" modifies "cut"
    ParsedSentence s =
        Sentences.parse(
            "Ukraine/NNP ,/, which/WDT Russia/NNP invaded/VBD/invade in/IN 2014/CD ,/,"
                + " cut/VBD/cut ties/NNS/tie on/IN Thursday/NNP ./.",
            "root(ROOT-0, cut-9)",
            "nsubj(cut-9, Ukraine-1)",
            "punct(Ukraine-1, ,-2)",
            "acl:relcl(Ukraine-1, invaded-5)",
            "obj(invaded-5, which-3)",
            "nsubj(invaded-5, Russia-4)",
            "case(2014-7, in-6)",
            "obl:in(invaded-5, 2014-7)",
            "punct(Ukraine-1, ,-8)",
            "obj(cut-9, ties-10)",
            "case(Thursday-12, on-11)",
            "obl:on(cut-9, Thursday-12)",
            "punct(cut-9, .-13)");

    List<Optional<EventDate>> dates =
        dater.date(s, List.of(Sentences.at(s, "cut"), Sentences.at(s, "invaded")));

    assertEquals("2021-10-14", dates.get(0).orElseThrow().text());
    assertEquals("2014", dates.get(1).orElseThrow().text());
  }

  @Test
  void date_futureSentenceWeekday_isAfterPublication() {
    ParsedSentence s =
        Sentences.parse(
            "Minsk/NNP will/MD reopen/VB the/DT crossing/NN on/IN Thursday/NNP ./.",
            "root(ROOT-0, reopen-3)",
            "nsubj(reopen-3, Minsk-1)",
            "aux(reopen-3, will-2)",
            "det(crossing-5, the-4)",
            "obj(reopen-3, crossing-5)",
            "case(Thursday-7, on-6)",
            "obl:on(reopen-3, Thursday-7)",
            "punct(reopen-3, .-8)");

    assertEquals("2021-10-21", dateOf(s, "reopen").orElseThrow().text());
  }

  @Test
  void date_narrativeCarriesOverAndResetsOnPresentTense() {
    ParsedSentence daysLater =
        Sentences.sentence(
            1,
            0,
            "Days/NNS/day later/RB ,/, Tbilisi/NNP recalled/VBD/recall its/PRP$ ambassador/NN ./.",
            "root(ROOT-0, recalled-5)",
            "obl:tmod(recalled-5, Days-1)",
            "advmod(Days-1, later-2)",
            "punct(recalled-5, ,-3)",
            "nsubj(recalled-5, Tbilisi-4)",
            "nmod:poss(ambassador-7, its-6)",
            "obj(recalled-5, ambassador-7)",
            "punct(recalled-5, .-8)");
    ParsedSentence undatedPast =
        pastSentence(2, "Tbilisi/NNP also/RB closed/VBD/close the/DT consulate/NN ./.", "closed");
    ParsedSentence present =
        pastSentence(3, "Relations/NNS/relation remain/VBP/remain tense/JJ ./.", "remain");
    ParsedSentence laterPast =
        pastSentence(4, "Georgia/NNP summoned/VBD/summon the/DT envoy/NN ./.", "summoned");

    EventDate first = dateOf(HISTORICAL, "expelled").orElseThrow();
    EventDate second = dateOf(daysLater, "recalled").orElseThrow();
    EventDate third = dateOf(undatedPast, "closed").orElseThrow();
    dater.date(present, List.of());
    EventDate fifth = dateOf(laterPast, "summoned").orElseThrow();

    assertEquals("2018", first.text());
    assertEquals("explicit", first.source());
    assertEquals("2018", second.text());
    assertEquals("relative", second.source());
    assertEquals("2018", third.text());
    assertEquals("tense-inferred", third.source());
    assertEquals("2021-10-18", fifth.text());
    assertEquals("document", fifth.source());
  }

  @Test
  void date_undatedPresentTenseEvent_takesPublicationDateFromDocument() {
    ParsedSentence present =
        pastSentence(1, "Moscow/NNP denies/VBZ/deny the/DT charge/NN ./.", "denies");

    dateOf(HISTORICAL, "expelled");
    EventDate d = dateOf(present, "denies").orElseThrow();

    assertEquals("2021-10-18", d.text());
    assertEquals(EventDate.Precision.DAY, d.precision());
    assertEquals("document", d.source());
  }

  @Test
  void date_noPublicationDateAndNoPhrase_isEmpty() {
    EventDater undated = new EventDater(Optional.empty(), new ModeDetector());
    ParsedSentence s =
        pastSentence(0, "Georgia/NNP summoned/VBD/summon the/DT envoy/NN ./.", "summoned");

    assertEquals(Optional.empty(), undated.date(s, List.of(1)).get(0));
  }

  @Test
  void date_unparsedSentenceWithOneDate_givesItToTheTrigger() {
    ParsedSentence s =
        Sentences.tokensOnly("Baku/NNP protested/VBD/protest in/IN May/NNP 2020/CD ./.");

    assertEquals("2020-05", dater.date(s, List.of(1)).get(0).orElseThrow().text());
  }

  @Test
  void date_whenClauseDate_isTheDateOfTheEventItAnswers() {
    // pub is a Monday: "on Thursday" (past) is 2021-10-14
    ParsedSentence s =
        Sentences.parse(
            "Police/NNS/police arrested/VBD/arrest students/NNS/student when/WRB they/PRP"
                + " marched/VBD/march on/IN Thursday/NNP ./.",
            "root(ROOT-0, arrested-2)",
            "nsubj(arrested-2, Police-1)",
            "obj(arrested-2, students-3)",
            "advmod(marched-6, when-4)",
            "nsubj(marched-6, they-5)",
            "advcl(arrested-2, marched-6)",
            "case(Thursday-8, on-7)",
            "obl:on(marched-6, Thursday-8)",
            "punct(arrested-2, .-9)");

    assertEquals("2021-10-14", dateOf(s, "arrested").orElseThrow().text());
  }

  @Test
  void date_presentPerfectAfterHistoricalDate_isNotInThePast() {
    ParsedSentence perfect =
        Sentences.sentence(
            1,
            0,
            "Moscow/NNP has/VBZ/have expelled/VBN/expel two/CD envoys/NNS/envoy ./.",
            "root(ROOT-0, expelled-3)",
            "nsubj(expelled-3, Moscow-1)",
            "aux(expelled-3, has-2)",
            "nummod(envoys-5, two-4)",
            "obj(expelled-3, envoys-5)",
            "punct(expelled-3, .-6)");

    dateOf(HISTORICAL, "expelled");
    EventDate d = dateOf(perfect, "expelled").orElseThrow();

    assertEquals("2021-10-18", d.text());
    assertEquals("document", d.source());
  }

  @Test
  void date_pastDateInsidePresentSentence_doesNotMoveTheStoryIntoThePast() {
    // "The fighting breaks a truce agreed in 2019." then "Rebels shelled the town."
    ParsedSentence present =
        Sentences.sentence(
            0,
            0,
            "The/DT fighting/NN/fighting breaks/VBZ/break a/DT truce/NN/truce agreed/VBN/agree"
                + " in/IN 2019/CD ./.",
            "root(ROOT-0, breaks-3)",
            "det(fighting-2, The-1)",
            "nsubj(breaks-3, fighting-2)",
            "det(truce-5, a-4)",
            "obj(breaks-3, truce-5)",
            "acl(truce-5, agreed-6)",
            "case(2019-8, in-7)",
            "obl:in(agreed-6, 2019-8)",
            "punct(breaks-3, .-9)");
    ParsedSentence past =
        pastSentence(1, "Rebels/NNS/rebel shelled/VBD/shell the/DT town/NN ./.", "shelled");

    EventDate truce = dateOf(present, "agreed").orElseThrow();
    EventDate shelling = dateOf(past, "shelled").orElseThrow();

    assertEquals("2019", truce.text());
    assertEquals("2021-10-18", shelling.text());
  }

  @Test
  void date_onTheControlledVerb_datesTheTrigger() {
    ParsedSentence s =
        Sentences.parse(
            "Troops/NNS/troop fought/VBD/fight to/TO free/VB/free Mosul/NNP in/IN 2016/CD ./.",
            "root(ROOT-0, fought-2)",
            "nsubj(fought-2, Troops-1)",
            "mark(free-4, to-3)",
            "xcomp(fought-2, free-4)",
            "obj(free-4, Mosul-5)",
            "case(2016-7, in-6)",
            "obl:in(free-4, 2016-7)",
            "punct(fought-2, .-8)");

    assertEquals("2016", dateOf(s, "fought").orElseThrow().text());
  }

  @Test
  void date_ofAPhraseInsideTheTriggersParticiple_datesTheTrigger() {
    ParsedSentence s =
        Sentences.parse(
            "Peru/NNP recalled/VBD/recall the/DT invitation/NN/invitation made/VBN/make at/IN"
                + " a/DT summit/NN/summit in/IN 2016/CD ./.",
            "root(ROOT-0, recalled-2)",
            "nsubj(recalled-2, Peru-1)",
            "det(invitation-4, the-3)",
            "obj(recalled-2, invitation-4)",
            "acl(invitation-4, made-5)",
            "case(summit-8, at-6)",
            "det(summit-8, a-7)",
            "obl:at(made-5, summit-8)",
            "case(2016-10, in-9)",
            "nmod:in(summit-8, 2016-10)",
            "punct(recalled-2, .-11)");

    assertEquals("2016", dateOf(s, "invitation").orElseThrow().text());
  }

  @Test
  void date_untilAPhrase_isTheEndOfAWaitNotTheTimeOfTheAct() {
    ParsedSentence s =
        Sentences.parse(
            "Peru/NNP suspended/VBD/suspend talks/NNS/talk until/IN at/IN least/JJS"
                + " February/NNP ./.",
            "root(ROOT-0, suspended-2)",
            "nsubj(suspended-2, Peru-1)",
            "obj(suspended-2, talks-3)",
            "case(February-7, until-4)",
            "advmod(February-7, least-6)",
            "case(least-6, at-5)",
            "obl:until(suspended-2, February-7)",
            "punct(suspended-2, .-8)");

    assertEquals("2021-10-18", dateOf(s, "suspended").orElseThrow().text(),
        "the publication date, not last or next February");
  }
}
