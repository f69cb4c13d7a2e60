package org.annals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.actors.ActorMatch;
import org.annals.coding.Candidate;
import org.annals.coding.pattern.EventPattern;
import org.annals.coding.pattern.PatternLexicon;
import org.annals.events.ActorRef;
import org.annals.events.Event;
import org.annals.events.Mode;
import org.annals.ingest.Article;
import org.annals.nlp.FakeNlpPipeline;
import org.annals.nlp.ParsedSentence;
import org.annals.nlp.Sentences;
import org.junit.jupiter.api.Test;

class EventCoderTest {
  private static final PatternLexicon PATTERNS =
      PatternLexicon.of(
          List.of(
              new EventPattern("attack-v", "190", false, "attack", "", Set.of(), false,
                  List.of("obj"), "", ""),
              new EventPattern("expel-v", "174", false, "expel", "", Set.of(), false,
                  List.of("obj"), "", "")));

  private static final ParsedSentence ATTACK =
      Sentences.sentence(
          0,
          0,
          "In/IN 2018/CD ,/, Russia/NNP attacked/VBD/attack Ukraine/NNP ./.",
          "root(ROOT-0, attacked-5)",
          "case(2018-2, In-1)",
          "obl:in(attacked-5, 2018-2)",
          "punct(attacked-5, ,-3)",
          "nsubj(attacked-5, Russia-4)",
          "obj(attacked-5, Ukraine-6)",
          "punct(attacked-5, .-7)");
  private static final ParsedSentence EXPULSION =
      Sentences.sentence(
          1,
          0,
          "Days/NNS/day later/RB ,/, Ukraine/NNP expelled/VBD/expel Russian/JJ"
              + " diplomats/NNS/diplomat in/IN retaliation/NN ./.",
          "root(ROOT-0, expelled-5)",
          "obl:tmod(expelled-5, Days-1)",
          "advmod(Days-1, later-2)",
          "punct(expelled-5, ,-3)",
          "nsubj(expelled-5, Ukraine-4)",
          "amod(diplomats-7, Russian-6)",
          "obj(expelled-5, diplomats-7)",
          "case(retaliation-9, in-8)",
          "obl:in(expelled-5, retaliation-9)",
          "punct(expelled-5, .-10)");
  private static final ParsedSentence FILLER =
      Sentences.sentence(2, 0, "Nobody/NN gave/VBD/give figures/NNS/figure ./.");

  @Test
  void build_withoutNlp_throwsNamingIt() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> EventCoder.builder().build());

    assertTrue(e.getMessage().contains("NLP"), e.getMessage());
  }

  @Test
  void code_retaliationStory_datesModesAndLinksEvents() {
    assumeTrue(
        lexicon("countries.tsv") && lexicon("people.tsv") && lexicon("gazetteer.tsv"),
        "the actor lexicon files are not on the classpath yet");
    FakeNlpPipeline nlp = FakeNlpPipeline.of(ATTACK, EXPULSION, FILLER);
    EventCoder coder = EventCoder.builder().nlp(nlp).patterns(PATTERNS).build();
    String text = ATTACK.text() + " " + EXPULSION.text() + "\n\n" + FILLER.text();

    List<Event> events = coder.code(Article.of("story", LocalDate.of(2021, 10, 18), text));

    assertEquals(2, events.size(), () -> "events: " + events);
    Event attack = events.get(0);
    assertEquals("story#1", attack.id());
    assertEquals("RUS", attack.source().primary());
    assertEquals("UKR", attack.target().primary());
    assertEquals("190", attack.code().code());
    assertEquals("2018", attack.date().orElseThrow().text());
    assertEquals(Mode.ASSERTED, attack.mode());
    assertEquals("attacked", text.substring(attack.triggerBegin(), attack.triggerEnd()));
    Event expulsion = events.get(1);
    assertEquals("story#2", expulsion.id());
    assertEquals("UKR", expulsion.source().primary());
    assertEquals("RUS", expulsion.target().primary());
    assertEquals("174", expulsion.code().code());
    assertEquals("2018", expulsion.date().orElseThrow().text());
    assertEquals(Optional.of("story#1"), expulsion.cause());
    assertEquals("expelled", text.substring(expulsion.triggerBegin(), expulsion.triggerEnd()));
    assertEquals(List.of(ATTACK.text(), EXPULSION.text()), nlp.parsedTexts());
  }

  @Test
  void code_nounTellingAnAttackAgain_isOneEventWhereAnIndefiniteNounIsAnother() {
    PatternLexicon lex = PatternLexicon.of(List.of(
        new EventPattern("attack-v", "190", false, "attack", "", Set.of(), false,
            List.of("obj"), "", ""),
        new EventPattern("attack-n", "190", true, "attack", "", Set.of(), false,
            List.of("nmod:on"), "", "")));
    EventCoder coder = EventCoder.builder().nlp(FakeNlpPipeline.of(ATTACK,
        attackNoun(1, "the"), attackNoun(2, "a"))).patterns(lex).build();
    String text = ATTACK.text() + " " + attackNoun(1, "the").text() + " "
        + attackNoun(2, "a").text();

    List<Event> events = coder.code(Article.of("s", LocalDate.of(2021, 10, 18), text));

    assertEquals(2, events.size(), () -> "events: " + events);
    assertEquals(text.indexOf("attacked"), events.get(0).triggerBegin());
    assertEquals(text.lastIndexOf("attack"), events.get(1).triggerBegin());
  }

  /** "Russia's (a|the) attack on Ukraine ended.", sentence {@code index}. */
  private static ParsedSentence attackNoun(int index, String det) {
    return Sentences.sentence(index, 0,
        det + "/DT Russian/JJ/russian attack/NN on/IN Ukraine/NNP ended/VBD/end ./.",
        "root(ROOT-0, ended-6)",
        "det(attack-3, " + det + "-1)",
        "amod(attack-3, Russian-2)",
        "nsubj(ended-6, attack-3)",
        "case(Ukraine-5, on-4)",
        "nmod:on(attack-3, Ukraine-5)",
        "punct(ended-6, .-7)");
  }

  @Test
  void code_rejectionOfTheOtherSidesEarlierAct_isCausedByIt() {
    PatternLexicon lex = PatternLexicon.of(List.of(
        new EventPattern("propose-v", "036", false, "propose", "", Set.of(), false,
            List.of("obl:to"), "", ""),
        new EventPattern("reject-v", "125", false, "reject", "", Set.of(), false,
            List.of("obj"), "", "")));
    ParsedSentence proposal = Sentences.sentence(0, 0,
        "Chile/NNP proposed/VBD/propose talks/NNS/talk to/IN Peru/NNP ./.",
        "root(ROOT-0, proposed-2)",
        "nsubj(proposed-2, Chile-1)",
        "obj(proposed-2, talks-3)",
        "case(Peru-5, to-4)",
        "obl:to(proposed-2, Peru-5)",
        "punct(proposed-2, .-6)");
    ParsedSentence rejection = Sentences.sentence(1, 0,
        "Peru/NNP rejected/VBD/reject Chile/NNP ./.",
        "root(ROOT-0, rejected-2)",
        "nsubj(rejected-2, Peru-1)",
        "obj(rejected-2, Chile-3)",
        "punct(rejected-2, .-4)");
    EventCoder coder = EventCoder.builder().nlp(FakeNlpPipeline.of(proposal, rejection))
        .patterns(lex).build();

    List<Event> events = coder.code(Article.of("s", LocalDate.of(2021, 10, 18),
        proposal.text() + " " + rejection.text()));

    assertEquals(2, events.size(), () -> "events: " + events);
    assertEquals(Optional.empty(), events.get(0).cause());
    assertEquals(Optional.of(events.get(0).id()), events.get(1).cause());
  }

  @Test
  void code_unknownNameAfterACountrysTitle_holdsThatTitleInTheArticle() {
    ParsedSentence first = Sentences.sentence(0, 0,
        "Kenyan/JJ President/NNP Amani/NNP Wekesa/NNP attacked/VBD/attack Uganda/NNP ./.",
        "root(ROOT-0, attacked-5)",
        "amod(Wekesa-4, Kenyan-1)",
        "compound(Wekesa-4, President-2)",
        "compound(Wekesa-4, Amani-3)",
        "nsubj(attacked-5, Wekesa-4)",
        "obj(attacked-5, Uganda-6)",
        "punct(attacked-5, .-7)");
    ParsedSentence later = Sentences.sentence(1, 0,
        "Wekesa/NNP attacked/VBD/attack Tanzania/NNP ./.",
        "root(ROOT-0, attacked-2)",
        "nsubj(attacked-2, Wekesa-1)",
        "obj(attacked-2, Tanzania-3)",
        "punct(attacked-2, .-4)");
    EventCoder coder = EventCoder.builder().nlp(FakeNlpPipeline.of(first, later))
        .patterns(PATTERNS).build();

    List<Event> events = coder.code(Article.of("s", LocalDate.of(2021, 10, 18),
        first.text() + " " + later.text()));

    assertEquals(List.of("KENGOV>UGA", "KENGOV>TZA"), events.stream()
        .map(e -> e.source().code() + ">" + e.target().code()).toList());
  }

  @Test
  void riot_unarmedSectorAgainstItsOwnForces_isARiotNotABattle() {
    assertTrue(EventCoder.riot("KORCVL", "KORCOP"));
    assertTrue(EventCoder.riot("ESPLAB", "ESPCOP"));
    assertTrue(!EventCoder.riot("SYRREB", "SYRMIL"), "rebels fight");
    assertTrue(!EventCoder.riot("KORCOP", "KORCVL"), "police on civilians is a crackdown");
    assertTrue(!EventCoder.riot("UKRCVL", "RUSMIL"), "another country's troops");
  }

  @Test
  void civilDeparture_onlyForcesLeavingACountryWithdraw() {
    ParsedSentence s = Sentences.parse("troops/NNS/troop left/VBD/leave Peru/NNP ./.",
        "root(ROOT-0, left-2)", "nsubj(left-2, troops-1)", "obj(left-2, Peru-3)",
        "punct(left-2, .-4)");
    EventPattern leave = new EventPattern("leave-v", "0874", false, "leave", "", Set.of(),
        false, List.of("obj"), "", "");
    java.util.function.BiFunction<String, String, org.annals.coding.Candidate> left =
        (from, to) -> new org.annals.coding.Candidate(s, 1, leave,
            new org.annals.actors.ActorMatch(from, 0, 1, "test"),
            new org.annals.actors.ActorMatch(to, 2, 3, "test"), 0, 2, "test");

    assertTrue(!EventCoder.civilDeparture(left.apply("CHLMIL", "PER")), "troops withdraw");
    assertTrue(EventCoder.civilDeparture(left.apply("CHLGOV", "PER")), "a minister travels");
    assertTrue(EventCoder.civilDeparture(left.apply("CHLMIL", "PERGOV")), "left Lima");
  }

  @Test
  void sameHappening_talksAndAMeetingOfOneDayEitherWayRound_areOne() {
    ParsedSentence talks = Sentences.sentence(0, 0,
        "Chile/NNP began/VBD/begin talks/NNS/talk with/IN Peru/NNP ./.",
        "root(ROOT-0, began-2)", "nsubj(began-2, Chile-1)", "obj(began-2, talks-3)",
        "case(Peru-5, with-4)", "nmod:with(talks-3, Peru-5)", "punct(began-2, .-6)");
    ParsedSentence met = Sentences.sentence(1, 40, "Peru/NNP met/VBD/meet Chile/NNP ./.",
        "root(ROOT-0, met-2)", "nsubj(met-2, Peru-1)", "obj(met-2, Chile-3)",
        "punct(met-2, .-4)");
    EventPattern talk = new EventPattern("talk-n", "046", true, "talk", "", Set.of(), false,
        List.of("nmod:with"), "", "");
    EventPattern meet = new EventPattern("meet-v", "040", false, "meet", "", Set.of(), false,
        List.of("obj"), "", "");
    java.util.function.Function<String, Optional<org.annals.events.EventDate>> day =
        d -> Optional.of(new org.annals.events.EventDate(LocalDate.parse(d),
            org.annals.events.EventDate.Precision.DAY, "test"));
    EventCoder.Draft first = new EventCoder.Draft(new org.annals.coding.Candidate(talks, 2,
        talk, new org.annals.actors.ActorMatch("CHLGOV", 0, 1, "test"),
        new org.annals.actors.ActorMatch("PERGOV", 4, 5, "test"), 0, 4, "test"),
        day.apply("2024-03-01"), Mode.ASSERTED);
    java.util.function.Function<String, EventCoder.Draft> meeting = d -> new EventCoder.Draft(
        new org.annals.coding.Candidate(met, 1, meet,
            new org.annals.actors.ActorMatch("PERGOV", 0, 1, "test"),
            new org.annals.actors.ActorMatch("CHLGOV", 2, 3, "test"), 0, 2, "test"),
        day.apply(d), Mode.ASSERTED);

    assertTrue(EventLinker.sameHappening(first, meeting.apply("2024-03-01")));
    assertTrue(!EventLinker.sameHappening(first, meeting.apply("2024-03-05")), "another day");
  }

  private static boolean lexicon(String name) {
    return EventCoderTest.class.getResource("/lexicon/" + name) != null;
  }
  @Test
  void code_sportPage_codesNoViolence() {
    assumeTrue(lexicon("countries.tsv") && lexicon("sport.tsv"), "lexicon files missing");
    ParsedSentence game = Sentences.sentence(1, 0,
        "The/DT striker/NN scored/VBD/score two/CD goals/NNS/goal in/IN the/DT cup/NN"
            + " match/NN ;/: the/DT coach/NN praised/VBD/praise the/DT striker/NN ./.");
    FakeNlpPipeline sport = FakeNlpPipeline.of(ATTACK, game);
    FakeNlpPipeline news = FakeNlpPipeline.of(ATTACK, FILLER);
    EventCoder sportCoder = EventCoder.builder().nlp(sport).patterns(PATTERNS).build();
    EventCoder newsCoder = EventCoder.builder().nlp(news).patterns(PATTERNS).build();

    assertTrue(sportCoder.code(Article.of("game", LocalDate.of(2021, 10, 18),
        ATTACK.text() + " " + game.text())).isEmpty(), "six sport words: a game, no attack");
    assertEquals(1, newsCoder.code(Article.of("news", LocalDate.of(2021, 10, 18),
        ATTACK.text() + " " + FILLER.text())).size());
  }
  @Test
  void code_sportPage_codesNoMeetingOfTeams() {
    assumeTrue(lexicon("countries.tsv") && lexicon("sport.tsv"), "lexicon files missing");
    ParsedSentence meet = Sentences.sentence(0, 0,
        "Chile/NNP will/MD meet/VB Peru/NNP ./.",
        "root(ROOT-0, meet-3)",
        "nsubj(meet-3, Chile-1)",
        "aux(meet-3, will-2)",
        "obj(meet-3, Peru-4)",
        "punct(meet-3, .-5)");
    ParsedSentence game = Sentences.sentence(1, meet.text().length() + 1,
        "The/DT striker/NN scored/VBD/score two/CD goals/NNS/goal in/IN the/DT cup/NN"
            + " match/NN ;/: the/DT coach/NN praised/VBD/praise the/DT striker/NN ./.");
    PatternLexicon meeting = PatternLexicon.of(List.of(new EventPattern("meet-v", "040", false,
        "meet", "", Set.of(), false, List.of("obj"), "", "")));

    assertTrue(EventCoder.builder().nlp(FakeNlpPipeline.of(meet, game)).patterns(meeting).build()
        .code(Article.of("game", LocalDate.of(2021, 10, 18), meet.text() + " " + game.text()))
        .isEmpty(), "two teams meet on a sport page");
    assertEquals(1, EventCoder.builder().nlp(FakeNlpPipeline.of(meet)).patterns(meeting).build()
        .code(Article.of("news", LocalDate.of(2021, 10, 18), meet.text())).size());
    assertTrue(EventCoder.teamOrReferee("GBR") && EventCoder.teamOrReferee("IRLJUD")
        && !EventCoder.teamOrReferee("GBRGOV"));
  }

  @Test
  void code_violenceByAnAidGroup_isNoEvent() {
    assumeTrue(lexicon("countries.tsv") && lexicon("orgs.tsv"), "lexicon files missing");
    ParsedSentence redCross = Sentences.sentence(0, 0,
        "The/DT Red/NNP Cross/NNP attacked/VBD/attack Ukraine/NNP ./.",
        "root(ROOT-0, attacked-4)",
        "det(Cross-3, The-1)",
        "compound(Cross-3, Red-2)",
        "nsubj(attacked-4, Cross-3)",
        "obj(attacked-4, Ukraine-5)",
        "punct(attacked-4, .-6)");
    EventCoder coder = EventCoder.builder().nlp(FakeNlpPipeline.of(redCross))
        .patterns(PATTERNS).build();

    assertTrue(coder.code(Article.of("aid", LocalDate.of(2021, 10, 18), redCross.text()))
        .isEmpty());
    assertTrue(EventCoder.unarmed("NGOHLHIRC") && EventCoder.unarmed("UKRMED"));
    assertTrue(!EventCoder.unarmed("RUSMIL") && !EventCoder.unarmed("UKRREB"));
  }

  @Test
  void code_destroyingAnArmy_isAnAttackWhereDestroyingPropertyIsNot() {
    assumeTrue(lexicon("countries.tsv") && lexicon("agents.tsv"), "lexicon files missing");
    ParsedSentence army = Sentences.sentence(0, 0,
        "Chile/NNP destroyed/VBD/destroy the/DT Peruvian/JJ army/NN/army ./.",
        "root(ROOT-0, destroyed-2)",
        "nsubj(destroyed-2, Chile-1)",
        "det(army-5, the-3)",
        "amod(army-5, Peruvian-4)",
        "obj(destroyed-2, army-5)",
        "punct(destroyed-2, .-6)");
    ParsedSentence media = Sentences.sentence(0, 0,
        "Chile/NNP destroyed/VBD/destroy the/DT Peruvian/JJ newspaper/NN/newspaper ./.",
        "root(ROOT-0, destroyed-2)",
        "nsubj(destroyed-2, Chile-1)",
        "det(newspaper-5, the-3)",
        "amod(newspaper-5, Peruvian-4)",
        "obj(destroyed-2, newspaper-5)",
        "punct(destroyed-2, .-6)");
    PatternLexicon destroy = PatternLexicon.of(List.of(new EventPattern("destroy-v", "1712",
        false, "destroy", "", Set.of(), false, List.of("obj"), "", "")));

    List<String> codes = new ArrayList<>();
    for (ParsedSentence s : List.of(army, media)) {
      EventCoder.builder().nlp(FakeNlpPipeline.of(s)).patterns(destroy).build()
          .code(Article.of("d", LocalDate.of(2021, 10, 18), s.text()))
          .forEach(e -> codes.add(e.source().code() + " " + e.code().code() + " "
              + e.target().code()));
    }

    assertEquals(List.of("CHL 190 PERMIL", "CHL 1712 PERMED"), codes);
  }

  @Test
  void code_backingRebels_isAidToTheirFightWhereBackingAStateIsSupport() {
    assumeTrue(lexicon("countries.tsv") && lexicon("agents.tsv"), "lexicon files missing");
    ParsedSentence rebels = Sentences.sentence(0, 0,
        "Chile/NNP supported/VBD/support Peruvian/JJ rebels/NNS/rebel ./.",
        "root(ROOT-0, supported-2)",
        "nsubj(supported-2, Chile-1)",
        "amod(rebels-4, Peruvian-3)",
        "obj(supported-2, rebels-4)",
        "punct(supported-2, .-5)");
    ParsedSentence state = Sentences.sentence(0, 0,
        "Chile/NNP supported/VBD/support Peru/NNP ./.",
        "root(ROOT-0, supported-2)",
        "nsubj(supported-2, Chile-1)",
        "obj(supported-2, Peru-3)",
        "punct(supported-2, .-4)");
    ParsedSentence praised = Sentences.sentence(0, 0,
        "Chile/NNP praised/VBD/praise Peruvian/JJ rebels/NNS/rebel ./.",
        "root(ROOT-0, praised-2)",
        "nsubj(praised-2, Chile-1)",
        "amod(rebels-4, Peruvian-3)",
        "obj(praised-2, rebels-4)",
        "punct(praised-2, .-5)");
    PatternLexicon support = PatternLexicon.of(List.of(new EventPattern("support-v", "051",
        false, "support", "", Set.of(), false, List.of("obj"), "", ""),
        new EventPattern("praise-v", "051", false, "praise", "", Set.of(), false,
            List.of("obj"), "", "")));

    List<Event> aid = EventCoder.builder().nlp(FakeNlpPipeline.of(rebels)).patterns(support)
        .build().code(Article.of("aid", LocalDate.of(2021, 10, 18), rebels.text()));
    List<Event> praise = EventCoder.builder().nlp(FakeNlpPipeline.of(state)).patterns(support)
        .build().code(Article.of("praise", LocalDate.of(2021, 10, 18), state.text()));

    assertEquals(List.of("CHL 070 PERREB"), aid.stream()
        .map(e -> e.source().code() + " " + e.code().code() + " " + e.target().code()).toList());
    assertEquals(List.of("CHL 051 PER"), praise.stream()
        .map(e -> e.source().code() + " " + e.code().code() + " " + e.target().code()).toList());
    List<Event> praise2 = EventCoder.builder().nlp(FakeNlpPipeline.of(praised)).patterns(support)
        .build().code(Article.of("praised", LocalDate.of(2021, 10, 18), praised.text()));
    assertEquals(List.of("CHL 051 PERREB"), praise2.stream()
        .map(e -> e.source().code() + " " + e.code().code() + " " + e.target().code()).toList(),
        "praise of rebels is praise");
    assertTrue(EventCoder.armedGroup("IMGMUSISI") && !EventCoder.armedGroup("SYRMIL"));
  }

  @Test
  void code_attackWithAReason_isCriticismWhereAttackOverAWeekendIsForce() {
    assumeTrue(lexicon("countries.tsv") && lexicon("cameo.tsv"), "lexicon files missing");
    List<String> out = new java.util.ArrayList<>();
    for (String over : List.of("tariffs/NNS/tariff", "the/DT weekend/NN/weekend")) {
      String noun = over.substring(over.lastIndexOf(' ') + 1, over.indexOf('/',
          over.lastIndexOf(' ') + 1));
      int at = over.contains(" ") ? 6 : 5;
      ParsedSentence s = Sentences.sentence(0, 0,
          "Chile/NNP attacked/VBD/attack Peru/NNP over/IN " + over + " ./.",
          "root(ROOT-0, attacked-2)",
          "nsubj(attacked-2, Chile-1)",
          "obj(attacked-2, Peru-3)",
          "case(" + noun + "-" + at + ", over-4)",
          "obl:over(attacked-2, " + noun + "-" + at + ")",
          "punct(attacked-2, .-" + (at + 1) + ")");
      EventCoder coder = EventCoder.builder().nlp(FakeNlpPipeline.of(s)).patterns(PATTERNS)
          .build();
      coder.code(Article.of("attack", LocalDate.of(2021, 10, 18), s.text()))
          .forEach(e -> out.add(e.code().code()));
    }

    assertEquals(List.of("111", "190"), out);
  }

  @Test
  void code_attackOnWhatWasSaid_isCriticismWhereAttackOnPositionsIsForce() {
    assumeTrue(lexicon("countries.tsv") && lexicon("cameo.tsv"), "lexicon files missing");
    List<String> out = new java.util.ArrayList<>();
    for (String thing : List.of("remarks/NNS/remark", "positions/NNS/position")) {
      String word = thing.substring(0, thing.indexOf('/'));
      ParsedSentence s = Sentences.sentence(0, 0,
          "Chile/NNP attacked/VBD/attack Peruvian/JJ " + thing + " ./.",
          "root(ROOT-0, attacked-2)",
          "nsubj(attacked-2, Chile-1)",
          "amod(" + word + "-4, Peruvian-3)",
          "obj(attacked-2, " + word + "-4)",
          "punct(attacked-2, .-5)");
      EventCoder coder = EventCoder.builder().nlp(FakeNlpPipeline.of(s)).patterns(
          PatternLexicon.of(List.of(new EventPattern("attack-v", "190", false, "attack", "",
              Set.of(), false, List.of("*obj"), "", "")))).build();
      coder.code(Article.of("attack", LocalDate.of(2021, 10, 18), s.text()))
          .forEach(e -> out.add(e.code().code()));
    }

    assertEquals(List.of("111", "190"), out);
  }

  @Test
  void code_blowsOfMoneyAndLaw_areSanctionsAndAccusationsNotForceOrArrests() {
    assumeTrue(lexicon("countries.tsv") && lexicon("agents.tsv"), "lexicon files missing");
    ParsedSentence taxed = Sentences.sentence(0, 0,
        "Chile/NNP hit/VBD/hit Peru/NNP with/IN tariffs/NNS/tariff ./.",
        "root(ROOT-0, hit-2)",
        "nsubj(hit-2, Chile-1)",
        "obj(hit-2, Peru-3)",
        "case(tariffs-5, with-4)",
        "obl:with(hit-2, tariffs-5)",
        "punct(hit-2, .-6)");
    ParsedSentence bombed = Sentences.sentence(0, 0,
        "Chile/NNP hit/VBD/hit Peru/NNP with/IN missiles/NNS/missile ./.",
        "root(ROOT-0, hit-2)",
        "nsubj(hit-2, Chile-1)",
        "obj(hit-2, Peru-3)",
        "case(missiles-5, with-4)",
        "obl:with(missiles-5, with-4)",
        "obl:with(hit-2, missiles-5)",
        "punct(hit-2, .-6)");
    ParsedSentence accused = Sentences.sentence(0, 0,
        "The/DT Chilean/JJ opposition/NN/opposition charged/VBD/charge the/DT government/NN"
            + "/government with/IN ineptitude/NN/ineptitude ./.",
        "root(ROOT-0, charged-4)",
        "det(opposition-3, The-1)",
        "amod(opposition-3, Chilean-2)",
        "nsubj(charged-4, opposition-3)",
        "det(government-6, the-5)",
        "obj(charged-4, government-6)",
        "case(ineptitude-8, with-7)",
        "obl:with(charged-4, ineptitude-8)",
        "punct(charged-4, .-9)");
    ParsedSentence indicted = Sentences.sentence(0, 0,
        "Chile/NNP charged/VBD/charge Peruvian/JJ rebels/NNS/rebel ./.",
        "root(ROOT-0, charged-2)",
        "nsubj(charged-2, Chile-1)",
        "amod(rebels-4, Peruvian-3)",
        "obj(charged-2, rebels-4)",
        "punct(charged-2, .-5)");
    PatternLexicon lex = PatternLexicon.of(List.of(
        new EventPattern("hit-v", "190", false, "hit", "", Set.of(), false, List.of("obj"), "",
            ""),
        new EventPattern("charge-v", "173", false, "charge", "", Set.of(), false,
            List.of("obj"), "", "")));

    List<String> codes = new ArrayList<>();
    for (ParsedSentence s : List.of(taxed, bombed, accused, indicted)) {
      EventCoder.builder().nlp(FakeNlpPipeline.of(s)).patterns(lex).build()
          .code(Article.of("b", LocalDate.of(2021, 10, 18), s.text()))
          .forEach(e -> codes.add(e.code().code()));
    }

    assertEquals(List.of("163", "190", "112", "173"), codes);
  }

  @Test
  void code_backingAnActorsOverthrow_isNoSupportOfIt() {
    assumeTrue(lexicon("countries.tsv"), "lexicon files missing");
    ParsedSentence s = Sentences.sentence(0, 0,
        "Chile/NNP backed/VBD/back Peru/NNP 's/POS overthrow/NN/overthrow ./.",
        "root(ROOT-0, backed-2)",
        "nsubj(backed-2, Chile-1)",
        "nmod:poss(overthrow-5, Peru-3)",
        "case(Peru-3, 's-4)",
        "obj(backed-2, overthrow-5)",
        "punct(backed-2, .-6)");
    PatternLexicon back = PatternLexicon.of(List.of(new EventPattern("back-v", "051", false,
        "back", "", Set.of(), false, List.of("obj.nmod:poss", "obj"), "", "")));

    assertTrue(EventCoder.builder().nlp(FakeNlpPipeline.of(s)).patterns(back).build()
        .code(Article.of("o", LocalDate.of(2021, 10, 18), s.text())).isEmpty());
  }

  @Test
  void code_verballyAttacked_isCriticism() {
    assumeTrue(lexicon("countries.tsv") && lexicon("cameo.tsv"), "lexicon files missing");
    ParsedSentence s = Sentences.sentence(0, 0,
        "Chile/NNP verbally/RB attacked/VBD/attack Peru/NNP ./.",
        "root(ROOT-0, attacked-3)",
        "nsubj(attacked-3, Chile-1)",
        "advmod(attacked-3, verbally-2)",
        "obj(attacked-3, Peru-4)",
        "punct(attacked-3, .-5)");

    assertEquals(List.of("111"), EventCoder.builder().nlp(FakeNlpPipeline.of(s))
        .patterns(PATTERNS).build().code(Article.of("v", LocalDate.of(2021, 10, 18), s.text()))
        .stream().map(e -> e.code().code()).toList());
  }

  @Test
  void code_unarmedEndingTheirStrike_easeDissentWhereTroopsDeescalate() {
    assumeTrue(lexicon("countries.tsv") && lexicon("agents.tsv"), "lexicon files missing");
    List<String> codes = new ArrayList<>();
    for (String who : List.of("students/NNS/student", "troops/NNS/troop")) {
      String word = who.substring(0, who.indexOf('/'));
      ParsedSentence s = Sentences.sentence(0, 0,
          "Chilean/JJ " + who + " ended/VBD/end the/DT strike/NN/strike against/IN Peru/NNP ./.",
          "root(ROOT-0, ended-3)",
          "amod(" + word + "-2, Chilean-1)",
          "nsubj(ended-3, " + word + "-2)",
          "det(strike-5, the-4)",
          "obj(ended-3, strike-5)",
          "case(Peru-7, against-6)",
          "nmod:against(strike-5, Peru-7)",
          "punct(ended-3, .-8)");
      PatternLexicon end = PatternLexicon.of(List.of(new EventPattern("end-v", "087", false,
          "end", "", Set.of("strike"), false, List.of("obj.nmod:against"), "", "")));
      EventCoder.builder().nlp(FakeNlpPipeline.of(s)).patterns(end).build()
          .code(Article.of("e", LocalDate.of(2021, 10, 18), s.text()))
          .forEach(e -> codes.add(e.source().code() + " " + e.code().code()));
    }

    assertEquals(List.of("CHLEDU 082", "CHLMIL 087"), codes);
  }

  @Test
  void code_surnameOfSomeoneElseInTheLexicon_isThePersonTheArticleNamed() {
    assumeTrue(lexicon("countries.tsv") && lexicon("people.tsv"), "lexicon files missing");
    ParsedSentence full = Sentences.sentence(0, 0,
        "Michael/NNP Howard/NNP criticised/VBD/criticise Peru/NNP ./.",
        "root(ROOT-0, criticised-3)",
        "compound(Howard-2, Michael-1)",
        "nsubj(criticised-3, Howard-2)",
        "obj(criticised-3, Peru-4)",
        "punct(criticised-3, .-5)");
    ParsedSentence surname = Sentences.sentence(1, full.text().length() + 1,
        "Howard/NNP criticised/VBD/criticise Chile/NNP ./.",
        "root(ROOT-0, criticised-2)",
        "nsubj(criticised-2, Howard-1)",
        "obj(criticised-2, Chile-3)",
        "punct(criticised-2, .-4)");
    PatternLexicon criticise = PatternLexicon.of(List.of(new EventPattern("criticise-v", "111",
        false, "criticise", "", Set.of(), false, List.of("obj"), "", "")));
    EventCoder coder = EventCoder.builder().nlp(FakeNlpPipeline.of(full, surname))
        .patterns(criticise).build();

    List<Event> out = coder.code(Article.of("howard", LocalDate.of(2005, 3, 1),
        full.text() + " " + surname.text()));

    assertEquals(List.of("GBROPP>PER", "GBROPP>CHL"), out.stream()
        .map(e -> e.source().code() + ">" + e.target().code()).toList(),
        "Howard is Michael Howard here, not the Australian prime minister of the lexicon");
  }

  @Test
  void code_surnameOfSomeoneTheLexiconDoesNotKnow_isNotTheLexiconsNamesake() {
    assumeTrue(lexicon("countries.tsv") && lexicon("people.tsv"), "lexicon files missing");
    ParsedSentence full = Sentences.sentence(0, 0,
        "Jack/NNP Howard/NNP spoke/VBD/speak ./.",
        "root(ROOT-0, spoke-3)",
        "compound(Howard-2, Jack-1)",
        "nsubj(spoke-3, Howard-2)",
        "punct(spoke-3, .-4)");
    ParsedSentence surname = Sentences.sentence(1, full.text().length() + 1,
        "Mr/NNP Howard/NNP criticised/VBD/criticise Chile/NNP ./.",
        "root(ROOT-0, criticised-3)",
        "compound(Howard-2, Mr-1)",
        "nsubj(criticised-3, Howard-2)",
        "obj(criticised-3, Chile-4)",
        "punct(criticised-3, .-5)");
    PatternLexicon criticise = PatternLexicon.of(List.of(new EventPattern("criticise-v", "111",
        false, "criticise", "", Set.of(), false, List.of("obj"), "", "")));
    LocalDate day = LocalDate.of(2005, 3, 1);

    assertEquals(List.of("AUSGOV>CHL"), EventCoder.builder().nlp(FakeNlpPipeline.of(surname))
        .patterns(criticise).build().code(Article.of("alone", day, surname.text())).stream()
        .map(e -> e.source().code() + ">" + e.target().code()).toList(),
        "alone, Mr Howard is the lexicon's");
    assertTrue(EventCoder.builder().nlp(FakeNlpPipeline.of(full, surname)).patterns(criticise)
        .build().code(Article.of("jack", day, full.text() + " " + surname.text())).isEmpty(),
        "after Jack Howard, Mr Howard is Jack Howard, whom the lexicon does not know");
  }

  @Test
  void code_refusedToMeet_isOneRefusalOfAMeetingAsserted() {
    assumeTrue(lexicon("countries.tsv") && lexicon("cameo.tsv"), "lexicon files missing");
    ParsedSentence s = Sentences.sentence(0, 0,
        "Peru/NNP refused/VBD/refuse to/TO meet/VB/meet Chile/NNP ./.",
        "root(ROOT-0, refused-2)",
        "nsubj(refused-2, Peru-1)",
        "mark(meet-4, to-3)",
        "xcomp(refused-2, meet-4)",
        "obj(meet-4, Chile-5)",
        "punct(refused-2, .-6)");
    PatternLexicon lex = PatternLexicon.of(List.of(
        new EventPattern("refuse-v", "120", false, "refuse", "", Set.of(), false,
            List.of("xcomp.obj", "obj"), "", ""),
        new EventPattern("meet-v", "040", false, "meet", "", Set.of(), false, List.of("obj"),
            "", "")));

    List<Event> out = EventCoder.builder().nlp(FakeNlpPipeline.of(s)).patterns(lex).build()
        .code(Article.of("refusal", LocalDate.of(2021, 10, 18), s.text()));

    assertEquals(List.of("PER 125 CHL asserted"), out.stream().map(e -> e.source().code() + " "
        + e.code().code() + " " + e.target().code() + " " + e.mode().label()).toList(),
        "GUIDELINE: 'refused to meet' is the refusal, asserted, not a negated meeting");
  }

  @Test
  void code_failedToReachAgreement_isARejectionWhereAFailureToSendAidIsNot() {
    assumeTrue(lexicon("countries.tsv") && lexicon("cameo.tsv"), "lexicon files missing");
    ParsedSentence agree = Sentences.sentence(0, 0,
        "Peru/NNP failed/VBD/fail to/TO reach/VB/reach agreement/NN with/IN Chile/NNP ./.",
        "root(ROOT-0, failed-2)", "nsubj(failed-2, Peru-1)", "mark(reach-4, to-3)",
        "xcomp(failed-2, reach-4)", "obj(reach-4, agreement-5)", "case(Chile-7, with-6)",
        "obl:with(reach-4, Chile-7)", "punct(failed-2, .-8)");
    ParsedSentence aid = Sentences.sentence(0, 0,
        "Peru/NNP failed/VBD/fail to/TO send/VB/send aid/NN to/TO Chile/NNP ./.",
        "root(ROOT-0, failed-2)", "nsubj(failed-2, Peru-1)", "mark(send-4, to-3)",
        "xcomp(failed-2, send-4)", "obj(send-4, aid-5)", "case(Chile-7, to-6)",
        "obl:to(send-4, Chile-7)", "punct(failed-2, .-8)");
    PatternLexicon lex = PatternLexicon.of(List.of(
        new EventPattern("reach-v", "057", false, "reach", "", Set.of("agreement"), false,
            List.of("obl:with"), "", ""),
        new EventPattern("send-v", "070", false, "send", "", Set.of("aid"), false,
            List.of("obl:to"), "", "")));
    LocalDate day = LocalDate.of(2021, 10, 18);

    List<Event> rejected = EventCoder.builder().nlp(FakeNlpPipeline.of(agree)).patterns(lex)
        .build().code(Article.of("agree", day, agree.text()));
    List<Event> unsent = EventCoder.builder().nlp(FakeNlpPipeline.of(aid)).patterns(lex)
        .build().code(Article.of("aid", day, aid.text()));

    assertEquals(List.of("PER 127 CHL asserted"), rejected.stream().map(e -> e.source().code()
        + " " + e.code().code() + " " + e.target().code() + " " + e.mode().label()).toList(),
        "sides that failed to agree rejected each other's terms");
    assertEquals(List.of("PER 070 CHL negated"), unsent.stream().map(e -> e.source().code()
        + " " + e.code().code() + " " + e.target().code() + " " + e.mode().label()).toList(),
        "aid not sent was not refused");
  }

  @Test
  void code_citizensTravellingToACountry_visitNoOne() {
    assumeTrue(lexicon("countries.tsv") && lexicon("agents.tsv"), "lexicon files missing");
    PatternLexicon travel = PatternLexicon.of(List.of(new EventPattern("travel-v", "042",
        false, "travel", "", Set.of(), false, List.of("obl:to"), "", "")));
    List<String> out = new java.util.ArrayList<>();
    for (String who : List.of("citizens/NNS/citizen", "ministers/NNS/minister")) {
      ParsedSentence s = Sentences.sentence(0, 0,
          "Chilean/JJ " + who + " travelled/VBD/travel to/IN Peru/NNP ./.",
          "root(ROOT-0, travelled-3)",
          "amod(" + who.substring(0, who.indexOf('/')) + "-2, Chilean-1)",
          "nsubj(travelled-3, " + who.substring(0, who.indexOf('/')) + "-2)",
          "case(Peru-5, to-4)",
          "obl:to(travelled-3, Peru-5)",
          "punct(travelled-3, .-6)");
      EventCoder coder = EventCoder.builder().nlp(FakeNlpPipeline.of(s)).patterns(travel)
          .build();
      coder.code(Article.of("trip", LocalDate.of(2021, 10, 18), s.text())).forEach(e ->
          out.add(e.source().code() + " " + e.code().code() + " " + e.target().code()));
    }

    assertEquals(List.of("CHLGOV 042 PERGOV"), out, "only the ministers' trip is a visit");
  }

  @Test
  void sameDyad_withinOneCountry_needsTheSameSectors() {
    assertTrue(EventLinker.sameDyad("RUSGOV", "UKR", "RUSMIL", "UKRGOV"),
        "between two countries, any of their parts");
    assertTrue(EventLinker.sameDyad("SYRMIL", "SYRREB", "SYRMIL", "SYRREB"));
    assertTrue(EventLinker.sameDyad("SYR", "SYRREB", "SYRMIL", "SYRREB"),
        "a bare country stands for any of its parts");
    assertTrue(!EventLinker.sameDyad("SYRMIL", "SYRREB", "SYRREB", "SYRCVL"),
        "forces against rebels, rebels against civilians: two happenings");
    assertTrue(!EventLinker.sameDyad("RUSGOV", "UKR", "RUSGOV", "POL"));
  }

  @Test
  void code_studentsFightingTheirPolice_riotWhereASchoolWouldUseNoForce() {
    assumeTrue(lexicon("countries.tsv") && lexicon("agents.tsv"), "lexicon files missing");
    ParsedSentence students = Sentences.sentence(0, 0,
        "Chilean/JJ students/NNS/student attacked/VBD/attack the/DT police/NN ./.",
        "root(ROOT-0, attacked-3)",
        "amod(students-2, Chilean-1)",
        "nsubj(attacked-3, students-2)",
        "det(police-5, the-4)",
        "obj(attacked-3, police-5)",
        "punct(attacked-3, .-6)");
    ParsedSentence abroad = Sentences.sentence(0, 0,
        "Chilean/JJ students/NNS/student attacked/VBD/attack Peru/NNP ./.",
        "root(ROOT-0, attacked-3)",
        "amod(students-2, Chilean-1)",
        "nsubj(attacked-3, students-2)",
        "obj(attacked-3, Peru-4)",
        "punct(attacked-3, .-5)");

    List<Event> riot = EventCoder.builder().nlp(FakeNlpPipeline.of(students)).patterns(PATTERNS)
        .build().code(Article.of("riot", LocalDate.of(2021, 10, 18), students.text()));
    List<Event> none = EventCoder.builder().nlp(FakeNlpPipeline.of(abroad)).patterns(PATTERNS)
        .build().code(Article.of("abroad", LocalDate.of(2021, 10, 18), abroad.text()));

    assertEquals(List.of("CHLEDU 145 CHLCOP"), riot.stream()
        .map(e -> e.source().code() + " " + e.code().code() + " " + e.target().code()).toList());
    assertTrue(none.isEmpty(), "students use no force on a country: " + none);
  }

  @Test
  void code_workersOnStrikeAgainstTheirGovernment_stopWorkRatherThanFight() {
    assumeTrue(lexicon("countries.tsv") && lexicon("agents.tsv"), "lexicon files missing");
    ParsedSentence walkout = Sentences.sentence(0, 0,
        "Chilean/JJ workers/NNS/worker went/VBD/go on/IN strike/NN/strike against/IN"
            + " the/DT government/NN ./.",
        "root(ROOT-0, went-3)",
        "amod(workers-2, Chilean-1)",
        "nsubj(went-3, workers-2)",
        "case(strike-5, on-4)",
        "obl:on(went-3, strike-5)",
        "case(government-8, against-6)",
        "det(government-8, the-7)",
        "nmod:against(strike-5, government-8)",
        "punct(went-3, .-9)");
    PatternLexicon strike = PatternLexicon.of(List.of(new EventPattern("strike-n", "190", true,
        "strike", "", Set.of(), false, List.of("nmod:against"), "", "")));
    EventCoder coder = EventCoder.builder().nlp(FakeNlpPipeline.of(walkout))
        .patterns(strike).build();

    List<Event> out = coder.code(Article.of("walkout", LocalDate.of(2021, 10, 18),
        walkout.text()));

    assertEquals(List.of("CHLLAB 143 CHLGOV"), out.stream()
        .map(e -> e.source().code() + " " + e.code().code() + " " + e.target().code()).toList());
  }

  @Test
  void code_troopsArrivingForPeacekeeping_areLentForProtectionNotVisiting() {
    assumeTrue(lexicon("countries.tsv") && lexicon("agents.tsv"), "lexicon files missing");
    ParsedSentence arrival = Sentences.sentence(0, 0,
        "Chilean/JJ troops/NNS/troops arrived/VBD/arrive in/IN Peru/NNP for/IN"
            + " peacekeeping/NN/peacekeeping ./.",
        "root(ROOT-0, arrived-3)",
        "amod(troops-2, Chilean-1)",
        "nsubj(arrived-3, troops-2)",
        "case(Peru-5, in-4)",
        "obl:in(arrived-3, Peru-5)",
        "case(peacekeeping-7, for-6)",
        "obl:for(arrived-3, peacekeeping-7)",
        "punct(arrived-3, .-8)");
    ParsedSentence visit = Sentences.sentence(0, 0,
        "Chilean/JJ troops/NNS/troops arrived/VBD/arrive in/IN Peru/NNP ./.",
        "root(ROOT-0, arrived-3)",
        "amod(troops-2, Chilean-1)",
        "nsubj(arrived-3, troops-2)",
        "case(Peru-5, in-4)",
        "obl:in(arrived-3, Peru-5)",
        "punct(arrived-3, .-6)");
    PatternLexicon arrive = PatternLexicon.of(List.of(new EventPattern("arrive-v", "042", false,
        "arrive", "", Set.of(), false, List.of("obl:in"), "", "")));

    for (ParsedSentence s : List.of(arrival, visit)) {
      EventCoder coder = EventCoder.builder().nlp(FakeNlpPipeline.of(s)).patterns(arrive).build();
      List<Event> out = coder.code(Article.of("a", LocalDate.of(2021, 10, 18), s.text()));
      assertEquals(List.of(s == arrival ? "074" : "042"),
          out.stream().map(e -> e.code().code()).toList(), s.text());
    }
    ParsedSentence nato = Sentences.sentence(0, 0,
        "NATO/NNP peacekeeping/NN/peacekeeping troops/NNS/troops arrived/VBD/arrive in/IN"
            + " Peru/NNP ./.",
        "root(ROOT-0, arrived-4)", "compound(troops-3, NATO-1)",
        "compound(troops-3, peacekeeping-2)", "nsubj(arrived-4, troops-3)",
        "case(Peru-6, in-5)", "obl:in(arrived-4, Peru-6)", "punct(arrived-4, .-7)");
    List<Event> lent = EventCoder.builder().nlp(FakeNlpPipeline.of(nato)).patterns(arrive)
        .build().code(Article.of("n", LocalDate.of(2021, 10, 18), nato.text()));
    assertEquals(List.of("074"), lent.stream().map(e -> e.code().code()).toList(),
        "an alliance's peacekeepers, coded as the alliance");
    ParsedSentence un = Sentences.sentence(0, 0,
        "The/DT UN/NNP deployed/VBD/deploy monitors/NNS/monitor to/TO Peru/NNP ./.",
        "root(ROOT-0, deployed-3)", "det(UN-2, The-1)", "nsubj(deployed-3, UN-2)",
        "obj(deployed-3, monitors-4)", "case(Peru-6, to-5)", "obl:to(deployed-3, Peru-6)",
        "punct(deployed-3, .-7)");
    PatternLexicon deploy = PatternLexicon.of(List.of(new EventPattern("deploy-v", "154", false,
        "deploy", "", Set.of(), false, List.of("obl:to"), "", "")));
    List<Event> sent = EventCoder.builder().nlp(FakeNlpPipeline.of(un)).patterns(deploy)
        .build().code(Article.of("u", LocalDate.of(2021, 10, 18), un.text()));
    assertEquals(List.of("074"), sent.stream().map(e -> e.code().code()).toList(),
        "the teams the UN deploys protect, they are no show of force");
  }

  @Test
  void government_bareCountryIsItsGovernment_otherActorsStay() {
    ActorRef ukraine = new ActorRef("UKR", "Ukraine", 0, 7, "countries.tsv:UKR");

    assertEquals("UKRGOV", EventCoder.government(ukraine).code());
    for (String code : List.of("UKRMIL", "IGOWSTNAT", "GOV", "---")) {
      assertEquals(code, EventCoder.government(new ActorRef(code, "x", 0, 1, "")).code());
    }
    assertTrue(EventCoder.official("USAGOV") && EventCoder.official("USA")
        && EventCoder.official("IGOUNO"));
    assertTrue(!EventCoder.official("GBRCVL") && !EventCoder.official("---"),
        "civilians travelling visit no government");
  }

  @Test
  void code_oneActorEnough_leavesOutWhatDidNotHappen() {
    ParsedSentence failed = Sentences.sentence(0, 0,
        "Russia/NNP did/VBD/do not/RB attack/VB/attack Ukraine/NNP ./.",
        "root(ROOT-0, attack-4)", "nsubj(attack-4, Russia-1)", "aux(attack-4, did-2)",
        "advmod(attack-4, not-3)", "obj(attack-4, Ukraine-5)", "punct(attack-4, .-6)");
    EventCoder events = EventCoder.builder().nlp(FakeNlpPipeline.of(failed)).patterns(PATTERNS)
        .build();
    EventCoder sentences = EventCoder.builder().nlp(FakeNlpPipeline.of(failed))
        .patterns(PATTERNS).oneActorEnough(true).build();
    Article a = Article.of("s", LocalDate.of(2021, 10, 18), failed.text());

    assertEquals(List.of(Mode.NEGATED), events.code(a).stream().map(Event::mode).toList(),
        "an article's record keeps the negated act, a trap for the scorer");
    assertEquals(List.of(), sentences.code(a), "a sentence's class is what happened");
  }

  @Test
  void privateTrip_goodsArriving_visitNoOne() {
    EventPattern arrive = new EventPattern("arrive-v", "042", false, "arrive", "", Set.of(),
        false, List.of("obl:in"), "", "");
    ParsedSentence shipment = Sentences.parse(
        "Chile/NNP 's/POS shipment/NN arrived/VBD/arrive in/IN Peru/NNP ./.",
        "root(ROOT-0, arrived-4)", "nmod:poss(shipment-3, Chile-1)", "case(Chile-1, 's-2)",
        "nsubj(arrived-4, shipment-3)", "case(Peru-6, in-5)", "obl:in(arrived-4, Peru-6)",
        "punct(arrived-4, .-7)");
    ParsedSentence envoy = Sentences.parse(
        "Chile/NNP 's/POS envoy/NN arrived/VBD/arrive in/IN Peru/NNP ./.",
        "root(ROOT-0, arrived-4)", "nmod:poss(envoy-3, Chile-1)", "case(Chile-1, 's-2)",
        "nsubj(arrived-4, envoy-3)", "case(Peru-6, in-5)", "obl:in(arrived-4, Peru-6)",
        "punct(arrived-4, .-7)");
    ActorMatch chile = new ActorMatch("CHL", 0, 1, "test");
    ActorMatch peru = new ActorMatch("PER", 5, 6, "test");

    assertTrue(EventCoder.privateTrip(new Candidate(shipment, 3, arrive, chile, peru, 2, 5, "")));
    assertFalse(EventCoder.privateTrip(new Candidate(envoy, 3, arrive, chile, peru, 2, 5, "")));
  }
}
