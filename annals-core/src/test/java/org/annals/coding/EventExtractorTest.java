package org.annals.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.annals.actors.Mention;
import org.annals.actors.Mention.Kind;
import org.annals.coding.pattern.EventPattern;
import org.annals.coding.pattern.PatternLexicon;
import org.annals.nlp.ParsedSentence;
import org.annals.nlp.Sentences;
import org.junit.jupiter.api.Test;

class EventExtractorTest {
  private static final PatternLexicon PATTERNS =
      PatternLexicon.of(
          List.of(
              verb("accuse-v", "112", "accuse", Set.of(), "obj"),
              verb("condemn-v", "111", "condemn", Set.of(), "obj"),
              verb("attack-v", "190", "attack", Set.of(), "obj"),
              verb("expel-v", "174", "expel", Set.of(), "obj"),
              verb("suspend-mission", "161", "suspend", Set.of("mission", "embassy"),
                  "obj.nmod:to", "*"),
              verb("suspend-talks", "164", "suspend", Set.of("talk", "negotiation"), "obl:with"),
              noun("invasion-n", "192", "invasion", "nmod:of"),
              noun("attack-n", "190", "attack", "nmod:on", "nmod:against"),
              verb("call-talks", "026", "call", Set.of("talk"), "obl:for.nmod:with"),
              new EventPattern("demand-resignation", "1041", true, "demand", "",
                  Set.of("resignation"), false, List.of("nmod:for.nmod:of"), "", "")));

  private final EventExtractor extractor = new EventExtractor(PATTERNS);
  private final DocumentContext ctx = new DocumentContext(Optional.empty(), false,
      Optional.empty());

  private static EventPattern verb(String id, String code, String lemma, Set<String> objects,
      String... targets) {
    return new EventPattern(id, code, false, lemma, "", objects, false, List.of(targets), "", "");
  }

  private static EventPattern noun(String id, String code, String lemma, String... targets) {
    return new EventPattern(id, code, true, lemma, "", Set.of(), false, List.of(targets), "", "");
  }

  private static Mention m(int token, Kind kind, String code) {
    return new Mention(token, token + 1, kind, code, "test:" + code);
  }

  /** An article's context once its first sentence has been read and coded by {@code x}. */
  private static DocumentContext toldBefore(EventExtractor x, ParsedSentence first,
      List<Mention> ms) {
    DocumentContext story = new DocumentContext(Optional.empty(), false, Optional.empty());
    story.remember(first, ms);
    story.rememberActs(x.extract(first, ms, story));
    return story;
  }

  /** "Chile VERB Peru." as an article's first sentence, the verb written word/TAG/lemma. */
  private static ParsedSentence chileDidToPeru(String verb) {
    String w = verb.split("/")[0];
    return Sentences.sentence(0, 0, "Chile/NNP " + verb + " Peru/NNP ./.",
        "root(ROOT-0, " + w + "-2)", "nsubj(" + w + "-2, Chile-1)", "obj(" + w + "-2, Peru-3)",
        "punct(" + w + "-2, .-4)");
  }

  /** A context in which one named actor is enough, as for sentence classification. */
  private static DocumentContext sentenceMode() {
    return new DocumentContext(Optional.empty(), false, Optional.empty()).oneActorEnough(true);
  }

  /** The source>target:code of each event the extractor finds in a sentence. */
  private static List<String> dyads(EventExtractor x, ParsedSentence s, List<Mention> ms,
      DocumentContext context) {
    return x.extract(s, ms, context).stream().map(EventExtractorTest::dyad).toList();
  }

  private static String dyad(Candidate c) {
    return c.source().code() + ">" + c.target().code() + ":" + c.pattern().code();
  }

  @Test
  void extract_subjectVerbObject_givesOneEvent() {
    ParsedSentence s =
        Sentences.parse(
            "Georgia/NNP accused/VBD/accuse Russia/NNP of/IN provocations/NNS/provocation ./.",
            "root(ROOT-0, accused-2)",
            "nsubj(accused-2, Georgia-1)",
            "obj(accused-2, Russia-3)",
            "case(provocations-5, of-4)",
            "obl:of(accused-2, provocations-5)",
            "punct(accused-2, .-6)");

    List<Candidate> out =
        extractor.extract(s, List.of(m(0, Kind.COUNTRY, "GEO"), m(2, Kind.COUNTRY, "RUS")), ctx);

    assertEquals(1, out.size());
    Candidate c = out.get(0);
    assertEquals("GEO>RUS:112", dyad(c));
    assertEquals(1, c.trigger());
    assertEquals(0, c.sourceHead());
    assertEquals(2, c.targetHead());
    assertEquals("accuse-v", c.pattern().id());
  }

  @Test
  void extract_passiveWithByAgent_agentIsSource() {
    ParsedSentence s =
        Sentences.parse(
            "Georgia/NNP was/VBD/be attacked/VBN/attack by/IN Russia/NNP ./.",
            "root(ROOT-0, attacked-3)",
            "nsubj:pass(attacked-3, Georgia-1)",
            "aux:pass(attacked-3, was-2)",
            "case(Russia-5, by-4)",
            "obl:agent(attacked-3, Russia-5)",
            "punct(attacked-3, .-6)");

    List<Candidate> out =
        extractor.extract(s, List.of(m(0, Kind.COUNTRY, "GEO"), m(4, Kind.COUNTRY, "RUS")), ctx);

    assertEquals(List.of("RUS>GEO:190"), out.stream().map(EventExtractorTest::dyad).toList());
  }

  @Test
  void extract_clauseOfAgentlessPassive_isDoneByThePatient() {
    ParsedSentence s =
        Sentences.parse(
            "Chilean/JJ/chilean soldiers/NNS/soldier were/VBD/be ambushed/VBN/ambush while/IN"
                + " attacking/VBG/attack Peru/NNP ./.",
            "root(ROOT-0, ambushed-4)",
            "amod(soldiers-2, Chilean-1)",
            "nsubj:pass(ambushed-4, soldiers-2)",
            "aux:pass(ambushed-4, were-3)",
            "mark(attacking-6, while-5)",
            "advcl:while(ambushed-4, attacking-6)",
            "obj(attacking-6, Peru-7)",
            "punct(ambushed-4, .-8)");

    List<Candidate> out =
        extractor.extract(s, List.of(m(1, Kind.COUNTRY, "CHL"), m(6, Kind.COUNTRY, "PER")), ctx);

    assertEquals(List.of("CHL>PER:190"), out.stream().map(EventExtractorTest::dyad).toList());
  }

  @Test
  void people_nameWithARoleOrAnAge_isAPersonForALaterHe() {
    EventExtractor x = new EventExtractor(PATTERNS);
    ParsedSentence spokesman = Sentences.parse(
        "Jan/NNP Olsen/NNP ,/, a/DT spokesman/NN for/IN the/DT UN/NNP ,/, left/VBD/leave ./.",
        "root(ROOT-0, left-10)",
        "compound(Olsen-2, Jan-1)",
        "punct(Olsen-2, ,-3)",
        "appos(Olsen-2, spokesman-5)",
        "det(spokesman-5, a-4)",
        "case(UN-8, for-6)",
        "det(UN-8, the-7)",
        "nmod:for(spokesman-5, UN-8)",
        "punct(Olsen-2, ,-9)",
        "nsubj(left-10, Olsen-2)",
        "punct(left-10, .-11)");
    ParsedSentence aged = Sentences.parse(
        "Ana/NNP Ruiz/NNP ,/, 53/CD ,/, left/VBD/leave ./.",
        "root(ROOT-0, left-6)",
        "compound(Ruiz-2, Ana-1)",
        "punct(Ruiz-2, ,-3)",
        "amod(Ruiz-2, 53-4)",
        "punct(Ruiz-2, ,-5)",
        "nsubj(left-6, Ruiz-2)",
        "punct(left-6, .-7)");
    ParsedSentence place = Sentences.parse(
        "Lima/NNP ,/, a/DT city/NN ,/, grew/VBD/grow ./.",
        "root(ROOT-0, grew-6)",
        "appos(Lima-1, city-4)",
        "det(city-4, a-3)",
        "nsubj(grew-6, Lima-1)",
        "punct(grew-6, .-7)");

    assertEquals(List.of(new DocumentContext.Person(0, 1, "IGOUNO", true)),
        x.people(spokesman, List.of(new Mention(4, 5, Kind.AGENT, "GOV", "agents.tsv:spokesman"),
            new Mention(7, 8, Kind.ORG, "IGOUNO", "test:IGOUNO")), ctx));
    assertEquals(List.of(new DocumentContext.Person(0, 1, "", true)),
        x.people(aged, List.of(), ctx));
    assertEquals(List.of(), x.people(place, List.of(), ctx));
  }

  @Test
  void extract_heldPlaceAndNationalForce_areTheHolderAndThatNationsForce() {
    // "a Chilean army attack on rebel-held towns"
    ParsedSentence s = Sentences.parse(
        "a/DT Chilean/JJ/chilean army/NN attack/NN on/IN rebel/NN -/HYPH held/VBN/hold"
            + " towns/NNS/town ended/VBD/end ./.",
        "root(ROOT-0, ended-10)",
        "det(attack-4, a-1)",
        "amod(attack-4, Chilean-2)",
        "compound(attack-4, army-3)",
        "nsubj(ended-10, attack-4)",
        "case(towns-9, on-5)",
        "nmod:on(attack-4, towns-9)",
        "amod(towns-9, held-8)",
        "obl(held-8, rebel-6)",
        "punct(held-8, --7)",
        "punct(ended-10, .-11)");
    List<Mention> ms = List.of(m(1, Kind.ADJECTIVE, "CHL"),
        new Mention(2, 3, Kind.AGENT, "MIL", "agents.tsv:army"),
        new Mention(5, 6, Kind.AGENT, "REB", "agents.tsv:rebel"));
    DocumentContext peru = new DocumentContext(Optional.empty(), false, Optional.of("PER"));

    assertEquals(List.of("CHLMIL>PERREB:190"),
        dyads(extractor, s, ms, peru));
  }

  @Test
  void extract_actNamedOnlyAsACircumstance_isNotTheVerbSubjectsAct() {
    // "despite the attack, Chile continued talks": the attack is no act of Chile's
    ParsedSentence s = Sentences.parse(
        "despite/IN the/DT attack/NN on/IN Peru/NNP ,/, Chile/NNP continued/VBD/continue"
            + " talks/NNS/talk ./.",
        "root(ROOT-0, continued-8)",
        "case(attack-3, despite-1)",
        "det(attack-3, the-2)",
        "obl:despite(continued-8, attack-3)",
        "case(Peru-5, on-4)",
        "nmod:on(attack-3, Peru-5)",
        "punct(continued-8, ,-6)",
        "nsubj(continued-8, Chile-7)",
        "obj(continued-8, talks-9)",
        "punct(continued-8, .-10)");

    assertEquals(List.of(), extractor.extract(s,
        List.of(m(4, Kind.COUNTRY, "PER"), m(6, Kind.COUNTRY, "CHL")), ctx));
  }

  @Test
  void extract_tripToACityForTheMeetingOfABody_visitsTheBody() {
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("fly-v", "042", "fly", Set.of(), "obl:to"))));
    ParsedSentence s = Sentences.parse(
        "Chile/NNP flew/VBD/fly to/IN Brussels/NNP for/IN a/DT NATO/NNP summit/NN ./.",
        "root(ROOT-0, flew-2)",
        "nsubj(flew-2, Chile-1)",
        "case(Brussels-4, to-3)",
        "obl:to(flew-2, Brussels-4)",
        "case(summit-8, for-5)",
        "det(summit-8, a-6)",
        "compound(summit-8, NATO-7)",
        "obl:for(flew-2, summit-8)",
        "punct(flew-2, .-9)");
    Mention brussels = new Mention(3, 4, Kind.CAPITAL, "BEL", "test:BEL");

    assertEquals(List.of("CHL>IGOWSTNAT:042"), dyads(x, s, List.of(m(0, Kind.COUNTRY, "CHL"),
        brussels, m(6, Kind.ORG, "IGOWSTNAT")), ctx));
    assertEquals(List.of("CHL>BELGOV:042"), dyads(x, s, List.of(m(0, Kind.COUNTRY, "CHL"),
        brussels), ctx), "no body, the city");
  }

  @Test
  void extract_fightTroopsWereSentTo_isTheTroopsOrTheSenders() {
    ParsedSentence deployed = Sentences.parse(
        "Chilean/JJ/chilean troops/NNS/troop deployed/VBN/deploy in/IN an/DT attack/NN on/IN"
            + " Peru/NNP left/VBD/leave ./.",
        "root(ROOT-0, left-9)",
        "amod(troops-2, Chilean-1)",
        "nsubj(left-9, troops-2)",
        "acl(troops-2, deployed-3)",
        "case(attack-6, in-4)",
        "det(attack-6, an-5)",
        "obl:in(deployed-3, attack-6)",
        "case(Peru-8, on-7)",
        "nmod:on(attack-6, Peru-8)",
        "punct(left-9, .-10)");
    ParsedSentence sent = Sentences.parse(
        "Chile/NNP sent/VBD/send troops/NNS/troop for/IN an/DT attack/NN on/IN Peru/NNP ./.",
        "root(ROOT-0, sent-2)",
        "nsubj(sent-2, Chile-1)",
        "obj(sent-2, troops-3)",
        "case(attack-6, for-4)",
        "det(attack-6, an-5)",
        "obl:for(sent-2, attack-6)",
        "case(Peru-8, on-7)",
        "nmod:on(attack-6, Peru-8)",
        "punct(sent-2, .-9)");

    assertEquals(List.of("CHLMIL>PER:190"), dyads(extractor, deployed,
        List.of(m(0, Kind.ADJECTIVE, "CHL"), m(1, Kind.AGENT, "MIL"), m(7, Kind.COUNTRY, "PER")),
        ctx));
    assertEquals(List.of("CHL>PER:190"), dyads(extractor, sent,
        List.of(m(0, Kind.COUNTRY, "CHL"), m(2, Kind.AGENT, "MIL"), m(7, Kind.COUNTRY, "PER")),
        ctx));
  }

  @Test
  void extract_eventNounWithAParticiplesByPhrase_isTheAgents() {
    // "an attack carried out by Chile on Peru ended"
    ParsedSentence s = Sentences.parse(
        "an/DT attack/NN carried/VBN/carry out/RP by/IN Chile/NNP on/IN Peru/NNP ended/VBD/end"
            + " ./.",
        "root(ROOT-0, ended-9)",
        "det(attack-2, an-1)",
        "nsubj(ended-9, attack-2)",
        "acl(attack-2, carried-3)",
        "compound:prt(carried-3, out-4)",
        "case(Chile-6, by-5)",
        "obl:by(carried-3, Chile-6)",
        "case(Peru-8, on-7)",
        "nmod:on(attack-2, Peru-8)",
        "punct(ended-9, .-10)");

    assertEquals(List.of("CHL>PER:190"), dyads(extractor, s,
        List.of(m(5, Kind.COUNTRY, "CHL"), m(7, Kind.COUNTRY, "PER")), ctx));
    ParsedSentence condemned = Sentences.parse(
        "an/DT attack/NN condemned/VBN/condemn by/IN Chile/NNP on/IN Peru/NNP ended/VBD/end ./.",
        "root(ROOT-0, ended-8)",
        "det(attack-2, an-1)",
        "nsubj(ended-8, attack-2)",
        "acl(attack-2, condemned-3)",
        "case(Chile-5, by-4)",
        "obl:by(condemned-3, Chile-5)",
        "case(Peru-7, on-6)",
        "nmod:on(attack-2, Peru-7)",
        "punct(ended-8, .-9)");
    assertTrue(extractor.extract(condemned, List.of(m(4, Kind.COUNTRY, "CHL"),
        m(6, Kind.COUNTRY, "PER")), ctx).stream().noneMatch(c -> dyad(c).equals("CHL>PER:190")),
        "who condemned an attack did not make it");
  }

  @Test
  void extract_particleAfterTheObjectOrReadAsItsAdjective_makesThePhrasalVerb() {
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        new EventPattern("set-free", "0841", false, "set", "free", Set.of(), false,
            List.of("obj", "xcomp.nsubj"), "", ""))));
    ParsedSentence after = Sentences.parse(
        "Chile/NNP set/VBD/set Peruvians/NNPS/peruvian free/JJ ./.",
        "root(ROOT-0, set-2)",
        "nsubj(set-2, Chile-1)",
        "xcomp(set-2, free-4)",
        "nsubj(free-4, Peruvians-3)",
        "punct(set-2, .-5)");
    ParsedSentence before = Sentences.parse(
        "Chile/NNP set/VBD/set free/JJ Peruvians/NNPS/peruvian ./.",
        "root(ROOT-0, set-2)",
        "nsubj(set-2, Chile-1)",
        "amod(Peruvians-4, free-3)",
        "obj(set-2, Peruvians-4)",
        "punct(set-2, .-5)");
    ParsedSentence none = Sentences.parse(
        "Chile/NNP set/VBD/set rules/NNS/rule for/IN Peruvians/NNPS/peruvian ./.",
        "root(ROOT-0, set-2)",
        "nsubj(set-2, Chile-1)",
        "obj(set-2, rules-3)",
        "case(Peruvians-5, for-4)",
        "nmod:for(rules-3, Peruvians-5)",
        "punct(set-2, .-6)");

    assertEquals(List.of("CHL>PER:0841"), dyads(x, after, List.of(m(0, Kind.COUNTRY, "CHL"),
        m(2, Kind.ADJECTIVE, "PER")), ctx));
    assertEquals(List.of("CHL>PER:0841"), dyads(x, before, List.of(m(0, Kind.COUNTRY, "CHL"),
        m(3, Kind.ADJECTIVE, "PER")), ctx));
    assertEquals(List.of(), x.extract(none, List.of(m(0, Kind.COUNTRY, "CHL"),
        m(4, Kind.ADJECTIVE, "PER")), ctx));
  }

  @Test
  void extract_relativePronounTheParserLeftUnlinked_isTheActorBeforeIt() {
    // "Chile, which attacked Peru" with "which" not linked to Chile
    ParsedSentence s = Sentences.parse(
        "Chile/NNP ,/, which/WDT attacked/VBD/attack Peru/NNP ,/, left/VBD/leave ./.",
        "root(ROOT-0, left-7)",
        "nsubj(left-7, Chile-1)",
        "punct(Chile-1, ,-2)",
        "nsubj(attacked-4, which-3)",
        "dep(left-7, attacked-4)",
        "obj(attacked-4, Peru-5)",
        "punct(attacked-4, ,-6)",
        "punct(left-7, .-8)");

    assertEquals(List.of("CHL>PER:190"), dyads(extractor, s, List.of(m(0, Kind.COUNTRY, "CHL"),
        m(4, Kind.COUNTRY, "PER")), ctx));
  }

  @Test
  void extract_reflexiveReadAsTheSubjectOfARelativeClause_isTheNounItDescribes() {
    // "rebels that themselves attacked Peru", "themselves" misread as the subject
    ParsedSentence s = Sentences.parse(
        "Chilean/JJ/chilean rebels/NNS/rebel that/WDT themselves/PRP attacked/VBD/attack"
            + " Peru/NNP fled/VBD/flee ./.",
        "root(ROOT-0, fled-7)",
        "amod(rebels-2, Chilean-1)",
        "nsubj(fled-7, rebels-2)",
        "ref(rebels-2, that-3)",
        "acl:relcl(rebels-2, attacked-5)",
        "nsubj(attacked-5, themselves-4)",
        "obj(attacked-5, Peru-6)",
        "punct(fled-7, .-8)");

    assertEquals(List.of("CHLREB>PER:190"), extractor.extract(s, List.of(
        m(0, Kind.ADJECTIVE, "CHL"), m(1, Kind.AGENT, "REB"), m(5, Kind.COUNTRY, "PER")), ctx)
        .stream().map(EventExtractorTest::dyad).toList());
  }

  @Test
  void extract_joinedNationalitiesOfOneNoun_areOneActorEach() {
    // "Chilean and Peruvian troops attacked Bolivia"
    ParsedSentence s = Sentences.parse(
        "Chilean/JJ/chilean and/CC Peruvian/JJ/peruvian troops/NNS/troop attacked/VBD/attack"
            + " Bolivia/NNP ./.",
        "root(ROOT-0, attacked-5)",
        "amod(troops-4, Chilean-1)",
        "cc(Peruvian-3, and-2)",
        "conj:and(Chilean-1, Peruvian-3)",
        "amod(troops-4, Peruvian-3)",
        "nsubj(attacked-5, troops-4)",
        "obj(attacked-5, Bolivia-6)",
        "punct(attacked-5, .-7)");

    assertEquals(List.of("CHLMIL>BOL:190", "PERMIL>BOL:190"), dyads(extractor, s, List.of(
        m(0, Kind.ADJECTIVE, "CHL"), m(2, Kind.ADJECTIVE, "PER"), m(3, Kind.AGENT, "MIL"),
        m(5, Kind.COUNTRY, "BOL")), ctx));
  }

  @Test
  void extract_coordinatedSubjects_giveOneEventEach() {
    ParsedSentence s =
        Sentences.parse(
            "France/NNP and/CC Germany/NNP condemned/VBD/condemn Russia/NNP ./.",
            "root(ROOT-0, condemned-4)",
            "nsubj(condemned-4, France-1)",
            "cc(Germany-3, and-2)",
            "conj:and(France-1, Germany-3)",
            "nsubj(condemned-4, Germany-3)",
            "obj(condemned-4, Russia-5)",
            "punct(condemned-4, .-6)");

    List<Candidate> out =
        extractor.extract(
            s,
            List.of(m(0, Kind.COUNTRY, "FRA"), m(2, Kind.COUNTRY, "DEU"),
                m(4, Kind.COUNTRY, "RUS")),
            ctx);

    assertEquals(Set.of("FRA>RUS:111", "DEU>RUS:111"),
        out.stream().map(EventExtractorTest::dyad).collect(Collectors.toSet()));
    assertEquals(2, out.size());
  }

  @Test
  void extract_nounWithPossessorAndOf_possessorIsSourceOfIsTarget() {
    ParsedSentence s =
        Sentences.parse(
            "Russia/NNP 's/POS invasion/NN of/IN Georgia/NNP drew/VBD/draw rebukes/NNS/rebuke ./.",
            "root(ROOT-0, drew-6)",
            "nmod:poss(invasion-3, Russia-1)",
            "case(Russia-1, 's-2)",
            "nsubj(drew-6, invasion-3)",
            "case(Georgia-5, of-4)",
            "nmod:of(invasion-3, Georgia-5)",
            "obj(drew-6, rebukes-7)",
            "punct(drew-6, .-8)");

    List<Candidate> out =
        extractor.extract(s, List.of(m(0, Kind.COUNTRY, "RUS"), m(4, Kind.COUNTRY, "GEO")), ctx);

    assertEquals(List.of("RUS>GEO:192"), out.stream().map(EventExtractorTest::dyad).toList());
    assertEquals(2, out.get(0).trigger());
    assertTrue(out.get(0).pattern().noun());
  }

  @Test
  void extract_lightVerbLaunchedAnAttackOn_lendsItsSubject() {
    ParsedSentence s =
        Sentences.parse(
            "Russia/NNP launched/VBD/launch an/DT attack/NN on/IN Georgia/NNP ./.",
            "root(ROOT-0, launched-2)",
            "nsubj(launched-2, Russia-1)",
            "det(attack-4, an-3)",
            "obj(launched-2, attack-4)",
            "case(Georgia-6, on-5)",
            "nmod:on(attack-4, Georgia-6)",
            "punct(launched-2, .-7)");

    List<Candidate> out =
        extractor.extract(s, List.of(m(0, Kind.COUNTRY, "RUS"), m(5, Kind.COUNTRY, "GEO")), ctx);

    assertEquals(List.of("RUS>GEO:190"), out.stream().map(EventExtractorTest::dyad).toList());
    assertEquals(Sentences.at(s, "attack"), out.get(0).trigger());
  }

  @Test
  void extract_respondedWithAnAttackOn_lendsItsSubject() {
    ParsedSentence s =
        Sentences.parse(
            "Chile/NNP responded/VBD/respond with/IN an/DT attack/NN on/IN Peru/NNP ./.",
            "root(ROOT-0, responded-2)",
            "nsubj(responded-2, Chile-1)",
            "case(attack-5, with-3)",
            "det(attack-5, an-4)",
            "obl:with(responded-2, attack-5)",
            "case(Peru-7, on-6)",
            "nmod:on(attack-5, Peru-7)",
            "punct(responded-2, .-8)");

    List<Candidate> out =
        extractor.extract(s, List.of(m(0, Kind.COUNTRY, "CHL"), m(6, Kind.COUNTRY, "PER")), ctx);

    assertEquals(List.of("CHL>PER:190"), out.stream().map(EventExtractorTest::dyad).toList());
  }

  @Test
  void extract_demandForAResignation_takesTheForPhraseAsWhatIsAsked() {
    ParsedSentence s =
        Sentences.parse(
            "Chile/NNP renewed/VBD/renew its/PRP$ demand/NN for/IN the/DT resignation/NN of/IN"
                + " Peru/NNP 's/POS president/NN ./.",
            "root(ROOT-0, renewed-2)",
            "nsubj(renewed-2, Chile-1)",
            "nmod:poss(demand-4, its-3)",
            "obj(renewed-2, demand-4)",
            "case(resignation-7, for-5)",
            "det(resignation-7, the-6)",
            "nmod:for(demand-4, resignation-7)",
            "case(president-11, of-8)",
            "nmod:poss(president-11, Peru-9)",
            "case(Peru-9, 's-10)",
            "nmod:of(resignation-7, president-11)",
            "punct(renewed-2, .-12)");

    List<Candidate> out =
        extractor.extract(s, List.of(m(0, Kind.COUNTRY, "CHL"), m(8, Kind.COUNTRY, "PER")), ctx);

    assertEquals(List.of("CHL>PER:1041"), out.stream().map(EventExtractorTest::dyad).toList());
  }

  @Test
  void extract_calledForTalksWith_takesTheForPhraseAsWhatIsAsked() {
    ParsedSentence s =
        Sentences.parse(
            "Chile/NNP called/VBD/call for/IN talks/NNS/talk with/IN Peru/NNP ./.",
            "root(ROOT-0, called-2)",
            "nsubj(called-2, Chile-1)",
            "case(talks-4, for-3)",
            "obl:for(called-2, talks-4)",
            "case(Peru-6, with-5)",
            "nmod:with(talks-4, Peru-6)",
            "punct(called-2, .-7)");

    List<Candidate> out =
        extractor.extract(s, List.of(m(0, Kind.COUNTRY, "CHL"), m(5, Kind.COUNTRY, "PER")), ctx);

    assertEquals(List.of("CHL>PER:026"), out.stream().map(EventExtractorTest::dyad).toList());
  }

  @Test
  void extract_calledForSanctionsAgainst_isNoCallForTalks() {
    ParsedSentence s =
        Sentences.parse(
            "Chile/NNP called/VBD/call for/IN sanctions/NNS/sanction against/IN Peru/NNP ./.",
            "root(ROOT-0, called-2)",
            "nsubj(called-2, Chile-1)",
            "case(sanctions-4, for-3)",
            "obl:for(called-2, sanctions-4)",
            "case(Peru-6, against-5)",
            "nmod:against(sanctions-4, Peru-6)",
            "punct(called-2, .-7)");

    List<Candidate> out =
        extractor.extract(s, List.of(m(0, Kind.COUNTRY, "CHL"), m(5, Kind.COUNTRY, "PER")), ctx);

    assertTrue(out.stream().noneMatch(c -> dyad(c).endsWith(":026")),
        out.stream().map(EventExtractorTest::dyad).toList().toString());
  }

  @Test
  void extract_respondedToAnAttack_isNotTheAttacker() {
    ParsedSentence s =
        Sentences.parse(
            "Chile/NNP responded/VBD/respond to/IN the/DT attack/NN on/IN Peru/NNP ./.",
            "root(ROOT-0, responded-2)",
            "nsubj(responded-2, Chile-1)",
            "case(attack-5, to-3)",
            "det(attack-5, the-4)",
            "obl:to(responded-2, attack-5)",
            "case(Peru-7, on-6)",
            "nmod:on(attack-5, Peru-7)",
            "punct(responded-2, .-8)");

    List<Candidate> out =
        extractor.extract(s, List.of(m(0, Kind.COUNTRY, "CHL"), m(6, Kind.COUNTRY, "PER")), ctx);

    assertTrue(out.stream().noneMatch(c -> dyad(c).startsWith("CHL>PER:19")),
        out.stream().map(EventExtractorTest::dyad).toList().toString());
  }

  @Test
  void extract_suspendWithMissionObject_picksMissionPattern() {
    ParsedSentence s =
        Sentences.parse(
            "Russia/NNP suspended/VBD/suspend its/PRP$ mission/NN to/TO NATO/NNP ./.",
            "root(ROOT-0, suspended-2)",
            "nsubj(suspended-2, Russia-1)",
            "nmod:poss(mission-4, its-3)",
            "obj(suspended-2, mission-4)",
            "case(NATO-6, to-5)",
            "nmod:to(mission-4, NATO-6)",
            "punct(suspended-2, .-7)");

    List<Candidate> out =
        extractor.extract(s, List.of(m(0, Kind.COUNTRY, "RUS"), m(5, Kind.ORG, "IGOWSTNAT")),
            ctx);

    assertEquals(List.of("RUS>IGOWSTNAT:161"),
        out.stream().map(EventExtractorTest::dyad).toList());
    assertEquals("suspend-mission", out.get(0).pattern().id());
  }

  @Test
  void extract_suspendWithTalksObject_picksTalksPattern() {
    ParsedSentence s =
        Sentences.parse(
            "Russia/NNP suspended/VBD/suspend talks/NNS/talk with/IN Ukraine/NNP ./.",
            "root(ROOT-0, suspended-2)",
            "nsubj(suspended-2, Russia-1)",
            "obj(suspended-2, talks-3)",
            "case(Ukraine-5, with-4)",
            "obl:with(suspended-2, Ukraine-5)",
            "punct(suspended-2, .-6)");

    List<Candidate> out =
        extractor.extract(s, List.of(m(0, Kind.COUNTRY, "RUS"), m(4, Kind.COUNTRY, "UKR")), ctx);

    assertEquals(List.of("RUS>UKR:164"), out.stream().map(EventExtractorTest::dyad).toList());
  }

  @Test
  void extract_suspendWithUnlistedObject_givesNoEvent() {
    ParsedSentence s =
        Sentences.parse(
            "Russia/NNP suspended/VBD/suspend flights/NNS/flight to/TO Georgia/NNP ./.",
            "root(ROOT-0, suspended-2)",
            "nsubj(suspended-2, Russia-1)",
            "obj(suspended-2, flights-3)",
            "case(Georgia-5, to-4)",
            "nmod:to(flights-3, Georgia-5)",
            "punct(suspended-2, .-6)");

    List<Candidate> out =
        extractor.extract(s, List.of(m(0, Kind.COUNTRY, "RUS"), m(4, Kind.COUNTRY, "GEO")), ctx);

    assertTrue(out.isEmpty(), () -> "unexpected: " + out);
  }

  /** "Georgia expelled two Russian diplomats ." */
  private static final ParsedSentence EXPELLED_DIPLOMATS =
      Sentences.parse(
          "Georgia/NNP expelled/VBD/expel two/CD Russian/JJ diplomats/NNS/diplomat ./.",
          "root(ROOT-0, expelled-2)",
          "nsubj(expelled-2, Georgia-1)",
          "nummod(diplomats-5, two-3)",
          "amod(diplomats-5, Russian-4)",
          "obj(expelled-2, diplomats-5)",
          "punct(expelled-2, .-6)");

  @Test
  void extract_nationalityAdjectivePlusRoleNoun_composesCountryRole() {
    List<Candidate> out =
        extractor.extract(
            EXPELLED_DIPLOMATS,
            List.of(m(0, Kind.COUNTRY, "GEO"), m(3, Kind.ADJECTIVE, "RUS"),
                m(4, Kind.AGENT, "GOV")),
            ctx);

    assertEquals(List.of("GEO>RUSGOV:174"), out.stream().map(EventExtractorTest::dyad).toList());
    assertEquals(3, out.get(0).target().begin());
    assertEquals(5, out.get(0).target().end());
  }

  @Test
  void extract_sameCountryOnBothSides_givesNoEvent() {
    List<Candidate> out =
        extractor.extract(
            EXPELLED_DIPLOMATS,
            List.of(m(0, Kind.COUNTRY, "RUS"), m(3, Kind.ADJECTIVE, "RUS"),
                m(4, Kind.AGENT, "GOV")),
            ctx);

    assertTrue(out.isEmpty(), () -> "unexpected: " + out);
  }

  @Test
  void extract_subjectNamingNoActor_givesNoEvent() {
    ParsedSentence s =
        Sentences.parse(
            "Officials/NNS/official condemned/VBD/condemn Russia/NNP ./.",
            "root(ROOT-0, condemned-2)",
            "nsubj(condemned-2, Officials-1)",
            "obj(condemned-2, Russia-3)");

    assertTrue(extractor.extract(s, List.of(m(2, Kind.COUNTRY, "RUS")), ctx).isEmpty());
  }

  @Test
  void extract_bareRoleNounWithDocumentCountry_takesThatCountry() {
    ParsedSentence s =
        Sentences.parse(
            "Police/NNS/police attacked/VBD/attack Armenia/NNP ./.",
            "root(ROOT-0, attacked-2)",
            "nsubj(attacked-2, Police-1)",
            "obj(attacked-2, Armenia-3)");
    DocumentContext azerbaijani = new DocumentContext(Optional.empty(), false, Optional.of("AZE"));

    List<Candidate> out = extractor.extract(
        s, List.of(m(0, Kind.AGENT, "COP"), m(2, Kind.COUNTRY, "ARM")), azerbaijani);

    assertEquals(List.of("AZECOP>ARM:190"), out.stream().map(EventExtractorTest::dyad).toList());
  }

  @Test
  void extract_unparsedSentence_givesNothing() {
    ParsedSentence s = Sentences.tokensOnly("Georgia/NNP accused/VBD/accuse Russia/NNP");

    assertTrue(extractor.extract(
        s, List.of(m(0, Kind.COUNTRY, "GEO"), m(2, Kind.COUNTRY, "RUS")), ctx).isEmpty());
  }

  @Test
  void mayTrigger_verbOrNounWithPatterns_isTrueOtherwiseFalse() {
    ParsedSentence s =
        Sentences.tokensOnly("accused/VBD/accuse invasion/NN/invasion invasion/VB/invasion"
            + " talks/NNS/talk");

    assertTrue(extractor.mayTrigger(s.tokens().get(0)));
    assertTrue(extractor.mayTrigger(s.tokens().get(1)));
    assertFalse(extractor.mayTrigger(s.tokens().get(2)));
    assertFalse(extractor.mayTrigger(s.tokens().get(3)));
  }

  @Test
  void patternLexiconOf_duplicateIds_throws() {
    EventPattern p = verb("dup", "112", "accuse", Set.of(), "obj");

    assertThrows(IllegalArgumentException.class, () -> PatternLexicon.of(List.of(p, p)));
  }

  @Test
  void patternLexiconOf_sameLemma_mostSpecificFirst() {
    EventPattern any = verb("any", "160", "suspend", Set.of(), "obj");
    EventPattern mission = verb("m", "161", "suspend", Set.of("mission"), "obj");

    PatternLexicon lex = PatternLexicon.of(List.of(any, mission));

    assertEquals(List.of("m", "any"), lex.verb("suspend").stream().map(EventPattern::id).toList());
    assertEquals(List.of(any, mission), lex.all());
  }

  @Test
  void extract_oneActorEnough_patternNamingTheObjectWinsWithoutItsSlot() {
    PatternLexicon violate = PatternLexicon.of(List.of(
        verb("violate-truce", "196", "violate", Set.of("ceasefire"), "obj.nmod:with"),
        verb("violate-law", "128", "violate", Set.of("agreement", "law"), "obj")));
    ParsedSentence s = Sentences.parse(
        "Chile/NNP violated/VBD/violate the/DT ceasefire/NN/ceasefire agreement/NN/agreement ./.",
        "root(ROOT-0, violated-2)",
        "nsubj(violated-2, Chile-1)",
        "det(agreement-5, the-3)",
        "compound(agreement-5, ceasefire-4)",
        "obj(violated-2, agreement-5)",
        "punct(violated-2, .-6)");

    List<Candidate> out = new EventExtractor(violate).extract(s, List.of(m(0, Kind.COUNTRY, "CHL")),
        sentenceMode());

    assertEquals(List.of("CHL>---:196"), out.stream().map(EventExtractorTest::dyad).toList());
  }

  @Test
  void extract_infinitiveNamesTheObjectOfAVerbWithoutOne() {
    PatternLexicon decline = PatternLexicon.of(List.of(
        verb("decline-comment", "011", "decline", Set.of("comment"), "obl:on"),
        verb("decline-to", "120", "decline", Set.of(), "xcomp.obj")));
    ParsedSentence s = Sentences.parse(
        "Chile/NNP declined/VBD/decline to/TO comment/VB/comment ./.",
        "root(ROOT-0, declined-2)",
        "nsubj(declined-2, Chile-1)",
        "mark(comment-4, to-3)",
        "xcomp(declined-2, comment-4)",
        "punct(declined-2, .-5)");

    List<Candidate> out = new EventExtractor(decline).extract(s, List.of(m(0, Kind.COUNTRY, "CHL")),
        sentenceMode());

    assertEquals(List.of("CHL>---:011"), out.stream().map(EventExtractorTest::dyad).toList());
  }

  @Test
  void extract_eventNounThatAVerbCutsOrWithholds_isNoSuchEvent() {
    PatternLexicon funding = PatternLexicon.of(List.of(
        noun("funding-n", "071", "funding", "nmod:to")));
    ParsedSentence s = Sentences.parse(
        "Chile/NNP cut/VBD/cut its/PRP$ funding/NN/funding to/IN Peru/NNP ./.",
        "root(ROOT-0, cut-2)",
        "nsubj(cut-2, Chile-1)",
        "nmod:poss(funding-4, its-3)",
        "obj(cut-2, funding-4)",
        "case(Peru-6, to-5)",
        "nmod:to(funding-4, Peru-6)",
        "punct(cut-2, .-7)");

    assertTrue(new EventExtractor(funding).extract(s,
        List.of(m(0, Kind.COUNTRY, "CHL"), m(5, Kind.COUNTRY, "PER")), ctx).isEmpty());
  }

  @Test
  void extract_particleBeginningAnOutOfPhrase_makesThePhrasalVerb() {
    PatternLexicon force = PatternLexicon.of(List.of(new EventPattern("force-out", "174", false,
        "force", "out", Set.of(), false, List.of("obj"), "", "")));
    ParsedSentence out = Sentences.parse(
        "Chile/NNP forced/VBD/force Peru/NNP out/IN of/IN Arica/NNP ./.",
        "root(ROOT-0, forced-2)",
        "nsubj(forced-2, Chile-1)",
        "obj(forced-2, Peru-3)",
        "case(Arica-6, out-4)",
        "fixed(out-4, of-5)",
        "obl:out_of(forced-2, Arica-6)",
        "punct(forced-2, .-7)");
    ParsedSentence into = Sentences.parse(
        "Chile/NNP forced/VBD/force Peru/NNP into/IN Arica/NNP ./.",
        "root(ROOT-0, forced-2)",
        "nsubj(forced-2, Chile-1)",
        "obj(forced-2, Peru-3)",
        "case(Arica-5, into-4)",
        "obl:into(forced-2, Arica-5)",
        "punct(forced-2, .-6)");
    List<Mention> ms = List.of(m(0, Kind.COUNTRY, "CHL"), m(2, Kind.COUNTRY, "PER"));
    EventExtractor x = new EventExtractor(force);

    assertEquals(List.of("CHL>PER:174"),
        dyads(x, out, ms, ctx));
    assertTrue(x.extract(into, ms, ctx).isEmpty());
  }

  @Test
  void extract_eventNounGivenToSomeone_takesTheLightVerbsIndirectObject() {
    PatternLexicon warning = PatternLexicon.of(List.of(
        noun("warning-n", "130", "warning", "nmod:to")));
    ParsedSentence s = Sentences.parse(
        "Chile/NNP gave/VBD/give Peru/NNP a/DT warning/NN/warning ./.",
        "root(ROOT-0, gave-2)",
        "nsubj(gave-2, Chile-1)",
        "iobj(gave-2, Peru-3)",
        "det(warning-5, a-4)",
        "obj(gave-2, warning-5)",
        "punct(gave-2, .-6)");

    List<Candidate> out = new EventExtractor(warning).extract(s,
        List.of(m(0, Kind.COUNTRY, "CHL"), m(2, Kind.COUNTRY, "PER")), ctx);

    assertEquals(List.of("CHL>PER:130"), out.stream().map(EventExtractorTest::dyad).toList());
  }

  @Test
  void extract_oneActorEnough_patternWhoseSlotIsPresentWins() {
    PatternLexicon agree = PatternLexicon.of(List.of(
        verb("agree-with", "019", "agree", Set.of(), "obl:with"),
        verb("agree-to", "030", "agree", Set.of(), "xcomp.obj")));
    ParsedSentence s =
        Sentences.parse(
            "Chile/NNP agreed/VBD/agree to/TO admit/VB/admit refugees/NNS/refugee ./.",
            "root(ROOT-0, agreed-2)",
            "nsubj(agreed-2, Chile-1)",
            "mark(admit-4, to-3)",
            "xcomp(agreed-2, admit-4)",
            "obj(admit-4, refugees-5)",
            "punct(agreed-2, .-6)");
    List<Mention> chile = List.of(m(0, Kind.COUNTRY, "CHL"));

    List<Candidate> sentenceMode = new EventExtractor(agree).extract(s, chile,
        sentenceMode());
    List<Candidate> articleMode = new EventExtractor(agree).extract(s, chile, ctx);

    assertEquals(List.of("CHL>---:030"), sentenceMode.stream().map(EventExtractorTest::dyad)
        .toList());
    assertTrue(articleMode.isEmpty(), "an article event needs both sides");
  }

  @Test
  void extract_coordinatedSubjectsOfMutualActWithoutTarget_giveOnePairFirstNamedFirst() {
    PatternLexicon lex = PatternLexicon.of(List.of(
        verb("meet-v", "040", "meet", Set.of(), "obj", "obl:with"),
        verb("attack-v", "190", "attack", Set.of(), "obj")));
    ParsedSentence met = Sentences.parse(
        "Chile/NNP and/CC Peru/NNP met/VBD/meet ./.",
        "root(ROOT-0, met-4)",
        "nsubj(met-4, Chile-1)",
        "cc(Peru-3, and-2)",
        "conj:and(Chile-1, Peru-3)",
        "nsubj(met-4, Peru-3)",
        "punct(met-4, .-5)");
    ParsedSentence attacked = Sentences.parse(
        "Chile/NNP and/CC Peru/NNP attacked/VBD/attack ./.",
        "root(ROOT-0, attacked-4)",
        "nsubj(attacked-4, Chile-1)",
        "cc(Peru-3, and-2)",
        "conj:and(Chile-1, Peru-3)",
        "nsubj(attacked-4, Peru-3)",
        "punct(attacked-4, .-5)");
    List<Mention> ms = List.of(m(0, Kind.COUNTRY, "CHL"), m(2, Kind.COUNTRY, "PER"));
    EventExtractor ex = new EventExtractor(lex);

    assertEquals(List.of("CHL>PER:040"),
        dyads(ex, met, ms, ctx));
    assertTrue(ex.extract(attacked, ms, ctx).isEmpty(), "an attack needs a named target");
  }

  @Test
  void extract_nounUnderLightVerb_takesTargetHungOnTheVerb() {
    ParsedSentence s = Sentences.parse(
        "Chile/NNP launched/VBD/launch an/DT attack/NN/attack against/IN Peru/NNP ./.",
        "root(ROOT-0, launched-2)",
        "nsubj(launched-2, Chile-1)",
        "det(attack-4, an-3)",
        "obj(launched-2, attack-4)",
        "case(Peru-6, against-5)",
        "obl:against(launched-2, Peru-6)",
        "punct(launched-2, .-7)");

    List<Candidate> out = extractor.extract(s,
        List.of(m(0, Kind.COUNTRY, "CHL"), m(5, Kind.COUNTRY, "PER")), ctx);

    assertEquals(List.of("CHL>PER:190"), out.stream().map(EventExtractorTest::dyad).toList());
  }

  @Test
  void extract_targetIsAThingMadeByAnActor_targetsTheMaker() {
    ParsedSentence s = Sentences.parse(
        "Chile/NNP condemned/VBD/condemn remarks/NNS/remark made/VBN/make by/IN Peru/NNP ./.",
        "root(ROOT-0, condemned-2)",
        "nsubj(condemned-2, Chile-1)",
        "obj(condemned-2, remarks-3)",
        "acl(remarks-3, made-4)",
        "case(Peru-6, by-5)",
        "obl:agent(made-4, Peru-6)",
        "punct(condemned-2, .-7)");

    List<Candidate> out = extractor.extract(s,
        List.of(m(0, Kind.COUNTRY, "CHL"), m(5, Kind.COUNTRY, "PER")), ctx);

    assertEquals(List.of("CHL>PER:111"), out.stream().map(EventExtractorTest::dyad).toList());
  }

  @Test
  void extract_speakerSaysAnotherActorMustAct_isADemandOnThatActor() {
    ParsedSentence s = Sentences.parse(
        "Chile/NNP said/VBD/say Peru/NNP must/MD return/VB/return the/DT jet/NN/jet ./.",
        "root(ROOT-0, said-2)",
        "nsubj(said-2, Chile-1)",
        "ccomp(said-2, return-5)",
        "nsubj(return-5, Peru-3)",
        "aux(return-5, must-4)",
        "det(jet-7, the-6)",
        "obj(return-5, jet-7)",
        "punct(said-2, .-8)");
    ParsedSentence will = Sentences.parse(
        "Chile/NNP said/VBD/say Peru/NNP will/MD return/VB/return the/DT jet/NN/jet ./.",
        "root(ROOT-0, said-2)",
        "nsubj(said-2, Chile-1)",
        "ccomp(said-2, return-5)",
        "nsubj(return-5, Peru-3)",
        "aux(return-5, will-4)",
        "det(jet-7, the-6)",
        "obj(return-5, jet-7)",
        "punct(said-2, .-8)");
    List<Mention> ms = List.of(m(0, Kind.COUNTRY, "CHL"), m(2, Kind.COUNTRY, "PER"));

    assertEquals(List.of("CHL>PER:100"),
        dyads(extractor, s, ms, ctx));
    assertTrue(extractor.extract(will, ms, ctx).isEmpty(), "a report of a plan is no demand");
  }

  @Test
  void extract_sentenceModeDemandOnAnUnnamedActor_isStillADemand() {
    ParsedSentence s = Sentences.parse(
        "Chile/NNP said/VBD/say the/DT government/NN must/MD resign/VB/resign ./.",
        "root(ROOT-0, said-2)",
        "nsubj(said-2, Chile-1)",
        "ccomp(said-2, resign-6)",
        "det(government-4, the-3)",
        "nsubj(resign-6, government-4)",
        "aux(resign-6, must-5)",
        "punct(said-2, .-7)");
    List<Mention> chile = List.of(m(0, Kind.COUNTRY, "CHL"));

    assertEquals(List.of("CHL>---:100"), extractor.extract(s, chile,
        sentenceMode())
        .stream().map(EventExtractorTest::dyad).toList());
    assertTrue(extractor.extract(s, chile, ctx).isEmpty(), "an article event needs both sides");
  }

  @Test
  void extract_speakerReportingItsOwnAttack_isNoCriticism() {
    ParsedSentence s = Sentences.parse(
        "Chile/NNP claimed/VBD/claim it/PRP had/VBD/have attacked/VBN/attack Peru/NNP ./.",
        "root(ROOT-0, claimed-2)",
        "nsubj(claimed-2, Chile-1)",
        "ccomp(claimed-2, attacked-5)",
        "nsubj(attacked-5, it-3)",
        "aux(attacked-5, had-4)",
        "obj(attacked-5, Peru-6)",
        "punct(claimed-2, .-7)");
    List<Mention> ms = List.of(m(0, Kind.COUNTRY, "CHL"), m(5, Kind.COUNTRY, "PER"));
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("attack-v", "190", "attack", Set.of(), "obj"))));

    assertEquals(List.of("190"), x.extract(s, ms,
        sentenceMode())
        .stream().map(c -> c.pattern().code()).toList(), "the attack, not a criticism of it");
  }

  @Test
  void extract_sentenceModeComment_isCodedByWhatItExpresses() {
    ParsedSentence worry = Sentences.parse(
        "Chile/NNP expressed/VBD/express deep/JJ concern/NN/concern ./.",
        "root(ROOT-0, expressed-2)",
        "nsubj(expressed-2, Chile-1)",
        "amod(concern-4, deep-3)",
        "obj(expressed-2, concern-4)",
        "punct(expressed-2, .-5)");
    ParsedSentence said = Sentences.parse(
        "Chile/NNP said/VBD/say it/PRP was/VBD/be ready/JJ ./.",
        "root(ROOT-0, said-2)",
        "nsubj(said-2, Chile-1)",
        "nsubj(ready-5, it-3)",
        "cop(ready-5, was-4)",
        "ccomp(said-2, ready-5)",
        "punct(said-2, .-6)");
    List<Mention> chile = List.of(m(0, Kind.COUNTRY, "CHL"));
    DocumentContext sentences = sentenceMode();

    assertEquals(List.of("CHL>---:012"),
        dyads(extractor, worry, chile, sentences));
    assertEquals(List.of("CHL>---:010"),
        dyads(extractor, said, chile, sentences));
    assertTrue(extractor.extract(said, chile, ctx).isEmpty(), "a plain report is no event");
  }

  @Test
  void extract_talkSettingTheSentence_isTheSubjectsOwn() {
    PatternLexicon lex = PatternLexicon.of(List.of(
        noun("call-n", "041", "call", "nmod:with", "nmod:to")));
    ParsedSentence s = Sentences.parse(
        "In/IN a/DT call/NN/call with/IN Peru/NNP ,/, Chile/NNP urged/VBD/urge calm/NN ./.",
        "root(ROOT-0, urged-8)",
        "case(call-3, In-1)",
        "det(call-3, a-2)",
        "obl:in(urged-8, call-3)",
        "case(Peru-5, with-4)",
        "nmod:with(call-3, Peru-5)",
        "punct(urged-8, ,-6)",
        "nsubj(urged-8, Chile-7)",
        "obj(urged-8, calm-9)",
        "punct(urged-8, .-10)");

    List<Candidate> out = new EventExtractor(lex).extract(s,
        List.of(m(4, Kind.COUNTRY, "PER"), m(6, Kind.COUNTRY, "CHL")), ctx);

    assertEquals(List.of("CHL>PER:041"), out.stream().map(EventExtractorTest::dyad).toList());
  }

  @Test
  void extract_speakerJudgesAnotherActorsAct_isACriticismOfThatActor() {
    ParsedSentence said = Sentences.parse(
        "Chile/NNP said/VBD/say the/DT Peruvian/JJ plan/NN/plan was/VBD/be a/DT"
            + " provocation/NN/provocation ./.",
        "root(ROOT-0, said-2)",
        "nsubj(said-2, Chile-1)",
        "ccomp(said-2, provocation-8)",
        "det(plan-5, the-3)",
        "amod(plan-5, Peruvian-4)",
        "nsubj(provocation-8, plan-5)",
        "cop(provocation-8, was-6)",
        "det(provocation-8, a-7)",
        "punct(said-2, .-9)");
    ParsedSentence neutral = Sentences.parse(
        "Chile/NNP said/VBD/say the/DT Peruvian/JJ plan/NN/plan was/VBD/be a/DT"
            + " proposal/NN/proposal ./.",
        "root(ROOT-0, said-2)",
        "nsubj(said-2, Chile-1)",
        "ccomp(said-2, proposal-8)",
        "det(plan-5, the-3)",
        "amod(plan-5, Peruvian-4)",
        "nsubj(proposal-8, plan-5)",
        "cop(proposal-8, was-6)",
        "det(proposal-8, a-7)",
        "punct(said-2, .-9)");
    List<Mention> ms = List.of(m(0, Kind.COUNTRY, "CHL"), m(3, Kind.ADJECTIVE, "PER"));

    assertEquals(List.of("CHL>PER:111"),
        dyads(extractor, said, ms, ctx));
    assertTrue(extractor.extract(neutral, ms, ctx).isEmpty(), "a plain report is no event");
  }

  @Test
  void extract_speakerSaysAnActorUnderminedSomething_isACriticismOfIt() {
    ParsedSentence undermined = Sentences.parse(
        "Chile/NNP said/VBD/say Peru/NNP undermined/VBD/undermine the/DT talks/NNS/talk ./.",
        "root(ROOT-0, said-2)",
        "nsubj(said-2, Chile-1)",
        "ccomp(said-2, undermined-4)",
        "nsubj(undermined-4, Peru-3)",
        "det(talks-6, the-5)",
        "obj(undermined-4, talks-6)",
        "punct(said-2, .-7)");
    ParsedSentence joined = Sentences.parse(
        "Chile/NNP said/VBD/say Peru/NNP joined/VBD/join the/DT talks/NNS/talk ./.",
        "root(ROOT-0, said-2)",
        "nsubj(said-2, Chile-1)",
        "ccomp(said-2, joined-4)",
        "nsubj(joined-4, Peru-3)",
        "det(talks-6, the-5)",
        "obj(joined-4, talks-6)",
        "punct(said-2, .-7)");
    List<Mention> ms = List.of(m(0, Kind.COUNTRY, "CHL"), m(2, Kind.COUNTRY, "PER"));

    assertEquals(List.of("CHL>PER:111"),
        dyads(extractor, undermined, ms, ctx));
    assertTrue(extractor.extract(joined, ms, ctx).isEmpty(), "a plain report is no event");
  }

  @Test
  void extract_labelVerbWithAdjectiveAsClause_isACriticismOfTheLabelledActor() {
    ParsedSentence s = Sentences.parse(
        "Chile/NNP described/VBD/describe the/DT Peruvian/JJ move/NN/move as/IN"
            + " provocative/JJ/provocative ./.",
        "root(ROOT-0, described-2)",
        "nsubj(described-2, Chile-1)",
        "obj(described-2, move-5)",
        "det(move-5, the-3)",
        "amod(move-5, Peruvian-4)",
        "case(provocative-7, as-6)",
        "advcl:as(described-2, provocative-7)",
        "punct(described-2, .-8)");
    List<Mention> ms = List.of(m(0, Kind.COUNTRY, "CHL"), m(3, Kind.ADJECTIVE, "PER"));

    assertEquals(List.of("CHL>PER:111"),
        dyads(extractor, s, ms, ctx));
    assertTrue(extractor.mayJudge(s.tokens()), "a label verb with a blaming word is worth parsing");
  }

  @Test
  void extract_labelVerbWithSmallClause_criticisesTheClausesSubject() {
    ParsedSentence threat = Sentences.parse(
        "Chile/NNP called/VBD/call the/DT Peruvian/JJ rebels/NNS/rebel a/DT threat/NN/threat ./.",
        "root(ROOT-0, called-2)",
        "nsubj(called-2, Chile-1)",
        "xcomp(called-2, threat-7)",
        "det(rebels-5, the-3)",
        "amod(rebels-5, Peruvian-4)",
        "nsubj(threat-7, rebels-5)",
        "det(threat-7, a-6)",
        "punct(called-2, .-8)");
    ParsedSentence partner = Sentences.parse(
        "Chile/NNP called/VBD/call the/DT Peruvian/JJ rebels/NNS/rebel a/DT partner/NN/partner ./.",
        "root(ROOT-0, called-2)",
        "nsubj(called-2, Chile-1)",
        "xcomp(called-2, partner-7)",
        "det(rebels-5, the-3)",
        "amod(rebels-5, Peruvian-4)",
        "nsubj(partner-7, rebels-5)",
        "det(partner-7, a-6)",
        "punct(called-2, .-8)");
    List<Mention> ms = List.of(m(0, Kind.COUNTRY, "CHL"), m(3, Kind.ADJECTIVE, "PER"));

    assertEquals(List.of("CHL>PER:111"),
        dyads(extractor, threat, ms, ctx));
    assertTrue(extractor.extract(partner, ms, ctx).isEmpty(), "a friendly label blames no one");
  }

  @Test
  void extract_labelByAnInsultingAdjective_criticises_andIsNoAppeal() {
    ParsedSentence guy = Sentences.parse(
        "Chile/NNP called/VBD/call the/DT Peruvian/JJ envoy/NN/envoy a/DT stupid/JJ/stupid"
            + " man/NN/man ./.",
        "root(ROOT-0, called-2)",
        "nsubj(called-2, Chile-1)",
        "xcomp(called-2, man-8)",
        "det(envoy-5, the-3)",
        "amod(envoy-5, Peruvian-4)",
        "nsubj(man-8, envoy-5)",
        "det(man-8, a-6)",
        "amod(man-8, stupid-7)",
        "punct(called-2, .-9)");
    List<Mention> ms = List.of(m(0, Kind.COUNTRY, "CHL"), m(3, Kind.ADJECTIVE, "PER"),
        m(4, Kind.AGENT, "GOV"));
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("call-v", "020", "call", Set.of(), "obj"))));
    DocumentContext loose = sentenceMode();

    assertEquals(List.of("CHL>PERGOV:111"),
        dyads(x, guy, ms, ctx));
    assertEquals(List.of("CHL>PERGOV:111"),
        dyads(x, guy, ms, loose),
        "no appeal to no one besides");
    ParsedSentence twoObjects = Sentences.parse(
        "Chile/NNP called/VBD/call the/DT Peruvian/JJ envoy/NN/envoy a/DT stupid/JJ/stupid"
            + " man/NN/man ./.",
        "root(ROOT-0, called-2)", "nsubj(called-2, Chile-1)", "det(envoy-5, the-3)",
        "amod(envoy-5, Peruvian-4)", "obj(called-2, envoy-5)", "det(man-8, a-6)",
        "amod(man-8, stupid-7)", "obj(called-2, man-8)", "punct(called-2, .-9)");
    assertEquals(List.of("CHL>PERGOV:111"), dyads(x, twoObjects, ms, loose),
        "the label read as a second object");
  }

  @Test
  void extract_regardAsTerrorists_isACriticismOfTheRegardedActor() {
    ParsedSentence s = Sentences.parse(
        "Bolivia/NNP regards/VBZ/regard the/DT Chilean/JJ militias/NNS/militia as/IN"
            + " terrorists/NNS/terrorist ./.",
        "root(ROOT-0, regards-2)",
        "nsubj(regards-2, Bolivia-1)",
        "obj(regards-2, militias-5)",
        "det(militias-5, the-3)",
        "amod(militias-5, Chilean-4)",
        "case(terrorists-7, as-6)",
        "obl:as(regards-2, terrorists-7)",
        "punct(regards-2, .-8)");
    List<Mention> ms = List.of(m(0, Kind.COUNTRY, "BOL"), m(3, Kind.ADJECTIVE, "CHL"));

    assertEquals(List.of("BOL>CHL:111"),
        dyads(extractor, s, ms, ctx));
  }

  @Test
  void extract_speakingParticipleOnTheReportedClause_speaksForTheReporter() {
    ParsedSentence s = Sentences.parse(
        "Chile/NNP said/VBD/say Peru/NNP was/VBD/be ready/JJ/ready ,/, adding/VBG/add that/IN"
            + " Bolivia/NNP was/VBD/be a/DT problem/NN/problem ./.",
        "root(ROOT-0, said-2)",
        "nsubj(said-2, Chile-1)",
        "ccomp(said-2, ready-5)",
        "nsubj(ready-5, Peru-3)",
        "cop(ready-5, was-4)",
        "punct(ready-5, ,-6)",
        "dep(ready-5, adding-7)",
        "ccomp(adding-7, problem-12)",
        "mark(problem-12, that-8)",
        "nsubj(problem-12, Bolivia-9)",
        "cop(problem-12, was-10)",
        "det(problem-12, a-11)",
        "punct(said-2, .-13)");
    List<Mention> ms = List.of(m(0, Kind.COUNTRY, "CHL"), m(2, Kind.COUNTRY, "PER"),
        m(8, Kind.COUNTRY, "BOL"));

    assertEquals(List.of("CHL>BOL:111"),
        dyads(extractor, s, ms, ctx));
  }

  @Test
  void extract_participleReadAsNounWithSubject_takesThatSubjectAsSource() {
    ParsedSentence s = Sentences.parse(
        "A/DT Chilean/JJ soldier/NN/soldier attacking/NN/attack Peruvian/JJ rebels/NNS/rebel"
            + " died/VBD/die ./.",
        "root(ROOT-0, died-7)",
        "det(soldier-3, A-1)",
        "amod(soldier-3, Chilean-2)",
        "nsubj(attacking-4, soldier-3)",
        "nmod:against(attacking-4, rebels-6)",
        "amod(rebels-6, Peruvian-5)",
        "nsubj(died-7, attacking-4)",
        "punct(died-7, .-8)");
    EventExtractor against = new EventExtractor(PatternLexicon.of(List.of(
        noun("attack-n", "190", "attack", "nmod:on", "nmod:against"))));
    List<Mention> ms = List.of(m(1, Kind.ADJECTIVE, "CHL"), m(2, Kind.AGENT, "MIL"),
        m(4, Kind.ADJECTIVE, "PER"), m(5, Kind.AGENT, "REB"));

    assertEquals(List.of("CHLMIL>PERREB:190"),
        dyads(against, s, ms, ctx));
  }

  @Test
  void extract_orderedActNoun_isTheActOfWhoOrderedIt() {
    ParsedSentence s = Sentences.parse(
        "Chile/NNP ordered/VBD/order the/DT expulsion/NN/expulsion of/IN the/DT Peruvian/JJ"
            + " envoy/NN/envoy ./.",
        "root(ROOT-0, ordered-2)",
        "nsubj(ordered-2, Chile-1)",
        "det(expulsion-4, the-3)",
        "obj(ordered-2, expulsion-4)",
        "case(envoy-8, of-5)",
        "det(envoy-8, the-6)",
        "amod(envoy-8, Peruvian-7)",
        "nmod:of(expulsion-4, envoy-8)",
        "punct(ordered-2, .-9)");
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("order-v", "100", "order", Set.of(), "obj", "*obj"),
        noun("expulsion-n", "174", "expulsion", "nmod:of"))));
    List<Mention> ms = List.of(m(0, Kind.COUNTRY, "CHL"), m(6, Kind.ADJECTIVE, "PER"),
        m(7, Kind.AGENT, "GOV"));

    assertEquals(List.of("CHL>PERGOV:174"),
        dyads(x, s, ms, ctx));
  }

  @Test
  void extract_supportForAWarNamedByCountry_hasNoTarget() {
    ParsedSentence s = Sentences.parse(
        "Chile/NNP backed/VBD/back the/DT Peru/NNP war/NN/war ./.",
        "root(ROOT-0, backed-2)",
        "nsubj(backed-2, Chile-1)",
        "det(war-5, the-3)",
        "compound(war-5, Peru-4)",
        "obj(backed-2, war-5)",
        "punct(backed-2, .-6)");
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("back-v", "051", "back", Set.of(), "obj"))));

    assertTrue(x.extract(s, List.of(m(0, Kind.COUNTRY, "CHL"), m(3, Kind.COUNTRY, "PER")), ctx)
        .isEmpty(), "a war is no party to back");
  }

  @Test
  void extract_meetingWithOnesOwnTeam_isNoMeetingWithWhomHisStandsFor() {
    ParsedSentence first = Sentences.parse("Chile/NNP spoke/VBD/speak ./.",
        "root(ROOT-0, spoke-2)", "nsubj(spoke-2, Chile-1)", "punct(spoke-2, .-3)");
    ParsedSentence s = Sentences.parse(
        "Peru/NNP met/VBD/meet his/PRP$ security/NN team/NN/team ./.",
        "root(ROOT-0, met-2)",
        "nsubj(met-2, Peru-1)",
        "nmod:poss(team-5, his-3)",
        "compound(team-5, security-4)",
        "obj(met-2, team-5)",
        "punct(met-2, .-6)");
    DocumentContext story = new DocumentContext(Optional.empty(), false, Optional.empty());
    story.remember(first, List.of(m(0, Kind.COUNTRY, "CHL")));
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("meet-v", "040", "meet", Set.of(), "obj"))));

    assertTrue(x.extract(s, List.of(m(0, Kind.COUNTRY, "PER"),
        new Mention(2, 3, Kind.PRONOUN, "his", "pronoun:his")), story).isEmpty());
  }

  @Test
  void extract_speakingToARadioProgramme_isNoEventWithTheBroadcaster() {
    ParsedSentence s = Sentences.parse(
        "Chile/NNP spoke/VBD/speak to/TO Peruvian/JJ radio/NN/radio ./.",
        "root(ROOT-0, spoke-2)",
        "nsubj(spoke-2, Chile-1)",
        "case(radio-5, to-3)",
        "amod(radio-5, Peruvian-4)",
        "obl:to(spoke-2, radio-5)",
        "punct(spoke-2, .-6)");
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("speak-v", "041", "speak", Set.of(), "obl:to"))));

    assertTrue(x.extract(s, List.of(m(0, Kind.COUNTRY, "CHL"), m(3, Kind.ADJECTIVE, "PER"),
        m(4, Kind.AGENT, "MED")), ctx).isEmpty());
  }

  @Test
  void extract_orgNounWithIndefiniteArticle_isNotTheOrganisationNamedBefore() {
    ParsedSentence first = Sentences.parse("NATO/NNP met/VBD/meet ./.",
        "root(ROOT-0, met-2)", "nsubj(met-2, NATO-1)", "punct(met-2, .-3)");
    ParsedSentence the = Sentences.parse(
        "The/DT alliance/NN/alliance attacked/VBD/attack Peru/NNP ./.",
        "root(ROOT-0, attacked-3)", "det(alliance-2, The-1)", "nsubj(attacked-3, alliance-2)",
        "obj(attacked-3, Peru-4)", "punct(attacked-3, .-5)");
    ParsedSentence an = Sentences.parse(
        "An/DT alliance/NN/alliance attacked/VBD/attack Peru/NNP ./.",
        "root(ROOT-0, attacked-3)", "det(alliance-2, An-1)", "nsubj(attacked-3, alliance-2)",
        "obj(attacked-3, Peru-4)", "punct(attacked-3, .-5)");
    DocumentContext story = new DocumentContext(Optional.empty(), false, Optional.empty());
    story.remember(first, List.of(new Mention(0, 1, Kind.ORG, "IGOWSTNAT", "test:NATO")));
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("attack-v", "190", "attack", Set.of(), "obj"))));
    List<Mention> ms = List.of(new Mention(1, 2, Kind.ORG_NOUN, "IGOWSTNAT", "test:alliance"),
        m(3, Kind.COUNTRY, "PER"));

    ParsedSentence owned = Sentences.parse(
        "His/PRP$ alliance/NN/alliance attacked/VBD/attack Peru/NNP ./.",
        "root(ROOT-0, attacked-3)", "nmod:poss(alliance-2, His-1)",
        "nsubj(attacked-3, alliance-2)", "obj(attacked-3, Peru-4)", "punct(attacked-3, .-5)");

    assertEquals(List.of("IGOWSTNAT>PER:190"),
        dyads(x, the, ms, story));
    assertTrue(x.extract(an, ms, story).isEmpty(), "an alliance is another one");
    assertTrue(x.extract(owned, ms, story).isEmpty(), "someone's alliance is another one");
  }

  @Test
  void extract_stabbedInTheBack_isNoBlowAndCriticsOfAnActorAreNotIt() {
    ParsedSentence stab = Sentences.parse(
        "Chile/NNP stabbed/VBD/stab Peru/NNP in/IN the/DT back/NN/back ./.",
        "root(ROOT-0, stabbed-2)",
        "nsubj(stabbed-2, Chile-1)",
        "obj(stabbed-2, Peru-3)",
        "case(back-6, in-4)",
        "det(back-6, the-5)",
        "obl:in(stabbed-2, back-6)",
        "punct(stabbed-2, .-7)");
    ParsedSentence critics = Sentences.parse(
        "Chile/NNP armed/VBD/arm critics/NNS/critic of/IN Peru/NNP ./.",
        "root(ROOT-0, armed-2)",
        "nsubj(armed-2, Chile-1)",
        "obj(armed-2, critics-3)",
        "case(Peru-5, of-4)",
        "nmod:of(critics-3, Peru-5)",
        "punct(armed-2, .-6)");
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("stab-v", "182", "stab", Set.of(), "obj"),
        verb("arm-v", "072", "arm", Set.of(), "*obj"))));

    assertTrue(x.extract(stab, List.of(m(0, Kind.COUNTRY, "CHL"), m(2, Kind.COUNTRY, "PER")),
        ctx).isEmpty(), "a betrayal, no stabbing");
    assertTrue(x.extract(critics, List.of(m(0, Kind.COUNTRY, "CHL"), m(4, Kind.COUNTRY, "PER")),
        ctx).isEmpty(), "Peru's critics are not Peru");
  }

  @Test
  void extract_participleAfterCommaOnAnObject_takesTheClausesSubject() {
    ParsedSentence s = Sentences.parse(
        "Peruvian/JJ rebels/NNS/rebel seized/VBD/seize the/DT hospital/NN/hospital ,/,"
            + " killing/VBG/kill a/DT Chilean/JJ soldier/NN/soldier ./.",
        "root(ROOT-0, seized-3)",
        "amod(rebels-2, Peruvian-1)",
        "nsubj(seized-3, rebels-2)",
        "det(hospital-5, the-4)",
        "obj(seized-3, hospital-5)",
        "punct(hospital-5, ,-6)",
        "acl(hospital-5, killing-7)",
        "det(soldier-10, a-8)",
        "amod(soldier-10, Chilean-9)",
        "obj(killing-7, soldier-10)",
        "punct(seized-3, .-11)");
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("kill-v", "190", "kill", Set.of(), "obj"))));

    assertEquals(List.of("PERREB>CHLMIL:190"), dyads(x, s, List.of(m(0, Kind.ADJECTIVE, "PER"),
        m(1, Kind.AGENT, "REB"), m(4, Kind.AGENT, "HLH"), m(8, Kind.ADJECTIVE, "CHL"),
        m(9, Kind.AGENT, "MIL")), ctx));
  }

  @Test
  void extract_expulsionFromACountryWithNoAgent_isThatStates() {
    ParsedSentence s = Sentences.parse(
        "Chilean/JJ diplomats/NNS/diplomat were/VBD/be expelled/VBN/expel from/IN Peru/NNP ./.",
        "root(ROOT-0, expelled-4)",
        "amod(diplomats-2, Chilean-1)",
        "nsubj:pass(expelled-4, diplomats-2)",
        "aux:pass(expelled-4, were-3)",
        "case(Peru-6, from-5)",
        "obl:from(expelled-4, Peru-6)",
        "punct(expelled-4, .-7)");
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("expel-v", "174", "expel", Set.of(), "obj"))));

    assertEquals(List.of("PERGOV>CHLGOV:174"), x.extract(s, List.of(
        m(0, Kind.ADJECTIVE, "CHL"), m(1, Kind.AGENT, "GOV"), m(5, Kind.COUNTRY, "PER")), ctx)
        .stream().map(EventExtractorTest::dyad).toList());
  }

  @Test
  void extract_withPhraseNamedByItsLastPreposition_isStillWhatWasGiven() {
    ParsedSentence s = Sentences.parse(
        "Chile/NNP provided/VBD/provide Peru/NNP with/IN $/$ 5/CD million/CD in/IN aid/NN/aid ./.",
        "root(ROOT-0, provided-2)",
        "nsubj(provided-2, Chile-1)",
        "obj(provided-2, Peru-3)",
        "case(aid-9, with-4)",
        "nummod(aid-9, $-5)",
        "nummod($-5, million-7)",
        "compound(million-7, 5-6)",
        "case(aid-9, in-8)",
        "obl:in(provided-2, aid-9)",
        "punct(provided-2, .-10)");
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("provide-aid", "070", "provide", Set.of("aid"), "obl:to"))));

    assertEquals(List.of("CHL>PER:070"), dyads(x, s, List.of(m(0, Kind.COUNTRY, "CHL"),
        m(2, Kind.COUNTRY, "PER")), ctx));
  }

  @Test
  void extract_callForSanctionsAgainstAnActor_isHostileWordsAboutIt() {
    ParsedSentence s = Sentences.parse(
        "Chile/NNP called/VBD/call for/IN sanctions/NNS/sanction against/IN Peru/NNP ./.",
        "root(ROOT-0, called-2)",
        "nsubj(called-2, Chile-1)",
        "case(sanctions-4, for-3)",
        "obl:for(called-2, sanctions-4)",
        "case(Peru-6, against-5)",
        "nmod:against(sanctions-4, Peru-6)",
        "punct(called-2, .-7)");
    ParsedSentence talks = Sentences.parse(
        "Chile/NNP called/VBD/call for/IN talks/NNS/talk against/IN Peru/NNP ./.",
        "root(ROOT-0, called-2)",
        "nsubj(called-2, Chile-1)",
        "case(talks-4, for-3)",
        "obl:for(called-2, talks-4)",
        "case(Peru-6, against-5)",
        "nmod:against(talks-4, Peru-6)",
        "punct(called-2, .-7)");
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("call-v", "020", "call", Set.of(), "obl:on", "obl:for.nmod:against"))));
    List<Mention> ms = List.of(m(0, Kind.COUNTRY, "CHL"), m(5, Kind.COUNTRY, "PER"));

    assertEquals(List.of("CHL>PER:111"),
        dyads(x, s, ms, ctx));
    assertEquals(List.of("CHL>PER:020"),
        dyads(x, talks, ms, ctx));
  }

  @Test
  void extract_kurdishForces_areOfTheKurdishLandTheStoryIsIn() {
    ParsedSentence first = Sentences.parse("Britain/NNP bombed/VBD/bomb Syria/NNP ./.",
        "root(ROOT-0, bombed-2)", "nsubj(bombed-2, Britain-1)", "obj(bombed-2, Syria-3)",
        "punct(bombed-2, .-4)");
    ParsedSentence s = Sentences.parse(
        "Britain/NNP praised/VBD/praise Kurdish/JJ forces/NNS/force ./.",
        "root(ROOT-0, praised-2)",
        "nsubj(praised-2, Britain-1)",
        "amod(forces-4, Kurdish-3)",
        "obj(praised-2, forces-4)",
        "punct(praised-2, .-5)");
    DocumentContext story = new DocumentContext(Optional.empty(), false, Optional.of("GBR"));
    story.remember(first, List.of(m(0, Kind.COUNTRY, "GBR"), m(2, Kind.COUNTRY, "SYR")));
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("praise-v", "051", "praise", Set.of(), "obj"))));
    List<Mention> ms = List.of(m(0, Kind.COUNTRY, "GBR"),
        new Mention(2, 4, Kind.AGENT, "REB", "agents.tsv:kurdish forces"));

    assertEquals(List.of("GBR>SYRREB:051"),
        dyads(x, s, ms, story));
    ParsedSentence foe = Sentences.parse(
        "Turkey/NNP attacked/VBD/attack Kurdish/JJ forces/NNS/force ./.",
        "root(ROOT-0, attacked-2)",
        "nsubj(attacked-2, Turkey-1)",
        "amod(forces-4, Kurdish-3)",
        "obj(attacked-2, forces-4)",
        "punct(attacked-2, .-5)");
    EventExtractor attack = new EventExtractor(PatternLexicon.of(List.of(
        verb("attack-v", "190", "attack", Set.of(), "obj"))));
    assertEquals(List.of("TUR>SYRREB:190"), dyads(attack, foe, List.of(
        m(0, Kind.COUNTRY, "TUR"), new Mention(2, 4, Kind.AGENT, "REB",
            "agents.tsv:kurdish forces")), story),
        "Turkey, named as their foe, is not where they are");
    ParsedSentence leader = Sentences.parse(
        "Kurdish/JJ forces/NNS/force appealed/VBD/appeal to/TO Assad/NNP ./.",
        "root(ROOT-0, appealed-3)",
        "amod(forces-2, Kurdish-1)",
        "nsubj(appealed-3, forces-2)",
        "case(Assad-5, to-4)",
        "obl:to(appealed-3, Assad-5)",
        "punct(appealed-3, .-6)");
    EventExtractor appeal = new EventExtractor(PatternLexicon.of(List.of(
        verb("appeal-v", "020", "appeal", Set.of(), "obl:to"))));
    DocumentContext elsewhere = new DocumentContext(Optional.empty(), false, Optional.of("TUR"));
    assertEquals(List.of("SYRREB>SYRGOV:020"), dyads(appeal, leader, List.of(
        new Mention(0, 2, Kind.AGENT, "REB", "agents.tsv:kurdish forces"),
        new Mention(4, 5, Kind.PERSON, "SYRGOV", "people.tsv:Assad")), elsewhere),
        "the leader names the land");
  }

  @Test
  void extract_actOfWhomOneAccuses_isTheAccusedsAct() {
    ParsedSentence s = Sentences.parse(
        "Chile/NNP accuses/VBZ/accuse Peru/NNP of/IN backing/VBG/back Bolivian/JJ rebels/NNS/rebel"
            + " ./.",
        "root(ROOT-0, accuses-2)",
        "nsubj(accuses-2, Chile-1)",
        "obj(accuses-2, Peru-3)",
        "mark(backing-5, of-4)",
        "advcl:of(accuses-2, backing-5)",
        "amod(rebels-7, Bolivian-6)",
        "obj(backing-5, rebels-7)",
        "punct(accuses-2, .-8)");
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("accuse-v", "112", "accuse", Set.of(), "obj"),
        verb("back-v", "051", "back", Set.of(), "obj"))));

    assertEquals(List.of("CHL>PER:112", "PER>BOLREB:051"), dyads(x, s, List.of(
        m(0, Kind.COUNTRY, "CHL"), m(2, Kind.COUNTRY, "PER"), m(5, Kind.ADJECTIVE, "BOL"),
        m(6, Kind.AGENT, "REB")), ctx));
  }

  @Test
  void extract_pronounCountingPartOfAGroup_refersToNoEarlierActor() {
    ParsedSentence first = Sentences.parse("Chile/NNP spoke/VBD/speak ./.",
        "root(ROOT-0, spoke-2)", "nsubj(spoke-2, Chile-1)", "punct(spoke-2, .-3)");
    ParsedSentence s = Sentences.parse(
        "Peru/NNP arrested/VBD/arrest 45/CD of/IN them/PRP ./.",
        "root(ROOT-0, arrested-2)",
        "nsubj(arrested-2, Peru-1)",
        "obj(arrested-2, 45-3)",
        "case(them-5, of-4)",
        "nmod:of(45-3, them-5)",
        "punct(arrested-2, .-6)");
    DocumentContext story = new DocumentContext(Optional.empty(), false, Optional.empty());
    story.remember(first, List.of(m(0, Kind.COUNTRY, "CHL")));
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("arrest-v", "173", "arrest", Set.of(), "*obj"))));

    assertTrue(x.extract(s, List.of(m(0, Kind.COUNTRY, "PER"),
        new Mention(4, 5, Kind.PRONOUN, "them", "pronoun:them")), story).isEmpty());
  }

  @Test
  void extract_companiesOfAForce_areThatForceNoBusiness() {
    ParsedSentence s = Sentences.parse(
        "Two/CD companies/NNS/company of/IN Peruvian/JJ police/NN/police attacked/VBD/attack"
            + " Chile/NNP ./.",
        "root(ROOT-0, attacked-6)",
        "nummod(companies-2, Two-1)",
        "nsubj(attacked-6, companies-2)",
        "case(police-5, of-3)",
        "amod(police-5, Peruvian-4)",
        "nmod:of(companies-2, police-5)",
        "obj(attacked-6, Chile-7)",
        "punct(attacked-6, .-8)");
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("attack-v", "190", "attack", Set.of(), "obj"))));

    assertEquals(List.of("PERCOP>CHL:190"), x.extract(s, List.of(m(1, Kind.AGENT, "BUS"),
        m(3, Kind.ADJECTIVE, "PER"), m(4, Kind.AGENT, "COP"), m(6, Kind.COUNTRY, "CHL")), ctx)
        .stream().map(EventExtractorTest::dyad).toList());
  }

  @Test
  void extract_goodWillDeniedOfAnActor_isACriticismOfIt() {
    List<String> out = new ArrayList<>();
    for (String not : List.of("not/RB ", "")) {
      int shift = not.isEmpty() ? 0 : 1;
      List<String> deps = new ArrayList<>(List.of(
          "root(ROOT-0, said-2)",
          "nsubj(said-2, Chile-1)",
          "ccomp(said-2, interested-" + (5 + shift) + ")",
          "nsubj(interested-" + (5 + shift) + ", Peru-3)",
          "cop(interested-" + (5 + shift) + ", was-4)",
          "punct(said-2, .-" + (6 + shift) + ")"));
      if (shift == 1) {
        deps.add("advmod(interested-6, not-5)");
      }
      ParsedSentence s = Sentences.parse(
          "Chile/NNP said/VBD/say Peru/NNP was/VBD/be " + not + "interested/JJ/interested ./.",
          deps.toArray(String[]::new));
      extractor.extract(s, List.of(m(0, Kind.COUNTRY, "CHL"), m(2, Kind.COUNTRY, "PER")), ctx)
          .forEach(c -> out.add(shift + ":" + dyad(c)));
    }

    assertEquals(List.of("1:CHL>PER:111"), out, "only good will denied blames");
  }

  @Test
  void extract_donorNoun_givesFromItsSubjectToWhomItsPossessorNames() {
    ParsedSentence largest = Sentences.parse(
        "Chile/NNP is/VBZ/be the/DT largest/JJS donor/NN/donor to/TO Peru/NNP ./.",
        "root(ROOT-0, donor-5)",
        "nsubj(donor-5, Chile-1)",
        "cop(donor-5, is-2)",
        "det(donor-5, the-3)",
        "amod(donor-5, largest-4)",
        "case(Peru-7, to-6)",
        "nmod:to(donor-5, Peru-7)",
        "punct(donor-5, .-8)");
    ParsedSentence owned = Sentences.parse(
        "Peru/NNP 's/POS donors/NNS/donor met/VBD/meet ./.",
        "root(ROOT-0, met-4)",
        "nmod:poss(donors-3, Peru-1)",
        "case(Peru-1, 's-2)",
        "nsubj(met-4, donors-3)",
        "punct(met-4, .-5)");
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        noun("donor-n", "070", "donor", "nmod:to"))));
    DocumentContext sentences = sentenceMode();

    assertEquals(List.of("CHL>PER:070"), dyads(x, largest, List.of(m(0, Kind.COUNTRY, "CHL"),
        m(6, Kind.COUNTRY, "PER")), ctx));
    assertTrue(x.extract(owned, List.of(m(0, Kind.COUNTRY, "PER")), sentences).stream()
        .noneMatch(c -> c.source().code().equals("PER")), "Peru's donors give to Peru");
  }

  @Test
  void mayJudge_reportWithoutJudgingWord_isFalse() {
    ParsedSentence s = Sentences.parse(
        "Chile/NNP described/VBD/describe the/DT Peruvian/JJ move/NN/move ./.",
        "root(ROOT-0, described-2)",
        "nsubj(described-2, Chile-1)",
        "obj(described-2, move-5)",
        "det(move-5, the-3)",
        "amod(move-5, Peruvian-4)",
        "punct(described-2, .-6)");

    assertFalse(extractor.mayJudge(s.tokens()));
  }

  @Test
  void extract_participleHungAsDep_takesTheSubjectOfTheClauseItFollows() {
    ParsedSentence s = Sentences.parse(
        "Turkish/JJ jets/NNS/jet pounded/VBD/pound the/DT town/NN/town ,/, attacking/VBG/attack"
            + " Syria/NNP ./.",
        "root(ROOT-0, pounded-3)",
        "amod(jets-2, Turkish-1)",
        "nsubj(pounded-3, jets-2)",
        "det(town-5, the-4)",
        "obj(pounded-3, town-5)",
        "punct(pounded-3, ,-6)",
        "dep(pounded-3, attacking-7)",
        "obj(attacking-7, Syria-8)",
        "punct(pounded-3, .-9)");
    List<Mention> ms = List.of(m(0, Kind.ADJECTIVE, "TUR"), m(1, Kind.AGENT, "MIL"),
        m(7, Kind.COUNTRY, "SYR"));

    assertEquals(List.of("TURMIL>SYR:190"),
        dyads(extractor, s, ms, ctx));
  }

  @Test
  void extract_objectThatGroupsTheListedThing_matchesThroughIt() {
    ParsedSentence s = Sentences.parse(
        "Peru/NNP suspended/VBD/suspend a/DT team/NN/team of/IN embassy/NN/embassy staff/NN/staff"
            + " to/TO Chile/NNP ./.",
        "root(ROOT-0, suspended-2)",
        "nsubj(suspended-2, Peru-1)",
        "det(team-4, a-3)",
        "obj(suspended-2, team-4)",
        "case(staff-7, of-5)",
        "compound(staff-7, embassy-6)",
        "nmod:of(team-4, staff-7)",
        "case(Chile-9, to-8)",
        "nmod:to(team-4, Chile-9)",
        "punct(suspended-2, .-10)");
    ParsedSentence unlisted = Sentences.parse(
        "Peru/NNP suspended/VBD/suspend a/DT picture/NN/picture of/IN embassy/NN/embassy"
            + " staff/NN/staff to/TO Chile/NNP ./.",
        "root(ROOT-0, suspended-2)",
        "nsubj(suspended-2, Peru-1)",
        "det(picture-4, a-3)",
        "obj(suspended-2, picture-4)",
        "case(staff-7, of-5)",
        "compound(staff-7, embassy-6)",
        "nmod:of(picture-4, staff-7)",
        "case(Chile-9, to-8)",
        "nmod:to(picture-4, Chile-9)",
        "punct(suspended-2, .-10)");
    List<Mention> ms = List.of(m(0, Kind.COUNTRY, "PER"), m(8, Kind.COUNTRY, "CHL"));

    assertEquals(List.of("PER>CHL:161"),
        dyads(extractor, s, ms, ctx));
    assertTrue(extractor.extract(unlisted, ms, ctx).isEmpty(),
        "only a grouping head is looked through");
  }

  @Test
  void extract_hyphenatedNounWithoutPatterns_takesThoseOfItsLastPart() {
    ParsedSentence s = Sentences.parse(
        "Peru/NNP 's/POS cyber-attacks/NNS/cyber-attack on/IN Chile/NNP ./.",
        "root(ROOT-0, cyber-attacks-3)",
        "nmod:poss(cyber-attacks-3, Peru-1)",
        "case(Peru-1, 's-2)",
        "case(Chile-5, on-4)",
        "nmod:on(cyber-attacks-3, Chile-5)",
        "punct(cyber-attacks-3, .-6)");
    List<Mention> ms = List.of(m(0, Kind.COUNTRY, "PER"), m(4, Kind.COUNTRY, "CHL"));

    assertEquals(List.of("PER>CHL:190"),
        dyads(extractor, s, ms, ctx));
    assertTrue(extractor.mayTrigger(s.tokens().get(2)));
  }

  @Test
  void extract_verbWithoutObject_takesWhatItTakesWithToAsItsObject() {
    EventExtractor agree = new EventExtractor(PatternLexicon.of(List.of(verb("agree-truce",
        "0871", "agree", Set.of("truce"), "obj.nmod:with", "obl:to.nmod:with"))));
    ParsedSentence s = Sentences.parse(
        "Peru/NNP agreed/VBD/agree to/TO a/DT truce/NN/truce with/IN Chile/NNP ./.",
        "root(ROOT-0, agreed-2)",
        "nsubj(agreed-2, Peru-1)",
        "case(truce-5, to-3)",
        "det(truce-5, a-4)",
        "obl:to(agreed-2, truce-5)",
        "case(Chile-7, with-6)",
        "nmod:with(truce-5, Chile-7)",
        "punct(agreed-2, .-8)");
    List<Mention> ms = List.of(m(0, Kind.COUNTRY, "PER"), m(6, Kind.COUNTRY, "CHL"));

    assertEquals(List.of("PER>CHL:0871"),
        dyads(agree, s, ms, ctx));
  }

  @Test
  void extract_possessivePronounBeforeANationality_doesNotNameThePhrase() {
    DocumentContext doc = new DocumentContext(Optional.empty(), false, Optional.empty());
    doc.remember(0, List.of(m(0, Kind.COUNTRY, "PER")));
    ParsedSentence s = Sentences.sentence(1, 0,
        "Its/PRP$ Chilean/JJ counterpart/NN/counterpart attacked/VBD/attack Bolivia/NNP ./.",
        "root(ROOT-0, attacked-4)",
        "nmod:poss(counterpart-3, Its-1)",
        "amod(counterpart-3, Chilean-2)",
        "nsubj(attacked-4, counterpart-3)",
        "obj(attacked-4, Bolivia-5)",
        "punct(attacked-4, .-6)");
    List<Mention> ms = List.of(new Mention(0, 1, Kind.PRONOUN, "its", "pronoun:Its"),
        m(1, Kind.ADJECTIVE, "CHL"), m(2, Kind.AGENT, "GOV"), m(4, Kind.COUNTRY, "BOL"));

    assertEquals(List.of("CHLGOV>BOL:190"),
        dyads(extractor, s, ms, doc));
  }

  @Test
  void extract_judgementBeforeItsSpeaker_isACriticismOfTheJudgedActor() {
    ParsedSentence s = Sentences.parse(
        "The/DT Peruvian/JJ plan/NN/plan was/VBD/be a/DT provocation/NN/provocation ,/,"
            + " Chile/NNP said/VBD/say ./.",
        "root(ROOT-0, provocation-6)",
        "det(plan-3, The-1)",
        "amod(plan-3, Peruvian-2)",
        "nsubj(provocation-6, plan-3)",
        "cop(provocation-6, was-4)",
        "det(provocation-6, a-5)",
        "punct(provocation-6, ,-7)",
        "parataxis(provocation-6, said-9)",
        "nsubj(said-9, Chile-8)",
        "punct(provocation-6, .-10)");
    List<Mention> ms = List.of(m(1, Kind.ADJECTIVE, "PER"), m(7, Kind.COUNTRY, "CHL"));

    assertEquals(List.of("CHL>PER:111"),
        dyads(extractor, s, ms, ctx));
  }

  @Test
  void extract_participleDescribingANoun_isNoEventOfItsOwn() {
    EventExtractor backing = new EventExtractor(PatternLexicon.of(List.of(
        verb("back-v", "051", "back", Set.of(), "obj"),
        verb("attack-v", "190", "attack", Set.of(), "obj"))));
    ParsedSentence s = Sentences.parse(
        "Rebels/NNS/rebel backed/VBN/back by/IN Chile/NNP attacked/VBD/attack Bolivia/NNP ./.",
        "root(ROOT-0, attacked-5)",
        "nsubj(attacked-5, Rebels-1)",
        "acl(Rebels-1, backed-2)",
        "case(Chile-4, by-3)",
        "obl:by(backed-2, Chile-4)",
        "obj(attacked-5, Bolivia-6)",
        "punct(attacked-5, .-7)");
    List<Mention> ms = List.of(m(0, Kind.AGENT, "REB"), m(3, Kind.COUNTRY, "CHL"),
        m(5, Kind.COUNTRY, "BOL"));
    DocumentContext peru = new DocumentContext(Optional.empty(), false, Optional.of("PER"));

    assertEquals(List.of("PERREB>BOL:190"),
        dyads(backing, s, ms, peru));
    ParsedSentence misparsed = Sentences.parse(
        "Rebels/NNS/rebel backed/VBN/back by/IN Chile/NNP attacked/VBD/attack Bolivia/NNP ./.",
        "root(ROOT-0, backed-2)",
        "nsubj(backed-2, Rebels-1)",
        "case(Chile-4, by-3)",
        "obl:by(backed-2, Chile-4)",
        "dep(backed-2, attacked-5)",
        "obj(attacked-5, Bolivia-6)",
        "punct(backed-2, .-7)");
    DocumentContext oneActor = new DocumentContext(Optional.empty(), false, Optional.of("PER"))
        .oneActorEnough(true);
    assertTrue(backing.extract(misparsed, ms, oneActor).stream()
        .noneMatch(c -> c.pattern().id().equals("back-v")), "a description, however parsed");
  }

  @Test
  void extract_objectMisreadAsSubjectOfAParticipleClause_isStillTheObject() {
    EventExtractor accepting = new EventExtractor(PatternLexicon.of(List.of(
        verb("accept-refugees", "075", "accept", Set.of("refugee"), "*obj"))));
    ParsedSentence s = Sentences.parse(
        "Peru/NNP accepted/VBD/accept Chilean/JJ refugees/NNS/refugee sent/VBN/send by/IN"
            + " boat/NN/boat ./.",
        "root(ROOT-0, accepted-2)",
        "nsubj(accepted-2, Peru-1)",
        "ccomp(accepted-2, sent-5)",
        "amod(refugees-4, Chilean-3)",
        "nsubj(sent-5, refugees-4)",
        "case(boat-7, by-6)",
        "obl:by(sent-5, boat-7)",
        "punct(accepted-2, .-8)");
    List<Mention> ms = List.of(m(0, Kind.COUNTRY, "PER"), m(2, Kind.ADJECTIVE, "CHL"));

    assertEquals(List.of("PER>CHL:075"),
        dyads(accepting, s, ms, ctx));
  }

  @Test
  void extract_nounEventThatAVerbLifts_isNoSuchEvent() {
    EventExtractor sanctions = new EventExtractor(PatternLexicon.of(List.of(
        noun("sanction-n", "163", "sanction", "nmod:on"))));
    ParsedSentence lifted = Sentences.parse(
        "Peru/NNP removed/VBD/remove its/PRP$ sanctions/NNS/sanction on/IN Chile/NNP ./.",
        "root(ROOT-0, removed-2)",
        "nsubj(removed-2, Peru-1)",
        "nmod:poss(sanctions-4, its-3)",
        "obj(removed-2, sanctions-4)",
        "case(Chile-6, on-5)",
        "nmod:on(sanctions-4, Chile-6)",
        "punct(removed-2, .-7)");
    ParsedSentence kept = Sentences.parse(
        "Peru/NNP 's/POS sanctions/NNS/sanction on/IN Chile/NNP hurt/VBD/hurt ./.",
        "root(ROOT-0, hurt-6)",
        "nmod:poss(sanctions-3, Peru-1)",
        "case(Peru-1, 's-2)",
        "nsubj(hurt-6, sanctions-3)",
        "case(Chile-5, on-4)",
        "nmod:on(sanctions-3, Chile-5)",
        "punct(hurt-6, .-7)");

    assertTrue(sanctions.extract(lifted, List.of(m(0, Kind.COUNTRY, "PER"),
        m(5, Kind.COUNTRY, "CHL")), ctx).isEmpty());
    assertEquals(List.of("PER>CHL:163"), dyads(sanctions, kept, List.of(
        m(0, Kind.COUNTRY, "PER"), m(4, Kind.COUNTRY, "CHL")), ctx));
  }

  @Test
  void mayTrigger_hyphenatedNoun_readsTheSolidWordBeforeTheLastPart() {
    EventExtractor truce = new EventExtractor(PatternLexicon.of(List.of(
        noun("ceasefire-n", "0871", "ceasefire", "nmod:with"),
        noun("fire-n", "190", "fire", "nmod:on"))));
    ParsedSentence s = Sentences.parse(
        "Peru/NNP 's/POS cease-fire/NN/cease-fire with/IN Chile/NNP held/VBD/hold ./.",
        "root(ROOT-0, held-6)",
        "nmod:poss(cease-fire-3, Peru-1)",
        "case(Peru-1, 's-2)",
        "nsubj(held-6, cease-fire-3)",
        "case(Chile-5, with-4)",
        "nmod:with(cease-fire-3, Chile-5)",
        "punct(held-6, .-7)");

    assertEquals(List.of("PER>CHL:0871"), dyads(truce, s, List.of(m(0, Kind.COUNTRY, "PER"),
        m(4, Kind.COUNTRY, "CHL")), ctx));
  }

  @Test
  void extract_objectTheParserLost_isTheNounRightAfterTheVerb() {
    ParsedSentence s = Sentences.parse(
        "Peru/NNP suspended/VBD/suspend its/PRP$ embassy/NN/embassy Chile/NNP had/VBD/have"
            + " built/VBN/build ./.",
        "root(ROOT-0, suspended-2)",
        "nsubj(suspended-2, Peru-1)",
        "ccomp(suspended-2, built-7)",
        "dep(built-7, embassy-4)",
        "nmod:poss(embassy-4, its-3)",
        "nsubj(built-7, Chile-5)",
        "aux(built-7, had-6)",
        "punct(suspended-2, .-8)");
    DocumentContext oneActor = sentenceMode();

    assertEquals(List.of("suspend-mission"), extractor.extract(s, List.of(
        m(0, Kind.COUNTRY, "PER"), m(4, Kind.COUNTRY, "CHL")), oneActor).stream()
        .map(c -> c.pattern().id()).toList());
  }

  @Test
  void extract_eventNounCompoundedWithAFramingNoun_isAnchoredThere() {
    EventExtractor mediating = new EventExtractor(PatternLexicon.of(List.of(
        noun("mediation-n", "045", "mediation", "nmod:between"))));
    ParsedSentence s = Sentences.parse(
        "Peru/NNP launched/VBD/launch a/DT mediation/NN/mediation effort/NN/effort between/IN"
            + " Chile/NNP and/CC Bolivia/NNP ./.",
        "root(ROOT-0, launched-2)",
        "nsubj(launched-2, Peru-1)",
        "det(effort-5, a-3)",
        "compound(effort-5, mediation-4)",
        "obj(launched-2, effort-5)",
        "case(Chile-7, between-6)",
        "nmod:between(effort-5, Chile-7)",
        "cc(Bolivia-9, and-8)",
        "conj:and(Chile-7, Bolivia-9)",
        "nmod:between(effort-5, Bolivia-9)",
        "punct(launched-2, .-10)");
    List<Mention> ms = List.of(m(0, Kind.COUNTRY, "PER"), m(6, Kind.COUNTRY, "CHL"),
        m(8, Kind.COUNTRY, "BOL"));

    assertEquals(List.of("PER>CHL:045", "PER>BOL:045"), dyads(mediating, s, ms, ctx));
  }

  @Test
  void requestedAct_isTheFirstFittingPatternInWhatTheAppealAsksFor() {
    EventExtractor urging = new EventExtractor(PatternLexicon.of(List.of(
        verb("urge-v", "020", "urge", Set.of(), "obj"),
        verb("respect-truce", "0871", "respect", Set.of("truce"), "obj"),
        noun("call-n", "040", "call", "nmod:with"))));
    ParsedSentence s = Sentences.parse(
        "In/IN a/DT call/NN/call ,/, Peru/NNP urged/VBD/urge Chile/NNP to/TO respect/VB/respect"
            + " the/DT truce/NN/truce ./.",
        "root(ROOT-0, urged-6)",
        "case(call-3, In-1)",
        "det(call-3, a-2)",
        "obl:in(urged-6, call-3)",
        "punct(urged-6, ,-4)",
        "nsubj(urged-6, Peru-5)",
        "obj(urged-6, Chile-7)",
        "mark(respect-9, to-8)",
        "xcomp(urged-6, respect-9)",
        "det(truce-11, the-10)",
        "obj(respect-9, truce-11)",
        "punct(urged-6, .-12)");

    assertEquals(Optional.of("0871"), urging.requestedAct(s, 5),
        "the act asked for, not the call it was asked in");
  }

  @Test
  void extract_nounPatternWithAModifier_firesOnlyWithIt() {
    EventExtractor strikes = new EventExtractor(PatternLexicon.of(List.of(
        new EventPattern("hunger-strike", "142", true, "strike", "hunger", Set.of(), false,
            List.of("nmod:against"), "", ""),
        noun("strike-n", "190", "strike", "nmod:against"))));
    ParsedSentence hunger = Sentences.parse(
        "Peru/NNP 's/POS hunger/NN/hunger strike/NN/strike against/IN Chile/NNP ./.",
        "root(ROOT-0, strike-4)",
        "nmod:poss(strike-4, Peru-1)",
        "case(Peru-1, 's-2)",
        "compound(strike-4, hunger-3)",
        "case(Chile-6, against-5)",
        "nmod:against(strike-4, Chile-6)",
        "punct(strike-4, .-7)");
    ParsedSentence air = Sentences.parse(
        "Peru/NNP 's/POS air/NN/air strike/NN/strike against/IN Chile/NNP ./.",
        "root(ROOT-0, strike-4)",
        "nmod:poss(strike-4, Peru-1)",
        "case(Peru-1, 's-2)",
        "compound(strike-4, air-3)",
        "case(Chile-6, against-5)",
        "nmod:against(strike-4, Chile-6)",
        "punct(strike-4, .-7)");
    List<Mention> ms = List.of(m(0, Kind.COUNTRY, "PER"), m(5, Kind.COUNTRY, "CHL"));

    assertEquals(List.of("PER>CHL:142"),
        dyads(strikes, hunger, ms, ctx));
    assertEquals(List.of("PER>CHL:190"),
        dyads(strikes, air, ms, ctx));
  }
  private static final PatternLexicon GIVING =
      PatternLexicon.of(
          List.of(
              verb("provide-arms", "072", "provide", Set.of("weapon", "tank"), "obl:to"),
              verb("provide-money", "071", "provide", Set.of(EventPattern.MONEY, "million"),
                  "obl:to"),
              verb("return-any", "084", "return", Set.of(EventPattern.ANY_OBJECT), "obl:to")));

  @Test
  void extract_giverWithReceiverAsObject_takesTheObjectAsTarget() {
    ParsedSentence s =
        Sentences.parse(
            "Spain/NNP provided/VBD/provide Chile/NNP with/IN tanks/NNS/tank ./.",
            "root(ROOT-0, provided-2)",
            "nsubj(provided-2, Spain-1)",
            "obj(provided-2, Chile-3)",
            "case(tanks-5, with-4)",
            "obl:with(provided-2, tanks-5)",
            "punct(provided-2, .-6)");

    List<Candidate> out = new EventExtractor(GIVING).extract(s,
        List.of(m(0, Kind.COUNTRY, "ESP"), m(2, Kind.COUNTRY, "CHL")), ctx);

    assertEquals(List.of("ESP>CHL:072"), out.stream().map(EventExtractorTest::dyad).toList());
  }

  @Test
  void extract_giverWithReceiverReadAsIndirectObject_takesItAsTarget() {
    ParsedSentence s =
        Sentences.parse(
            "Spain/NNP provided/VBD/provide Chile/NNP with/IN tanks/NNS/tank ./.",
            "root(ROOT-0, provided-2)",
            "nsubj(provided-2, Spain-1)",
            "iobj(provided-2, Chile-3)",
            "case(tanks-5, with-4)",
            "obl:with(provided-2, tanks-5)",
            "punct(provided-2, .-6)");

    List<Candidate> out = new EventExtractor(GIVING).extract(s,
        List.of(m(0, Kind.COUNTRY, "ESP"), m(2, Kind.COUNTRY, "CHL")), ctx);

    assertEquals(List.of("ESP>CHL:072"), out.stream().map(EventExtractorTest::dyad).toList());
  }

  @Test
  void extract_eventNounCountedInRounds_takesTheLightVerbsSubjects() {
    ParsedSentence s = Sentences.parse(
        "Chile/NNP and/CC Peru/NNP began/VBD/begin a/DT round/NN/round of/IN"
            + " exercises/NNS/exercise ./.",
        "root(ROOT-0, began-4)",
        "nsubj(began-4, Chile-1)",
        "cc(Peru-3, and-2)",
        "conj:and(Chile-1, Peru-3)",
        "nsubj(began-4, Peru-3)",
        "det(round-6, a-5)",
        "obj(began-4, round-6)",
        "case(exercises-8, of-7)",
        "nmod:of(round-6, exercises-8)",
        "punct(began-4, .-9)");
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        noun("exercise-n", "062", "exercise", "nmod:with"))));

    List<Candidate> out = x.extract(s,
        List.of(m(0, Kind.COUNTRY, "CHL"), m(2, Kind.COUNTRY, "PER")), ctx);

    assertEquals(List.of("CHL>PER:062"), out.stream().map(EventExtractorTest::dyad).toList());
  }

  @Test
  void extract_withPhraseOfNoGivenThing_isNoGift() {
    ParsedSentence s =
        Sentences.parse(
            "Spain/NNP provided/VBD/provide Chile/NNP with/IN advice/NN ./.",
            "root(ROOT-0, provided-2)",
            "nsubj(provided-2, Spain-1)",
            "obj(provided-2, Chile-3)",
            "case(advice-5, with-4)",
            "obl:with(provided-2, advice-5)",
            "punct(provided-2, .-6)");

    assertTrue(new EventExtractor(GIVING).extract(s,
        List.of(m(0, Kind.COUNTRY, "ESP"), m(2, Kind.COUNTRY, "CHL")), ctx).isEmpty());
  }

  @Test
  void extract_anyCurrencySign_isMoney() {
    ParsedSentence s =
        Sentences.parse(
            "Spain/NNP provided/VBD/provide \u20ac/$ 5/CD million/CD to/IN Chile/NNP ./.",
            "root(ROOT-0, provided-2)",
            "nsubj(provided-2, Spain-1)",
            "obj(provided-2, \u20ac-3)",
            "nummod(\u20ac-3, million-5)",
            "compound(million-5, 5-4)",
            "case(Chile-7, to-6)",
            "obl:to(provided-2, Chile-7)",
            "punct(provided-2, .-8)");

    List<Candidate> out = new EventExtractor(GIVING).extract(s,
        List.of(m(0, Kind.COUNTRY, "ESP"), m(6, Kind.COUNTRY, "CHL")), ctx);

    assertEquals(List.of("ESP>CHL:071"), out.stream().map(EventExtractorTest::dyad).toList());
  }

  @Test
  void extract_determinerMisreadAsObjectHead_readsThroughToTheAmountAndItsReceiver() {
    // the parser's reading of "an additional $2 million in aid to Chile": "an" as the object
    ParsedSentence s =
        Sentences.parse(
            "Spain/NNP provided/VBD/provide an/DT additional/JJ $/$ 2/CD million/CD in/IN"
                + " aid/NN to/IN Chile/NNP ./.",
            "root(ROOT-0, provided-2)",
            "nsubj(provided-2, Spain-1)",
            "obj(provided-2, an-3)",
            "amod(an-3, additional-4)",
            "dep(additional-4, $-5)",
            "nummod($-5, million-7)",
            "compound(million-7, 2-6)",
            "case(aid-9, in-8)",
            "nmod:in($-5, aid-9)",
            "case(Chile-11, to-10)",
            "nmod:to($-5, Chile-11)",
            "punct(provided-2, .-12)");
    PatternLexicon giving = PatternLexicon.of(List.of(verb("provide-money", "071", "provide",
        Set.of(EventPattern.MONEY), "obl:to", "obj.nmod:to")));

    List<Candidate> out = new EventExtractor(giving).extract(s,
        List.of(m(0, Kind.COUNTRY, "ESP"), m(10, Kind.COUNTRY, "CHL")), ctx);

    assertEquals(List.of("ESP>CHL:071"), out.stream().map(EventExtractorTest::dyad).toList());
  }

  @Test
  void extract_oneActorEnough_aTimeWordFillsNoSlot() {
    EventExtractor strikes = new EventExtractor(PatternLexicon.of(List.of(
        new EventPattern("hunger-strike", "142", true, "strike", "hunger", Set.of(), false,
            List.of("nmod:against"), "", ""),
        noun("strike-n", "190", "strike", "nmod:on"))));
    ParsedSentence s = Sentences.parse(
        "Peruvians/NNPS began/VBD/begin a/DT hunger/NN/hunger strike/NN/strike on/IN"
            + " Saturday/NNP/saturday ./.",
        "root(ROOT-0, began-2)",
        "nsubj(began-2, Peruvians-1)",
        "det(strike-5, a-3)",
        "compound(strike-5, hunger-4)",
        "obj(began-2, strike-5)",
        "case(Saturday-7, on-6)",
        "nmod:on(strike-5, Saturday-7)",
        "punct(began-2, .-8)");

    List<Candidate> out = strikes.extract(s, List.of(m(0, Kind.COUNTRY, "PER")),
        sentenceMode());

    assertEquals(List.of("PER>---:142"), out.stream().map(EventExtractorTest::dyad).toList());
  }

  @Test
  void extract_whoIsResponsibleForAnAct_didIt() {
    ParsedSentence s = Sentences.parse(
        "Peru/NNP was/VBD/be responsible/JJ for/IN the/DT attack/NN/attack on/IN Chile/NNP ./.",
        "root(ROOT-0, responsible-3)",
        "nsubj(responsible-3, Peru-1)",
        "cop(responsible-3, was-2)",
        "case(attack-6, for-4)",
        "det(attack-6, the-5)",
        "obl:for(responsible-3, attack-6)",
        "case(Chile-8, on-7)",
        "nmod:on(attack-6, Chile-8)",
        "punct(responsible-3, .-9)");
    EventExtractor attacks = new EventExtractor(PatternLexicon.of(List.of(
        noun("attack-n", "190", "attack", "nmod:on"))));

    List<Candidate> out = attacks.extract(s,
        List.of(m(0, Kind.COUNTRY, "PER"), m(7, Kind.COUNTRY, "CHL")), ctx);

    assertEquals(List.of("PER>CHL:190"), out.stream().map(EventExtractorTest::dyad).toList());
  }

  @Test
  void extract_nounSplitOffAHyphenatedWord_takesTheWholeWordsPatterns() {
    ParsedSentence s = Sentences.parse(
        "Peru/NNP 's/POS cease/NN/cease -/HYPH fire/NN/fire with/IN Chile/NNP held/VBD/hold ./.",
        "root(ROOT-0, held-8)",
        "nmod:poss(fire-5, Peru-1)",
        "case(Peru-1, 's-2)",
        "compound(fire-5, cease-3)",
        "punct(fire-5, --4)",
        "nsubj(held-8, fire-5)",
        "case(Chile-7, with-6)",
        "nmod:with(fire-5, Chile-7)",
        "punct(held-8, .-9)");
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        noun("ceasefire-n", "0871", "ceasefire", "nmod:with"),
        noun("fire-n", "190", "fire", "nmod:with"))));

    List<Candidate> out = x.extract(s,
        List.of(m(0, Kind.COUNTRY, "PER"), m(6, Kind.COUNTRY, "CHL")), ctx);

    assertEquals(List.of("PER>CHL:0871"), out.stream().map(EventExtractorTest::dyad).toList());
  }

  @Test
  void extract_monthNamedMarch_isNoProtestMarch() {
    EventExtractor marches = new EventExtractor(PatternLexicon.of(List.of(
        noun("march-n", "141", "march", "nmod:to"))));
    ParsedSentence month = Sentences.parse(
        "Chile/NNP 's/POS March/NNP/march to/IN Peru/NNP ./.",
        "root(ROOT-0, March-3)",
        "nmod:poss(March-3, Chile-1)",
        "case(Chile-1, 's-2)",
        "case(Peru-5, to-4)",
        "nmod:to(March-3, Peru-5)",
        "punct(March-3, .-6)");
    ParsedSentence protest = Sentences.parse(
        "Chile/NNP 's/POS march/NN/march to/IN Peru/NNP ./.",
        "root(ROOT-0, march-3)",
        "nmod:poss(march-3, Chile-1)",
        "case(Chile-1, 's-2)",
        "case(Peru-5, to-4)",
        "nmod:to(march-3, Peru-5)",
        "punct(march-3, .-6)");
    List<Mention> ms = List.of(m(0, Kind.COUNTRY, "CHL"), m(4, Kind.COUNTRY, "PER"));

    assertTrue(marches.extract(month, ms, ctx).isEmpty());
    assertEquals(List.of("CHL>PER:141"),
        dyads(marches, protest, ms, ctx));
  }

  @Test
  void extract_demandThatAProtestMakes_isTheProtest() {
    EventExtractor demands = new EventExtractor(PatternLexicon.of(List.of(
        verb("demand-v", "100", "demand", Set.of(), "obl:from"))));
    ParsedSentence inProtest = Sentences.parse(
        "Chileans/NNPS blocked/VBD/block roads/NNS/road in/IN protest/NN/protest to/TO"
            + " demand/VB/demand aid/NN from/IN Peru/NNP ./.",
        "root(ROOT-0, blocked-2)",
        "nsubj(blocked-2, Chileans-1)",
        "obj(blocked-2, roads-3)",
        "case(protest-5, in-4)",
        "obl:in(blocked-2, protest-5)",
        "mark(demand-7, to-6)",
        "advcl:to(blocked-2, demand-7)",
        "obj(demand-7, aid-8)",
        "case(Peru-10, from-9)",
        "obl:from(demand-7, Peru-10)",
        "punct(blocked-2, .-11)");
    ParsedSentence plain = Sentences.parse(
        "Chileans/NNPS met/VBD/meet in/IN Lima/NNP to/TO demand/VB/demand aid/NN from/IN"
            + " Peru/NNP ./.",
        "root(ROOT-0, met-2)",
        "nsubj(met-2, Chileans-1)",
        "case(Lima-4, in-3)",
        "obl:in(met-2, Lima-4)",
        "mark(demand-6, to-5)",
        "advcl:to(met-2, demand-6)",
        "obj(demand-6, aid-7)",
        "case(Peru-9, from-8)",
        "obl:from(demand-6, Peru-9)",
        "punct(met-2, .-10)");

    assertEquals(List.of("CHL>PER:140"), dyads(demands, inProtest,
        List.of(m(0, Kind.ADJECTIVE, "CHL"), m(9, Kind.COUNTRY, "PER")), ctx));
    assertEquals(List.of("CHL>PER:100"), dyads(demands, plain,
        List.of(m(0, Kind.ADJECTIVE, "CHL"), m(8, Kind.COUNTRY, "PER")), ctx));
    ParsedSentence began = Sentences.parse(
        "Chileans/NNPS began/VBD/begin a/DT strike/NN/strike to/TO demand/VB/demand aid/NN"
            + " from/IN Peru/NNP ./.",
        "root(ROOT-0, began-2)", "nsubj(began-2, Chileans-1)", "det(strike-4, a-3)",
        "obj(began-2, strike-4)", "mark(demand-6, to-5)", "advcl:to(began-2, demand-6)",
        "obj(demand-6, aid-7)", "case(Peru-9, from-8)", "obl:from(demand-6, Peru-9)",
        "punct(began-2, .-10)");
    assertEquals(List.of("CHL>PER:140"), dyads(demands, began,
        List.of(m(0, Kind.ADJECTIVE, "CHL"), m(8, Kind.COUNTRY, "PER")), ctx),
        "a strike begun to demand");
  }

  @Test
  void extract_relationNounWithApposition_isTheApposedActor() {
    EventExtractor talks = new EventExtractor(PatternLexicon.of(List.of(
        verb("negotiate-v", "046", "negotiate", Set.of(), "obl:with"))));
    ParsedSentence s = Sentences.parse(
        "Chile/NNP negotiated/VBD/negotiate with/IN Bolivia/NNP 's/POS ally/NN/ally ,/,"
            + " Peru/NNP ./.",
        "root(ROOT-0, negotiated-2)",
        "nsubj(negotiated-2, Chile-1)",
        "case(ally-6, with-3)",
        "nmod:poss(ally-6, Bolivia-4)",
        "case(Bolivia-4, 's-5)",
        "obl:with(negotiated-2, ally-6)",
        "punct(Peru-8, ,-7)",
        "appos(ally-6, Peru-8)",
        "punct(negotiated-2, .-9)");

    List<Candidate> out = talks.extract(s, List.of(m(0, Kind.COUNTRY, "CHL"),
        m(3, Kind.COUNTRY, "BOL"), m(7, Kind.COUNTRY, "PER")), ctx);

    assertEquals(List.of("CHL>PER:046"), out.stream().map(EventExtractorTest::dyad).toList());
  }

  @Test
  void extract_ingComplementHungAsAclOfAVerb_isItsComplement() {
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("consider-act", "014", "consider", Set.of("send"), "acl.obl:to"),
        verb("send-aid", "070", "send", Set.of("aid"), "obl:to"))));
    ParsedSentence s = Sentences.parse(
        "Chile/NNP is/VBZ/be considering/VBG/consider sending/VBG/send aid/NN/aid to/IN"
            + " Peru/NNP ./.",
        "root(ROOT-0, considering-3)",
        "nsubj(considering-3, Chile-1)",
        "aux(considering-3, is-2)",
        "acl(considering-3, sending-4)",
        "obj(sending-4, aid-5)",
        "case(Peru-7, to-6)",
        "obl:to(sending-4, Peru-7)",
        "punct(considering-3, .-8)");

    List<Candidate> out = x.extract(s,
        List.of(m(0, Kind.COUNTRY, "CHL"), m(6, Kind.COUNTRY, "PER")), ctx);

    assertEquals(List.of("CHL>PER:014", "CHL>PER:070"),
        out.stream().map(EventExtractorTest::dyad).toList());
  }

  @Test
  void extract_anyObjectPattern_needsAnObject() {
    ParsedSentence given =
        Sentences.parse(
            "Spain/NNP returned/VBD/return a/DT vase/NN to/IN Chile/NNP ./.",
            "root(ROOT-0, returned-2)",
            "nsubj(returned-2, Spain-1)",
            "det(vase-4, a-3)",
            "obj(returned-2, vase-4)",
            "case(Chile-6, to-5)",
            "obl:to(returned-2, Chile-6)",
            "punct(returned-2, .-7)");
    ParsedSentence went =
        Sentences.parse(
            "Spain/NNP 's/POS envoy/NN returned/VBD/return to/IN Chile/NNP ./.",
            "root(ROOT-0, returned-4)",
            "nmod:poss(envoy-3, Spain-1)",
            "case(Spain-1, 's-2)",
            "nsubj(returned-4, envoy-3)",
            "case(Chile-6, to-5)",
            "obl:to(returned-4, Chile-6)",
            "punct(returned-4, .-7)");
    EventExtractor x = new EventExtractor(GIVING);

    assertEquals(List.of("ESP>CHL:084"), dyads(x, given,
        List.of(m(0, Kind.COUNTRY, "ESP"), m(5, Kind.COUNTRY, "CHL")), ctx));
    assertTrue(x.extract(went, List.of(m(0, Kind.COUNTRY, "ESP"), m(5, Kind.COUNTRY, "CHL")),
        ctx).isEmpty());
  }
  @Test
  void extract_possessivePronounUnderLightVerb_isTheVerbsSubject() {
    DocumentContext doc = new DocumentContext(Optional.empty(), false, Optional.empty());
    doc.remember(0, List.of(m(0, Kind.COUNTRY, "NGA")));
    ParsedSentence s = Sentences.sentence(1, 0,
        "Syrian/JJ forces/NNS/force continued/VBD/continue their/PRP$ attacks/NNS/attack"
            + " on/IN Turkey/NNP ./.",
        "root(ROOT-0, continued-3)",
        "amod(forces-2, Syrian-1)",
        "nsubj(continued-3, forces-2)",
        "nmod:poss(attacks-5, their-4)",
        "obj(continued-3, attacks-5)",
        "case(Turkey-7, on-6)",
        "nmod:on(attacks-5, Turkey-7)",
        "punct(continued-3, .-8)");
    List<Mention> ms = List.of(m(0, Kind.ADJECTIVE, "SYR"), m(1, Kind.AGENT, "MIL"),
        new Mention(3, 4, Kind.PRONOUN, "their", "pronoun:their"), m(6, Kind.COUNTRY, "TUR"));
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        new EventPattern("attack-n", "190", true, "attack", "", Set.of(), false,
            List.of("nmod:on"), "", ""))));

    assertEquals(List.of("SYRMIL>TUR:190"),
        dyads(x, s, ms, doc));
  }
  @Test
  void extract_ofPhraseOfAStatementNoun_isWhoActs() {
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        new EventPattern("demand-n", "100", true, "demand", "", Set.of(), false,
            List.of("nmod:on"), "", ""),
        new EventPattern("expulsion-n", "174", true, "expulsion", "", Set.of(), false,
            List.of("nmod:from"), "", ""))));
    ParsedSentence demand = Sentences.parse(
        "The/DT demand/NN/demand of/IN Chile/NNP on/IN Peru/NNP grew/VBD/grow ./.",
        "root(ROOT-0, grew-7)",
        "det(demand-2, The-1)",
        "nsubj(grew-7, demand-2)",
        "case(Chile-4, of-3)",
        "nmod:of(demand-2, Chile-4)",
        "case(Peru-6, on-5)",
        "nmod:on(demand-2, Peru-6)",
        "punct(grew-7, .-8)");
    ParsedSentence expulsion = Sentences.parse(
        "The/DT expulsion/NN/expulsion of/IN Chile/NNP from/IN Peru/NNP grew/VBD/grow ./.",
        "root(ROOT-0, grew-7)",
        "det(expulsion-2, The-1)",
        "nsubj(grew-7, expulsion-2)",
        "case(Chile-4, of-3)",
        "nmod:of(expulsion-2, Chile-4)",
        "case(Peru-6, from-5)",
        "nmod:from(expulsion-2, Peru-6)",
        "punct(grew-7, .-8)");
    List<Mention> ms = List.of(m(3, Kind.COUNTRY, "CHL"), m(5, Kind.COUNTRY, "PER"));

    assertEquals(List.of("CHL>PER:100"),
        dyads(x, demand, ms, ctx));
    assertTrue(x.extract(expulsion, ms, ctx).isEmpty(),
        "who is expelled is no author of the expulsion");
  }

  @Test
  void extract_eventNounAsSubjectOfContinue_takesTheVerbsTarget() {
    ParsedSentence s = Sentences.parse(
        "A/DT Syrian/JJ onslaught/NN/onslaught continued/VBD/continue against/IN"
            + " Turkey/NNP ./.",
        "root(ROOT-0, continued-4)",
        "det(onslaught-3, A-1)",
        "amod(onslaught-3, Syrian-2)",
        "nsubj(continued-4, onslaught-3)",
        "case(Turkey-6, against-5)",
        "obl:against(continued-4, Turkey-6)",
        "punct(continued-4, .-7)");
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        new EventPattern("onslaught-n", "190", true, "onslaught", "", Set.of(), false,
            List.of("nmod:against"), "", ""))));

    assertEquals(List.of("SYR>TUR:190"), dyads(x, s,
        List.of(m(1, Kind.ADJECTIVE, "SYR"), m(5, Kind.COUNTRY, "TUR")), ctx));
  }
  @Test
  void extract_participleMisreadAsFiniteWithByAgent_isAPassive() {
    ParsedSentence misread = Sentences.parse(
        "The/DT truce/NN/truce brokered/VBN/broker by/IN Egypt/NNP held/VBD/hold ./.",
        "root(ROOT-0, brokered-3)",
        "det(truce-2, The-1)",
        "nsubj(brokered-3, truce-2)",
        "case(Egypt-5, by-4)",
        "obl:by(brokered-3, Egypt-5)",
        "dep(brokered-3, held-6)",
        "punct(brokered-3, .-7)");
    ParsedSentence mistagged = Sentences.parse(
        "A/DT Peruvian/JJ court/NN/court charged/VBN/charge Chile/NNP ./.",
        "root(ROOT-0, charged-4)",
        "det(court-3, A-1)",
        "amod(court-3, Peruvian-2)",
        "nsubj(charged-4, court-3)",
        "obj(charged-4, Chile-5)",
        "punct(charged-4, .-6)");
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("broker-v", "045", "broker", Set.of("truce"), "obj"),
        verb("charge-v", "173", "charge", Set.of(), "obj"))));
    DocumentContext loose = sentenceMode();

    assertEquals(List.of("EGY>---:045"), dyads(x, misread, List.of(m(4, Kind.COUNTRY, "EGY")),
        loose));
    assertEquals(List.of("PERJUD>CHL:173"), dyads(x, mistagged,
        List.of(m(1, Kind.ADJECTIVE, "PER"), m(2, Kind.AGENT, "JUD"), m(4, Kind.COUNTRY, "CHL")),
        ctx));
  }
  @Test
  void extract_thingAsSubjectOfAVerbWithBetween_isWhatTheSidesAgreed() {
    ParsedSentence misread = Sentences.parse(
        "The/DT ceasefire/NN/ceasefire agreed/VBD/agree between/IN Chile/NNP and/CC"
            + " Peru/NNP collapsed/VBD/collapse ./.",
        "root(ROOT-0, agreed-3)",
        "det(ceasefire-2, The-1)",
        "nsubj(agreed-3, ceasefire-2)",
        "case(Chile-5, between-4)",
        "obl:between(agreed-3, Chile-5)",
        "obl:between(agreed-3, Peru-7)",
        "cc(Peru-7, and-6)",
        "conj:and(Chile-5, Peru-7)",
        "dep(agreed-3, collapsed-8)",
        "punct(agreed-3, .-9)");
    ParsedSentence withSide = Sentences.parse(
        "The/DT ceasefire/NN/ceasefire agreed/VBD/agree with/IN Peru/NNP ./.",
        "root(ROOT-0, agreed-3)",
        "det(ceasefire-2, The-1)",
        "nsubj(agreed-3, ceasefire-2)",
        "case(Peru-5, with-4)",
        "obl:with(agreed-3, Peru-5)",
        "punct(agreed-3, .-6)");
    ParsedSentence asClause = Sentences.parse(
        "Fighting/NN/fighting ended/VBD/end a/DT ceasefire/NN/ceasefire agreed/VBD/agree"
            + " between/IN Chile/NNP and/CC Peru/NNP ./.",
        "root(ROOT-0, ended-2)",
        "nsubj(ended-2, Fighting-1)",
        "ccomp(ended-2, agreed-5)",
        "det(ceasefire-4, a-3)",
        "nsubj(agreed-5, ceasefire-4)",
        "case(Chile-7, between-6)",
        "obl:between(agreed-5, Chile-7)",
        "obl:between(agreed-5, Peru-9)",
        "cc(Peru-9, and-8)",
        "conj:and(Chile-7, Peru-9)",
        "punct(ended-2, .-10)");
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("agree-truce", "057", "agree", Set.of("ceasefire"), "obl:with"))));

    assertEquals(List.of("CHL>PER:057"), dyads(x, misread,
        List.of(m(4, Kind.COUNTRY, "CHL"), m(6, Kind.COUNTRY, "PER")), ctx));
    assertEquals(List.of("CHL>PER:057"), dyads(x, asClause,
        List.of(m(6, Kind.COUNTRY, "CHL"), m(8, Kind.COUNTRY, "PER")), ctx),
        "misread as a clause of another verb");
    assertEquals(List.of(), dyads(x, withSide, List.of(m(4, Kind.COUNTRY, "PER")), ctx),
        "no side named by 'between': no pair");
  }

  @Test
  void extract_visitReturnedFrom_isTheVisitOfWhoReturns() {
    ParsedSentence s = Sentences.parse(
        "Chile/NNP returned/VBD/return from/IN a/DT visit/NN/visit to/IN Peru/NNP ./.",
        "root(ROOT-0, returned-2)",
        "nsubj(returned-2, Chile-1)",
        "case(visit-5, from-3)",
        "det(visit-5, a-4)",
        "obl:from(returned-2, visit-5)",
        "case(Peru-7, to-6)",
        "nmod:to(visit-5, Peru-7)",
        "punct(returned-2, .-8)");
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        noun("visit-n", "042", "visit", "nmod:to"))));

    assertEquals(List.of("CHL>PER:042"), dyads(x, s,
        List.of(m(0, Kind.COUNTRY, "CHL"), m(6, Kind.COUNTRY, "PER")), ctx));
  }

  @Test
  void extract_theTwoCountries_areTheLastTwoSubjectsTogetherOrEachAgainstATarget() {
    ParsedSentence before = Sentences.sentence(0, 0,
        "Chile/NNP and/CC Peru/NNP closed/VBD/close borders/NNS/border to/IN Bolivia/NNP ./.",
        "root(ROOT-0, closed-4)",
        "nsubj(closed-4, Chile-1)",
        "cc(Peru-3, and-2)",
        "conj:and(Chile-1, Peru-3)",
        "nsubj(closed-4, Peru-3)",
        "obj(closed-4, borders-5)",
        "case(Bolivia-7, to-6)",
        "obl:to(closed-4, Bolivia-7)",
        "punct(closed-4, .-8)");
    DocumentContext story = new DocumentContext(Optional.empty(), false, Optional.empty());
    story.remember(before, List.of(m(0, Kind.COUNTRY, "CHL"), m(2, Kind.COUNTRY, "PER"),
        m(6, Kind.COUNTRY, "BOL")));
    ParsedSentence expelled = Sentences.sentence(1, 40,
        "The/DT two/CD countries/NNS/country expelled/VBD/expel Bolivian/JJ"
            + " diplomats/NNS/diplomat ./.",
        "root(ROOT-0, expelled-4)",
        "det(countries-3, The-1)",
        "nummod(countries-3, two-2)",
        "nsubj(expelled-4, countries-3)",
        "amod(diplomats-6, Bolivian-5)",
        "obj(expelled-4, diplomats-6)",
        "punct(expelled-4, .-7)");
    ParsedSentence met = Sentences.sentence(1, 40,
        "The/DT two/CD countries/NNS/country met/VBD/meet ./.",
        "root(ROOT-0, met-4)",
        "det(countries-3, The-1)",
        "nummod(countries-3, two-2)",
        "nsubj(met-4, countries-3)",
        "punct(met-4, .-5)");
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("expel-v", "174", "expel", Set.of(), "obj"),
        verb("meet-v", "040", "meet", Set.of(), "obl:with"))));

    assertEquals(List.of("CHL>BOLGOV:174", "PER>BOLGOV:174"), dyads(x, expelled,
        List.of(m(4, Kind.ADJECTIVE, "BOL"), m(5, Kind.AGENT, "GOV")), story),
        "not Peru against Bolivia, named last");
    assertEquals(List.of("CHL>PER:040"), dyads(x, met, List.of(), story));
    ParsedSentence say = Sentences.sentence(1, 40,
        "Both/DT countries/NNS/country say/VBP/say they/PRP/they will/MD expel/VB/expel"
            + " Bolivian/JJ diplomats/NNS/diplomat ./.",
        "root(ROOT-0, say-3)",
        "det(countries-2, Both-1)",
        "nsubj(say-3, countries-2)",
        "ccomp(say-3, expel-6)",
        "nsubj(expel-6, they-4)",
        "aux(expel-6, will-5)",
        "amod(diplomats-8, Bolivian-7)",
        "obj(expel-6, diplomats-8)",
        "punct(say-3, .-9)");
    assertEquals(List.of("CHL>BOLGOV:174", "PER>BOLGOV:174"), dyads(x, say,
        List.of(new Mention(3, 4, Kind.PRONOUN, "they", "pronoun:they"),
            m(6, Kind.ADJECTIVE, "BOL"), m(7, Kind.AGENT, "GOV")), story),
            "'they' of 'both countries say they'");
  }

  @Test
  void extract_theyAfterTwoSubjects_isEachOfThem_andAPairUnderControlMeetsANamedPartnerEach() {
    ParsedSentence before = Sentences.sentence(0, 0,
        "Chile/NNP and/CC Peru/NNP closed/VBD/close borders/NNS/border ./.",
        "root(ROOT-0, closed-4)",
        "nsubj(closed-4, Chile-1)",
        "cc(Peru-3, and-2)",
        "conj:and(Chile-1, Peru-3)",
        "nsubj(closed-4, Peru-3)",
        "obj(closed-4, borders-5)",
        "punct(closed-4, .-6)");
    DocumentContext story = new DocumentContext(Optional.empty(), false, Optional.empty());
    story.remember(before, List.of(m(0, Kind.COUNTRY, "CHL"), m(2, Kind.COUNTRY, "PER")));
    ParsedSentence condemned = Sentences.sentence(1, 30,
        "They/PRP/they condemned/VBD/condemn Bolivia/NNP ./.",
        "root(ROOT-0, condemned-2)",
        "nsubj(condemned-2, They-1)",
        "obj(condemned-2, Bolivia-3)",
        "punct(condemned-2, .-4)");
    ParsedSentence agreed = Sentences.sentence(1, 30,
        "The/DT two/CD countries/NNS/country agreed/VBD/agree to/TO meet/VB/meet Bolivia/NNP ./.",
        "root(ROOT-0, agreed-4)",
        "det(countries-3, The-1)",
        "nummod(countries-3, two-2)",
        "nsubj(agreed-4, countries-3)",
        "mark(meet-6, to-5)",
        "xcomp(agreed-4, meet-6)",
        "nsubj:xsubj(meet-6, countries-3)",
        "obj(meet-6, Bolivia-7)",
        "punct(agreed-4, .-8)");
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("condemn-v", "111", "condemn", Set.of(), "obj"),
        verb("meet-v", "040", "meet", Set.of(), "obj"))));

    assertEquals(List.of("CHL>BOL:111", "PER>BOL:111"), dyads(x, condemned,
        List.of(new Mention(0, 1, Kind.PRONOUN, "they", "pronoun:they"),
            m(2, Kind.COUNTRY, "BOL")), story), "not Chile alone, named first");
    assertEquals(List.of("CHL>BOL:040", "PER>BOL:040"), dyads(x, agreed,
        List.of(m(6, Kind.COUNTRY, "BOL")), story), "each meets Bolivia, not each other");
    ParsedSentence named = Sentences.sentence(1, 30,
        "Bolivia/NNP said/VBD/say they/PRP/they condemned/VBD/condemn Ecuador/NNP ./.",
        "root(ROOT-0, said-2)",
        "nsubj(said-2, Bolivia-1)",
        "ccomp(said-2, condemned-4)",
        "nsubj(condemned-4, they-3)",
        "obj(condemned-4, Ecuador-5)",
        "punct(said-2, .-6)");
    List<Mention> namedMentions = List.of(m(0, Kind.COUNTRY, "BOL"),
        new Mention(2, 3, Kind.PRONOUN, "they", "pronoun:they"), m(4, Kind.COUNTRY, "ECU"));
    story.remember(named, namedMentions);
    assertFalse(dyads(x, named, namedMentions, story).contains("PER>ECU:111"),
        "a country named before 'they' in its sentence: no pair");
  }

  @Test
  void extract_blowThatKilled_strikesTheKilledByItsNationality_andTheKillingIsNoOtherEvent() {
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        noun("airstrike-n", "195", "airstrike", "nmod:on"),
        verb("kill-v", "190", "kill", Set.of(), "obj"))));
    ParsedSentence killedIn = Sentences.parse(
        "Ten/CD Peruvian/JJ civilians/NNS/civilian were/VBD/be killed/VBN/kill in/IN"
            + " Chilean/JJ airstrikes/NNS/airstrike ./.",
        "root(ROOT-0, killed-5)",
        "nummod(civilians-3, Ten-1)",
        "amod(civilians-3, Peruvian-2)",
        "nsubj:pass(killed-5, civilians-3)",
        "aux:pass(killed-5, were-4)",
        "case(airstrikes-8, in-6)",
        "amod(airstrikes-8, Chilean-7)",
        "obl:in(killed-5, airstrikes-8)",
        "punct(killed-5, .-9)");
    List<Mention> killedInMentions = List.of(m(1, Kind.ADJECTIVE, "PER"), m(2, Kind.AGENT, "CVL"),
        m(6, Kind.ADJECTIVE, "CHL"));
    ParsedSentence killedBy = Sentences.parse(
        "Chilean/JJ airstrikes/NNS/airstrike killed/VBD/kill ten/CD Peruvian/JJ"
            + " civilians/NNS/civilian ./.",
        "root(ROOT-0, killed-3)",
        "amod(airstrikes-2, Chilean-1)",
        "nsubj(killed-3, airstrikes-2)",
        "nummod(civilians-6, ten-4)",
        "amod(civilians-6, Peruvian-5)",
        "obj(killed-3, civilians-6)",
        "punct(killed-3, .-7)");
    List<Mention> killedByMentions = List.of(m(0, Kind.ADJECTIVE, "CHL"),
        m(4, Kind.ADJECTIVE, "PER"), m(5, Kind.AGENT, "CVL"));
    ParsedSentence untouched = Sentences.parse(
        "Chilean/JJ airstrikes/NNS/airstrike hit/VBD/hit Peruvian/JJ civilians/NNS/civilian ./.",
        "root(ROOT-0, hit-3)",
        "amod(airstrikes-2, Chilean-1)",
        "nsubj(hit-3, airstrikes-2)",
        "amod(civilians-5, Peruvian-4)",
        "obj(hit-3, civilians-5)",
        "punct(hit-3, .-6)");
    DocumentContext doc = new DocumentContext(Optional.empty(), false, Optional.empty());

    assertEquals(List.of("CHL>PERCVL:195"), dyads(x, killedIn, killedInMentions, doc));
    assertEquals(List.of("CHL>PERCVL:195"), dyads(x, killedBy, killedByMentions, doc),
        "the killing is the airstrikes, told once");
    assertEquals(List.of(), x.extract(untouched, List.of(m(0, Kind.ADJECTIVE, "CHL"),
        m(3, Kind.ADJECTIVE, "PER"), m(4, Kind.AGENT, "CVL")), doc), "'hit' is no verb of harm");
  }

  @Test
  void extract_killedInAFightWithASide_wasStruckByThatSide_andARoleAdjectiveStrikesABlow() {
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        noun("skirmish-n", "190", "skirmish", "nmod:with"),
        noun("attack-n", "190", "attack", "nmod:on"))));
    ParsedSentence skirmish = Sentences.parse(
        "A/DT rebel/NN was/VBD/be killed/VBN/kill in/IN a/DT skirmish/NN with/IN the/DT"
            + " army/NN ./.",
        "root(ROOT-0, killed-4)",
        "det(rebel-2, A-1)",
        "nsubj:pass(killed-4, rebel-2)",
        "aux:pass(killed-4, was-3)",
        "case(skirmish-7, in-5)",
        "det(skirmish-7, a-6)",
        "obl:in(killed-4, skirmish-7)",
        "case(army-10, with-8)",
        "det(army-10, the-9)",
        "nmod:with(skirmish-7, army-10)",
        "punct(killed-4, .-11)");
    ParsedSentence attack = Sentences.parse(
        "Two/CD soldiers/NNS/soldier died/VBD/die in/IN a/DT rebel/JJ attack/NN ./.",
        "root(ROOT-0, died-3)",
        "nummod(soldiers-2, Two-1)",
        "nsubj(died-3, soldiers-2)",
        "case(attack-7, in-4)",
        "det(attack-7, a-5)",
        "amod(attack-7, rebel-6)",
        "obl:in(died-3, attack-7)",
        "punct(died-3, .-8)");
    DocumentContext doc = new DocumentContext(Optional.empty(), false, Optional.of("SLV"));

    assertEquals(List.of("SLVMIL>SLVREB:190"), dyads(x, skirmish,
        List.of(m(1, Kind.AGENT, "REB"), m(9, Kind.AGENT, "MIL")), doc),
        "the army struck, not the rebel");
    assertEquals(List.of("SLVREB>SLVMIL:190"), dyads(x, attack,
        List.of(m(1, Kind.AGENT, "MIL"), m(5, Kind.AGENT, "REB")), doc));
  }

  @Test
  void plurals_areThePluralPhrasesWithTheActorEachNames_notActsTimesOrModifiers() {
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        noun("talk-n", "046", "talk", "nmod:with"))));
    ParsedSentence s = Sentences.parse(
        "Peruvian/JJ rebels/NNS/rebel and/CC their/PRP$ parents/NNS/parent held/VBD/hold"
            + " talks/NNS/talk for/IN weeks/NNS/week ./.",
        "root(ROOT-0, held-6)",
        "amod(rebels-2, Peruvian-1)",
        "nsubj(held-6, rebels-2)",
        "cc(parents-5, and-3)",
        "nmod:poss(parents-5, their-4)",
        "conj:and(rebels-2, parents-5)",
        "obj(held-6, talks-7)",
        "case(weeks-9, for-8)",
        "obl:for(held-6, weeks-9)",
        "punct(held-6, .-10)");
    DocumentContext doc = new DocumentContext(Optional.empty(), false, Optional.empty());

    assertEquals(List.of(new DocumentContext.Plural(0, 1, Optional.of("PERREB")),
        new DocumentContext.Plural(0, 4, Optional.empty())),
        x.plurals(s, List.of(m(0, Kind.ADJECTIVE, "PER"), m(1, Kind.AGENT, "REB")), doc));
  }

  @Test
  void extract_rejectingTheChargeAfterAnAccusation_isTowardTheAccuser() {
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("accuse-v", "112", "accuse", Set.of(), "obj"),
        verb("reject-v", "120", "reject", Set.of(), "obj"))));
    ParsedSentence accused = chileDidToPeru("accused/VBD/accuse");
    DocumentContext story = toldBefore(x, accused,
        List.of(m(0, Kind.COUNTRY, "CHL"), m(2, Kind.COUNTRY, "PER")));
    ParsedSentence rejected = Sentences.sentence(1, 20,
        "Peru/NNP rejected/VBD/reject the/DT charge/NN ./.",
        "root(ROOT-0, rejected-2)",
        "nsubj(rejected-2, Peru-1)",
        "det(charge-4, the-3)",
        "obj(rejected-2, charge-4)",
        "punct(rejected-2, .-5)");

    assertEquals(List.of("PER>CHL:120"), dyads(x, rejected, List.of(m(0, Kind.COUNTRY, "PER")),
        story));
    Set<String> told = new HashSet<>();
    assertFalse(x.refersBack(rejected.tokens(), told));
    x.addTold(accused.tokens(), told);
    assertTrue(x.refersBack(rejected.tokens(), told));
  }

  @Test
  void extract_chargeRefutedByTheAccused_answersTheAccusersOfTheSentence() {
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("accuse-v", "112", "accuse", Set.of(), "obj"),
        verb("refute-v", "016", "refute", Set.of("charge"), "obj.nmod:poss"),
        verb("kill-v", "190", "kill", Set.of(), "obj"))));
    // "Chile accused Peru , a charge refuted by Peru ."
    ParsedSentence s = Sentences.parse(
        "Chile/NNP accused/VBD/accuse Peru/NNP ,/, a/DT charge/NN refuted/VBN/refute by/IN"
            + " Peru/NNP ./.",
        "root(ROOT-0, accused-2)",
        "nsubj(accused-2, Chile-1)",
        "obj(accused-2, Peru-3)",
        "punct(Peru-3, ,-4)",
        "det(charge-6, a-5)",
        "appos(Peru-3, charge-6)",
        "acl(charge-6, refuted-7)",
        "case(Peru-9, by-8)",
        "obl:by(refuted-7, Peru-9)",
        "punct(accused-2, .-10)");
    // "soldiers killed by Peru left": a described actor stays what it is
    ParsedSentence killed = Sentences.parse(
        "soldiers/NNS/soldier killed/VBN/kill by/IN Peru/NNP left/VBD/leave ./.",
        "root(ROOT-0, left-5)",
        "nsubj(left-5, soldiers-1)",
        "acl(soldiers-1, killed-2)",
        "case(Peru-4, by-3)",
        "obl:by(killed-2, Peru-4)",
        "punct(left-5, .-6)");
    List<Mention> ms = List.of(m(0, Kind.COUNTRY, "CHL"), m(2, Kind.COUNTRY, "PER"),
        m(8, Kind.COUNTRY, "PER"));

    assertEquals(List.of("CHL>PER:112", "PER>CHL:016"), dyads(x, s, ms, ctx));
    assertEquals(List.of(), x.extract(killed, List.of(m(0, Kind.AGENT, "MIL"),
        m(3, Kind.COUNTRY, "PER")), ctx));
  }

  @Test
  void extract_agentlessReleaseOfThoseArrestedBefore_isByTheirCaptor() {
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("arrest-v", "173", "arrest", Set.of(), "obj"),
        verb("release-v", "0841", "release", Set.of(), "obj"))));
    ParsedSentence arrested = Sentences.sentence(0, 0,
        "Chile/NNP arrested/VBD/arrest Peruvians/NNPS/peruvian ./.",
        "root(ROOT-0, arrested-2)",
        "nsubj(arrested-2, Chile-1)",
        "obj(arrested-2, Peruvians-3)",
        "punct(arrested-2, .-4)");
    DocumentContext story = toldBefore(x, arrested,
        List.of(m(0, Kind.COUNTRY, "CHL"), m(2, Kind.ADJECTIVE, "PER")));
    ParsedSentence released = Sentences.sentence(1, 30,
        "Peruvians/NNPS/peruvian were/VBD/be released/VBN/release ./.",
        "root(ROOT-0, released-3)",
        "nsubj:pass(released-3, Peruvians-1)",
        "aux:pass(released-3, were-2)",
        "punct(released-3, .-4)");

    assertEquals(List.of("CHL>PER:0841"), dyads(x, released,
        List.of(m(0, Kind.ADJECTIVE, "PER")), story));
    assertEquals(List.of(), x.extract(released, List.of(m(0, Kind.ADJECTIVE, "PER")),
        new DocumentContext(Optional.empty(), false, Optional.empty())), "no arrest told");
  }

  @Test
  void extract_reactionToAnActToldBefore_isTowardItsDoer() {
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("withdraw-v", "0874", "withdraw", Set.of(), "obl:from"),
        noun("withdrawal-n", "0874", "withdrawal", "nmod:from"),
        verb("welcome-v", "051", "welcome", Set.of(), "obj"),
        verb("insist-v", "100", "insist", Set.of(), "ccomp.nsubj"))));
    ParsedSentence withdrew = Sentences.sentence(0, 0,
        "Chile/NNP withdrew/VBD/withdraw from/IN Peru/NNP ./.",
        "root(ROOT-0, withdrew-2)",
        "nsubj(withdrew-2, Chile-1)",
        "case(Peru-4, from-3)",
        "obl:from(withdrew-2, Peru-4)",
        "punct(withdrew-2, .-5)");
    DocumentContext story = toldBefore(x, withdrew,
        List.of(m(0, Kind.COUNTRY, "CHL"), m(3, Kind.COUNTRY, "PER")));
    ParsedSentence welcomed = Sentences.sentence(1, 30,
        "Bolivia/NNP welcomed/VBD/welcome the/DT withdrawal/NN ./.",
        "root(ROOT-0, welcomed-2)",
        "nsubj(welcomed-2, Bolivia-1)",
        "det(withdrawal-4, the-3)",
        "obj(welcomed-2, withdrawal-4)",
        "punct(welcomed-2, .-5)");
    ParsedSentence own = Sentences.sentence(1, 30,
        "Chile/NNP welcomed/VBD/welcome the/DT withdrawal/NN ./.",
        "root(ROOT-0, welcomed-2)",
        "nsubj(welcomed-2, Chile-1)",
        "det(withdrawal-4, the-3)",
        "obj(welcomed-2, withdrawal-4)",
        "punct(welcomed-2, .-5)");
    ParsedSentence some = Sentences.sentence(1, 30,
        "Bolivia/NNP welcomed/VBD/welcome a/DT withdrawal/NN ./.",
        "root(ROOT-0, welcomed-2)",
        "nsubj(welcomed-2, Bolivia-1)",
        "det(withdrawal-4, a-3)",
        "obj(welcomed-2, withdrawal-4)",
        "punct(welcomed-2, .-5)");

    assertEquals(List.of("BOL>CHL:051"), dyads(x, welcomed, List.of(m(0, Kind.COUNTRY, "BOL")),
        story), "a noun of the same code");
    assertEquals(List.of(), x.extract(own, List.of(m(0, Kind.COUNTRY, "CHL")), story),
        "its own withdrawal is no act toward anyone");
    assertEquals(List.of(), x.extract(some, List.of(m(0, Kind.COUNTRY, "BOL")), story),
        "an indefinite act is not the one told");
    Set<String> told = new HashSet<>();
    x.addTold(withdrew.tokens(), told);
    assertTrue(x.refersBack(welcomed.tokens(), told));
    assertFalse(x.refersBack(withdrew.tokens(), Set.of()));
  }

  @Test
  void extract_theCountry_isTheCountryNamedBeforeThatIsNotTheOtherSide() {
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("send-v", "070", "send", Set.of(), "obl:to"))));
    DocumentContext story = new DocumentContext(Optional.empty(), false, Optional.empty());
    story.remember(0, List.of(m(0, Kind.COUNTRY, "PER")));
    ParsedSentence sent = Sentences.sentence(1, 30,
        "Bolivia/NNP sent/VBD/send aid/NN to/IN the/DT country/NN ./.",
        "root(ROOT-0, sent-2)",
        "nsubj(sent-2, Bolivia-1)",
        "obj(sent-2, aid-3)",
        "case(country-6, to-4)",
        "det(country-6, the-5)",
        "obl:to(sent-2, country-6)",
        "punct(sent-2, .-7)");
    List<Mention> bolivia = List.of(m(0, Kind.COUNTRY, "BOL"));
    story.remember(sent, bolivia);
    ParsedSentence host = Sentences.sentence(1, 30,
        "Bolivia/NNP sent/VBD/send aid/NN to/IN the/DT host/NN country/NN ./.",
        "root(ROOT-0, sent-2)",
        "nsubj(sent-2, Bolivia-1)",
        "obj(sent-2, aid-3)",
        "case(country-7, to-4)",
        "det(country-7, the-5)",
        "compound(country-7, host-6)",
        "obl:to(sent-2, country-7)",
        "punct(sent-2, .-8)");

    assertEquals(List.of("BOL>PER:070"), dyads(x, sent, bolivia, story), "not Bolivia, named last");
    assertEquals(List.of(), x.extract(host, bolivia, story), "'the host country' is another");
    assertTrue(EventExtractor.namesTheCountry(sent.tokens()));
  }

  @Test
  void extract_anIntentsAct_isItsHolders() {
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("expel-v", "174", "expel", Set.of(), "obj"))));
    ParsedSentence adjective = Sentences.parse(
        "The/DT Chilean/JJ decision/NN to/TO expel/VB Peruvian/JJ diplomats/NNS/diplomat"
            + " angered/VBD/anger Lima/NNP ./.",
        "root(ROOT-0, angered-8)",
        "det(decision-3, The-1)",
        "amod(decision-3, Chilean-2)",
        "nsubj(angered-8, decision-3)",
        "mark(expel-5, to-4)",
        "acl:to(decision-3, expel-5)",
        "amod(diplomats-7, Peruvian-6)",
        "obj(expel-5, diplomats-7)",
        "obj(angered-8, Lima-9)",
        "punct(angered-8, .-10)");
    ParsedSentence announced = Sentences.parse(
        "Chile/NNP announced/VBD/announce a/DT plan/NN to/TO expel/VB Peruvian/JJ"
            + " diplomats/NNS/diplomat ./.",
        "root(ROOT-0, announced-2)",
        "nsubj(announced-2, Chile-1)",
        "obj(announced-2, plan-4)",
        "det(plan-4, a-3)",
        "xcomp(announced-2, expel-6)",
        "nsubj:xsubj(expel-6, plan-4)",
        "mark(expel-6, to-5)",
        "amod(diplomats-8, Peruvian-7)",
        "obj(expel-6, diplomats-8)",
        "punct(announced-2, .-9)");

    assertEquals(List.of("CHL>PERGOV:174"), dyads(x, adjective, List.of(
        m(1, Kind.ADJECTIVE, "CHL"), m(5, Kind.ADJECTIVE, "PER"), m(6, Kind.AGENT, "GOV"),
        m(8, Kind.CAPITAL, "PERGOV")), ctx));
    assertEquals(List.of("CHL>PERGOV:174"), x.extract(announced, List.of(
        m(0, Kind.COUNTRY, "CHL"), m(6, Kind.ADJECTIVE, "PER"), m(7, Kind.AGENT, "GOV")), ctx)
        .stream().map(EventExtractorTest::dyad).toList(), "the plan read as the expeller");
  }

  @Test
  void extract_itAsSubjectOfWhatAnActorInsists_isThatActor_andItBeforeAThatClauseIsNoOne() {
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("expel-v", "174", "expel", Set.of(), "obj"))));
    ParsedSentence insisted = Sentences.parse(
        "Chile/NNP ,/, which/WDT borders/VBZ/border Peru/NNP ,/, insisted/VBD/insist it/PRP/it"
            + " would/MD expel/VB Bolivian/JJ envoys/NNS/envoy ./.",
        "root(ROOT-0, insisted-7)",
        "nsubj(insisted-7, Chile-1)",
        "punct(Chile-1, ,-2)",
        "acl:relcl(Chile-1, borders-4)",
        "nsubj(borders-4, which-3)",
        "obj(borders-4, Peru-5)",
        "punct(Chile-1, ,-6)",
        "ccomp(insisted-7, expel-10)",
        "nsubj(expel-10, it-8)",
        "aux(expel-10, would-9)",
        "amod(envoys-12, Bolivian-11)",
        "obj(expel-10, envoys-12)",
        "punct(insisted-7, .-13)");
    List<Mention> ms = List.of(m(0, Kind.COUNTRY, "CHL"), m(4, Kind.COUNTRY, "PER"),
        new Mention(7, 8, Kind.PRONOUN, "it", "pronoun:it"), m(10, Kind.ADJECTIVE, "BOL"),
        m(11, Kind.AGENT, "GOV"));
    DocumentContext story = new DocumentContext(Optional.empty(), false, Optional.empty());
    story.remember(insisted, ms);

    assertEquals(List.of("CHL>BOLGOV:174"), dyads(x, insisted, ms, story), "not Peru, named last");

    EventExtractor judge = new EventExtractor(PatternLexicon.of(List.of()));
    ParsedSentence pathetic = Sentences.parse(
        "Peru/NNP said/VBD/say it/PRP/it was/VBD/be pathetic/JJ/pathetic that/IN Chile/NNP"
            + " gave/VBD/give little/JJ ./.",
        "root(ROOT-0, said-2)",
        "nsubj(said-2, Peru-1)",
        "ccomp(said-2, pathetic-5)",
        "nsubj(pathetic-5, it-3)",
        "cop(pathetic-5, was-4)",
        "ccomp(pathetic-5, gave-8)",
        "mark(gave-8, that-6)",
        "nsubj(gave-8, Chile-7)",
        "obj(gave-8, little-9)",
        "punct(said-2, .-10)");
    List<Mention> pm = List.of(m(0, Kind.COUNTRY, "PER"),
        new Mention(2, 3, Kind.PRONOUN, "it", "pronoun:it"), m(6, Kind.COUNTRY, "CHL"));
    DocumentContext before = new DocumentContext(Optional.empty(), false, Optional.empty());
    before.remember(0, List.of(m(0, Kind.COUNTRY, "BOL")));
    before.remember(pathetic, pm);
    assertTrue(judge.extract(pathetic, pm, before).stream().noneMatch(
        c -> c.target().code().equals("BOL")), "'it' before a that-clause stands for no one");
  }

  @Test
  void extract_bothSides_areTheLastTwoNamedOnlyWhenBothAreStates() {
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("meet-v", "040", "meet", Set.of(), "obl:with"))));
    ParsedSentence met = Sentences.sentence(1, 40,
        "Both/DT sides/NNS/side met/VBD/meet ./.",
        "root(ROOT-0, met-3)",
        "det(sides-2, Both-1)",
        "nsubj(met-3, sides-2)",
        "punct(met-3, .-4)");
    DocumentContext states = new DocumentContext(Optional.empty(), false, Optional.empty());
    states.remember(0, List.of(m(0, Kind.COUNTRY, "CHL"), m(2, Kind.COUNTRY, "PER")));
    DocumentContext union = new DocumentContext(Optional.empty(), false, Optional.empty());
    union.remember(0, List.of(new Mention(0, 1, Kind.ORG, "IGOEUREEC", "test:EU"),
        m(2, Kind.COUNTRY, "PER")));

    assertEquals(List.of("CHL>PER:040"), dyads(x, met, List.of(), states));
    assertEquals(List.of(), x.extract(met, List.of(), union),
        "the EU and Peru are not the sides of a talk the EU only backs");
  }

  @Test
  void namesPair_twoOrBothBeforeAPairNoun_notBothSides() {
    assertTrue(pair("The/DT two/CD countries/NNS met/VBD ./."));
    assertTrue(pair("Both/DT governments/NNS said/VBD so/RB ./."));
    assertFalse(pair("Both/DT sides/NNS met/VBD ./."));
    assertFalse(pair("Two/CD soldiers/NNS died/VBD ./."));
  }

  private static boolean pair(String tokens) {
    return EventExtractor.namesPair(Sentences.tokensOnly(tokens).tokens());
  }

  @Test
  void extract_agentlessViolenceReported_isNotTheReportersWhereAClosureIs() {
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("attack-v", "190", "attack", Set.of(), "obj"),
        verb("suspend-v", "161", "suspend", Set.of(), "obj"))));
    for (String verb : List.of("attacked/VBN/attack", "suspended/VBN/suspend")) {
      ParsedSentence s = Sentences.parse(
          "Chile/NNP said/VBD/say Peru/NNP was/VBD/be " + verb + " ./.",
          "root(ROOT-0, said-2)",
          "nsubj(said-2, Chile-1)",
          "ccomp(said-2, " + verb.substring(0, verb.indexOf('/')) + "-5)",
          "nsubj:pass(" + verb.substring(0, verb.indexOf('/')) + "-5, Peru-3)",
          "aux:pass(" + verb.substring(0, verb.indexOf('/')) + "-5, was-4)",
          "punct(said-2, .-6)");
      List<String> out = dyads(x, s, List.of(m(0, Kind.COUNTRY, "CHL"),
          m(2, Kind.COUNTRY, "PER")), ctx);

      assertEquals(verb.startsWith("attacked") ? List.of() : List.of("CHL>PER:161"), out, verb);
    }
  }

  @Test
  void extract_dummyItOfAJudgment_standsForNoActor() {
    ParsedSentence before = Sentences.sentence(0, 0, "Chile/NNP spoke/VBD ./.",
        "root(ROOT-0, spoke-2)", "nsubj(spoke-2, Chile-1)", "punct(spoke-2, .-3)");
    ParsedSentence dummy = Sentences.sentence(1, 20,
        "It/PRP/it would/MD be/VB safe/JJ/safe to/TO attack/VB/attack Peru/NNP ./.",
        "root(ROOT-0, safe-4)",
        "nsubj(safe-4, It-1)",
        "aux(safe-4, would-2)",
        "cop(safe-4, be-3)",
        "mark(attack-6, to-5)",
        "xcomp(safe-4, attack-6)",
        "obj(attack-6, Peru-7)",
        "punct(safe-4, .-8)");
    ParsedSentence ready = Sentences.sentence(1, 20,
        "It/PRP/it is/VBZ/be ready/JJ/ready to/TO attack/VB/attack Peru/NNP ./.",
        "root(ROOT-0, ready-3)",
        "nsubj(ready-3, It-1)",
        "cop(ready-3, is-2)",
        "mark(attack-5, to-4)",
        "xcomp(ready-3, attack-5)",
        "obj(attack-5, Peru-6)",
        "punct(ready-3, .-7)");
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("attack-v", "190", "attack", Set.of(), "obj"))));
    DocumentContext story = new DocumentContext(Optional.empty(), false, Optional.empty());
    story.remember(before, List.of(m(0, Kind.COUNTRY, "CHL")));
    Mention it = new Mention(0, 1, Kind.PRONOUN, "it", "pronoun:it");

    assertEquals(List.of(), x.extract(dummy, List.of(it, m(6, Kind.COUNTRY, "PER")), story)
        .stream().map(EventExtractorTest::dyad).toList(), "no one is 'it' in 'it would be safe'");
    assertEquals(List.of("CHL>PER:190"), dyads(x, ready,
        List.of(it, m(5, Kind.COUNTRY, "PER")), story), "'it is ready to' is Chile");
  }

  @Test
  void extract_roleNounFromACountry_isThatCountrysBeforeTheArticles() {
    ParsedSentence s = Sentences.parse(
        "Forces/NNS/force from/IN Chile/NNP attacked/VBD/attack Peru/NNP ./.",
        "root(ROOT-0, attacked-4)",
        "nsubj(attacked-4, Forces-1)",
        "case(Chile-3, from-2)",
        "nmod:from(Forces-1, Chile-3)",
        "obj(attacked-4, Peru-5)",
        "punct(attacked-4, .-6)");
    DocumentContext inBolivia = new DocumentContext(Optional.empty(), false, Optional.of("BOL"));
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("attack-v", "190", "attack", Set.of(), "obj"))));

    assertEquals(List.of("CHLMIL>PER:190"), dyads(x, s, List.of(m(0, Kind.AGENT, "MIL"),
        m(2, Kind.COUNTRY, "CHL"), m(4, Kind.COUNTRY, "PER")), inBolivia));
  }

  @Test
  void extract_troopsInACountry_areNotThatCountrysWhereJudgesInItAre() {
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("attack-v", "190", "attack", Set.of(), "obj"))));
    List<String> out = new ArrayList<>();
    for (String role : List.of("Troops/NNS/troop:MIL", "Judges/NNS/judge:JUD")) {
      String[] parts = role.split(":");
      String word = parts[0].substring(0, parts[0].indexOf('/'));
      ParsedSentence s = Sentences.parse(
          parts[0] + " in/IN Chile/NNP attacked/VBD/attack Peru/NNP ./.",
          "root(ROOT-0, attacked-4)",
          "nsubj(attacked-4, " + word + "-1)",
          "case(Chile-3, in-2)",
          "nmod:in(" + word + "-1, Chile-3)",
          "obj(attacked-4, Peru-5)",
          "punct(attacked-4, .-6)");
      DocumentContext inBolivia = new DocumentContext(Optional.empty(), false,
          Optional.of("BOL"));
      x.extract(s, List.of(m(0, Kind.AGENT, parts[1]), m(2, Kind.COUNTRY, "CHL"),
          m(4, Kind.COUNTRY, "PER")), inBolivia).forEach(c -> out.add(dyad(c)));
    }

    assertEquals(List.of("BOLMIL>PER:190", "CHLJUD>PER:190"), out);
  }

  @Test
  void extract_arrestWithNoAgent_isByTheStateWhereItWasDone() {
    ParsedSentence inCapital = Sentences.parse(
        "Peruvian/JJ rebels/NNS/rebel were/VBD/be arrested/VBN/arrest in/IN Santiago/NNP ./.",
        "root(ROOT-0, arrested-4)",
        "amod(rebels-2, Peruvian-1)",
        "nsubj:pass(arrested-4, rebels-2)",
        "aux:pass(arrested-4, were-3)",
        "case(Santiago-6, in-5)",
        "obl:in(arrested-4, Santiago-6)",
        "punct(arrested-4, .-7)");
    ParsedSentence nowhere = Sentences.parse(
        "Peruvian/JJ rebels/NNS/rebel were/VBD/be arrested/VBN/arrest ./.",
        "root(ROOT-0, arrested-4)",
        "amod(rebels-2, Peruvian-1)",
        "nsubj:pass(arrested-4, rebels-2)",
        "aux:pass(arrested-4, were-3)",
        "punct(arrested-4, .-5)");
    ParsedSentence attacked = Sentences.parse(
        "Peruvian/JJ rebels/NNS/rebel were/VBD/be attacked/VBN/attack ./.",
        "root(ROOT-0, attacked-4)",
        "amod(rebels-2, Peruvian-1)",
        "nsubj:pass(attacked-4, rebels-2)",
        "aux:pass(attacked-4, were-3)",
        "punct(attacked-4, .-5)");
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("arrest-v", "173", "arrest", Set.of(), "obj"),
        verb("attack-v", "190", "attack", Set.of(), "obj"))));
    List<Mention> rebels = List.of(m(0, Kind.ADJECTIVE, "PER"), m(1, Kind.AGENT, "REB"));

    assertEquals(List.of("CHLGOV>PERREB:173"), dyads(x, inCapital,
        List.of(rebels.get(0), rebels.get(1), m(5, Kind.CAPITAL, "CHL")), ctx));
    assertEquals(List.of("PERGOV>PERREB:173"), dyads(x, nowhere, rebels, ctx), "arrested at home");
    assertEquals(List.of(), dyads(x, attacked, rebels, ctx),
        "anyone may attack: no side to assume");
  }

  @Test
  void extract_arrestReportedByTheArrestedsOwnKind_isByTheState() {
    ParsedSentence s = Sentences.parse(
        "Peruvian/JJ police/NNS/police said/VBD/say a/DT Peruvian/JJ officer/NN/officer"
            + " was/VBD/be arrested/VBN/arrest ./.",
        "root(ROOT-0, said-3)",
        "amod(police-2, Peruvian-1)",
        "nsubj(said-3, police-2)",
        "ccomp(said-3, arrested-8)",
        "det(officer-6, a-4)",
        "amod(officer-6, Peruvian-5)",
        "nsubj:pass(arrested-8, officer-6)",
        "aux:pass(arrested-8, was-7)",
        "punct(said-3, .-9)");
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("arrest-v", "173", "arrest", Set.of(), "obj"))));
    List<Mention> police = List.of(m(0, Kind.ADJECTIVE, "PER"), m(1, Kind.AGENT, "COP"),
        m(4, Kind.ADJECTIVE, "PER"), m(5, Kind.AGENT, "COP"));
    List<Mention> chile = List.of(m(0, Kind.ADJECTIVE, "CHL"), m(1, Kind.AGENT, "COP"),
        m(4, Kind.ADJECTIVE, "PER"), m(5, Kind.AGENT, "COP"));

    assertEquals(List.of("PERGOV>PERCOP:173"), dyads(x, s, police, ctx),
        "the reporter did not arrest its own");
    assertEquals(List.of("CHLCOP>PERCOP:173"), dyads(x, s, chile, ctx),
        "another reporter is the announcer");
  }

  @Test
  void rejectedRequest_isTheDemandNounAsObjectAndTheDemandStaysAnEvent() {
    ParsedSentence s = Sentences.parse(
        "Chile/NNP rejected/VBD/reject Peru/NNP 's/POS demand/NN/demand for/IN"
            + " resignation/NN/resignation ./.",
        "root(ROOT-0, rejected-2)",
        "nsubj(rejected-2, Chile-1)",
        "nmod:poss(demand-5, Peru-3)",
        "case(Peru-3, 's-4)",
        "obj(rejected-2, demand-5)",
        "case(resignation-7, for-6)",
        "nmod:for(demand-5, resignation-7)",
        "punct(rejected-2, .-8)");
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("reject-v", "120", "reject", Set.of(), "obj.nmod:poss"),
        noun("demand-n", "100", "demand", "nmod:on"),
        new EventPattern("demand-resign", "1041", true, "demand", "", Set.of("resignation"),
            false, List.of("nmod:for.nmod:poss"), "", ""),
        verb("suspend-v", "160", "suspend", Set.of(), "obj.nmod:poss"))));

    assertEquals(Optional.of(new EventExtractor.Request("1041", 4)), x.rejectedRequest(s, 1));
    assertEquals(List.of("CHL>PER:120", "PER>---:1041"), x.extract(s,
        List.of(m(0, Kind.COUNTRY, "CHL"), m(2, Kind.COUNTRY, "PER")),
        sentenceMode())
        .stream().map(EventExtractorTest::dyad).toList(), "the demand was made");
  }

  @Test
  void extract_objectNamedAsAPhrase_fitsTheHeadWithItsCompoundOnly() {
    ParsedSentence tearGas = Sentences.parse(
        "Chilean/JJ police/NN/police used/VBD/use tear/JJ/tear gas/NN/gas against/IN"
            + " Peru/NNP ./.",
        "root(ROOT-0, used-3)",
        "amod(police-2, Chilean-1)",
        "nsubj(used-3, police-2)",
        "amod(gas-5, tear-4)",
        "obj(used-3, gas-5)",
        "case(Peru-7, against-6)",
        "obl:against(used-3, Peru-7)",
        "punct(used-3, .-8)");
    ParsedSentence cannon = Sentences.parse(
        "Chilean/JJ police/NN/police used/VBD/use water/NN/water cannon/NN/cannon against/IN"
            + " Peru/NNP ./.",
        "root(ROOT-0, used-3)",
        "amod(police-2, Chilean-1)",
        "nsubj(used-3, police-2)",
        "compound(cannon-5, water-4)",
        "obj(used-3, cannon-5)",
        "case(Peru-7, against-6)",
        "obl:against(used-3, Peru-7)",
        "punct(used-3, .-8)");
    ParsedSentence gas = Sentences.parse(
        "Chilean/JJ police/NN/police used/VBD/use gas/NN/gas against/IN Peru/NNP ./.",
        "root(ROOT-0, used-3)",
        "amod(police-2, Chilean-1)",
        "nsubj(used-3, police-2)",
        "obj(used-3, gas-4)",
        "case(Peru-6, against-5)",
        "obl:against(used-3, Peru-6)",
        "punct(used-3, .-7)");
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("use-riot", "175", "use", Set.of("tear gas", "water cannon"), "obl:against"),
        verb("use-chemical", "2041", "use", Set.of("gas"), "obl:against"))));
    List<Mention> ms = List.of(m(0, Kind.ADJECTIVE, "CHL"), m(1, Kind.AGENT, "COP"));

    assertEquals(List.of("CHLCOP>PER:175"), dyads(x, tearGas,
        List.of(ms.get(0), ms.get(1), m(6, Kind.COUNTRY, "PER")), ctx));
    assertEquals(List.of("CHLCOP>PER:175"), dyads(x, cannon,
        List.of(ms.get(0), ms.get(1), m(6, Kind.COUNTRY, "PER")), ctx));
    assertEquals(List.of("CHLCOP>PER:2041"), dyads(x, gas,
        List.of(ms.get(0), ms.get(1), m(5, Kind.COUNTRY, "PER")), ctx));
  }

  @Test
  void extract_violenceNounWithFigurativeModifier_isNoViolence() {
    ParsedSentence legal = Sentences.parse(
        "Chile/NNP lost/VBD/lose a/DT legal/JJ battle/NN/battle with/IN Peru/NNP ./.",
        "root(ROOT-0, lost-2)",
        "nsubj(lost-2, Chile-1)",
        "det(battle-5, a-3)",
        "amod(battle-5, legal-4)",
        "obj(lost-2, battle-5)",
        "case(Peru-7, with-6)",
        "nmod:with(battle-5, Peru-7)",
        "punct(lost-2, .-8)");
    ParsedSentence armed = Sentences.parse(
        "Chile/NNP lost/VBD/lose a/DT naval/JJ battle/NN/battle with/IN Peru/NNP ./.",
        "root(ROOT-0, lost-2)",
        "nsubj(lost-2, Chile-1)",
        "det(battle-5, a-3)",
        "amod(battle-5, naval-4)",
        "obj(lost-2, battle-5)",
        "case(Peru-7, with-6)",
        "nmod:with(battle-5, Peru-7)",
        "punct(lost-2, .-8)");
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        noun("battle-n", "190", "battle", "nmod:with"))));
    DocumentContext loose = sentenceMode();
    List<Mention> ms = List.of(m(0, Kind.COUNTRY, "CHL"), m(6, Kind.COUNTRY, "PER"));

    assertTrue(x.extract(legal, ms, loose).isEmpty());
    assertEquals(List.of("190"),
        x.extract(armed, ms, loose).stream().map(c -> c.pattern().code()).toList());
  }

  @Test
  void extract_violenceNounOfRescueOrPeacekeeping_isNoViolence() {
    ParsedSentence rescue = Sentences.parse(
        "Chile/NNP began/VBD/begin rescue/NN/rescue operations/NNS/operation in/IN Peru/NNP ./.",
        "root(ROOT-0, began-2)",
        "nsubj(began-2, Chile-1)",
        "compound(operations-4, rescue-3)",
        "obj(began-2, operations-4)",
        "case(Peru-6, in-5)",
        "nmod:in(operations-4, Peru-6)",
        "punct(began-2, .-7)");
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        noun("operation-n", "190", "operation", "nmod:in"))));

    assertTrue(x.extract(rescue, List.of(m(0, Kind.COUNTRY, "CHL"), m(5, Kind.COUNTRY, "PER")),
        sentenceMode())
        .isEmpty());
  }

  @Test
  void extract_reportersSpokenTo_areNoTarget() {
    ParsedSentence s = Sentences.parse(
        "Chile/NNP 's/POS minister/NN spoke/VBD/speak to/IN Peruvian/JJ reporters/NNS/reporter ./.",
        "root(ROOT-0, spoke-4)",
        "nmod:poss(minister-3, Chile-1)",
        "case(Chile-1, 's-2)",
        "nsubj(spoke-4, minister-3)",
        "case(reporters-7, to-5)",
        "amod(reporters-7, Peruvian-6)",
        "obl:to(spoke-4, reporters-7)",
        "punct(spoke-4, .-8)");
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("speak-v", "041", "speak", Set.of(), "obl:to"))));

    assertTrue(x.extract(s, List.of(m(0, Kind.COUNTRY, "CHL"), m(2, Kind.AGENT, "GOV"),
        m(5, Kind.ADJECTIVE, "PER"), m(6, Kind.AGENT, "MED")), ctx).isEmpty());
  }

  @Test
  void extract_demandThroughAClause_needsWhatShouldBeDone() {
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("insist-v", "100", "insist", Set.of(), "ccomp.nsubj"))));
    ParsedSentence demand = Sentences.parse(
        "Chile/NNP insisted/VBD/insist that/IN Peru/NNP withdraw/VB ./.",
        "root(ROOT-0, insisted-2)",
        "nsubj(insisted-2, Chile-1)",
        "mark(withdraw-5, that-3)",
        "nsubj(withdraw-5, Peru-4)",
        "ccomp(insisted-2, withdraw-5)",
        "punct(insisted-2, .-6)");
    ParsedSentence claim = Sentences.parse(
        "Chile/NNP insisted/VBD/insist that/IN Peru/NNP was/VBD/be innocent/JJ ./.",
        "root(ROOT-0, insisted-2)",
        "nsubj(insisted-2, Chile-1)",
        "mark(innocent-6, that-3)",
        "nsubj(innocent-6, Peru-4)",
        "cop(innocent-6, was-5)",
        "ccomp(insisted-2, innocent-6)",
        "punct(insisted-2, .-7)");

    assertEquals(List.of("CHL>PER:100"), dyads(x, demand,
        List.of(m(0, Kind.COUNTRY, "CHL"), m(3, Kind.COUNTRY, "PER")), ctx));
    assertTrue(x.extract(claim, List.of(m(0, Kind.COUNTRY, "CHL"), m(3, Kind.COUNTRY, "PER")),
        ctx).isEmpty());
  }
  @Test
  void demands_whatAnActorMustDo_notWhatBefallsItOrIsDoneToIt() {
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of()));
    List<Mention> ms = List.of(m(0, Kind.COUNTRY, "CHL"), m(2, Kind.COUNTRY, "PER"));
    ParsedSentence act = Sentences.parse(
        "Chile/NNP said/VBD/say Peru/NNP must/MD withdraw/VB/withdraw ./.",
        "root(ROOT-0, said-2)", "nsubj(said-2, Chile-1)", "ccomp(said-2, withdraw-5)",
        "nsubj(withdraw-5, Peru-3)", "aux(withdraw-5, must-4)", "punct(said-2, .-6)");
    ParsedSentence befalls = Sentences.parse(
        "Chile/NNP said/VBD/say Peru/NNP must/MD suffer/VB/suffer ./.",
        "root(ROOT-0, said-2)", "nsubj(said-2, Chile-1)", "ccomp(said-2, suffer-5)",
        "nsubj(suffer-5, Peru-3)", "aux(suffer-5, must-4)", "punct(said-2, .-6)");
    ParsedSentence passive = Sentences.parse(
        "Chile/NNP said/VBD/say Peru/NNP must/MD be/VB/be punished/VBN/punish ./.",
        "root(ROOT-0, said-2)", "nsubj(said-2, Chile-1)", "ccomp(said-2, punished-6)",
        "nsubj:pass(punished-6, Peru-3)", "aux(punished-6, must-4)",
        "aux:pass(punished-6, be-5)", "punct(said-2, .-7)");

    assertEquals(List.of("CHL>PER:100"), dyads(x, act, ms, ctx));
    assertEquals(List.of(), dyads(x, befalls, ms, ctx));
    assertEquals(List.of(), dyads(x, passive, ms, ctx), "asked of someone else");
  }

  @Test
  void extract_phrasalVerbThatUndoesItsBareVerb_leavesItsPatternsOut() {
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("call-v", "020", "call", Set.of(), "obj"))));
    ParsedSentence off = Sentences.parse(
        "Chile/NNP called/VBD/call off/RP Peru/NNP ./.",
        "root(ROOT-0, called-2)",
        "nsubj(called-2, Chile-1)",
        "compound:prt(called-2, off-3)",
        "obj(called-2, Peru-4)",
        "punct(called-2, .-5)");
    ParsedSentence bare = Sentences.parse(
        "Chile/NNP called/VBD/call Peru/NNP ./.",
        "root(ROOT-0, called-2)",
        "nsubj(called-2, Chile-1)",
        "obj(called-2, Peru-3)",
        "punct(called-2, .-4)");

    assertTrue(x.extract(off, List.of(m(0, Kind.COUNTRY, "CHL"), m(3, Kind.COUNTRY, "PER")),
        ctx).isEmpty());
    assertEquals(1, x.extract(bare, List.of(m(0, Kind.COUNTRY, "CHL"), m(2, Kind.COUNTRY, "PER")),
        ctx).size());
  }

  @Test
  void peacekeeping_findsAPeacekeepingMissionUnderTheTrigger() {
    ParsedSentence mission = Sentences.parse(
        "Chile/NNP sent/VBD/send troops/NNS/troops to/IN the/DT peacekeeping/NN mission/NN ./.",
        "root(ROOT-0, sent-2)",
        "nsubj(sent-2, Chile-1)",
        "obj(sent-2, troops-3)",
        "case(mission-7, to-4)",
        "det(mission-7, the-5)",
        "compound(mission-7, peacekeeping-6)",
        "obl:to(sent-2, mission-7)",
        "punct(sent-2, .-8)");
    ParsedSentence border = Sentences.parse(
        "Chile/NNP sent/VBD/send troops/NNS/troops to/IN the/DT border/NN ./.",
        "root(ROOT-0, sent-2)",
        "nsubj(sent-2, Chile-1)",
        "obj(sent-2, troops-3)",
        "case(border-6, to-4)",
        "det(border-6, the-5)",
        "obl:to(sent-2, border-6)",
        "punct(sent-2, .-7)");

    assertTrue(extractor.peacekeeping(mission, 1));
    assertFalse(extractor.peacekeeping(border, 1));
  }

  @Test
  void peacekeeping_ofANounIsAlsoFoundUnderTheVerbItIsTheObjectOf() {
    ParsedSentence announced = Sentences.parse(
        "Chile/NNP announced/VBD/announce a/DT deployment/NN to/IN Peru/NNP on/IN a/DT"
            + " peacekeeping/NN mission/NN ./.",
        "root(ROOT-0, announced-2)", "nsubj(announced-2, Chile-1)", "det(deployment-4, a-3)",
        "obj(announced-2, deployment-4)", "case(Peru-6, to-5)", "obl:to(announced-2, Peru-6)",
        "case(mission-10, on-7)", "det(mission-10, a-8)", "compound(mission-10, peacekeeping-9)",
        "nmod:on(Peru-6, mission-10)", "punct(announced-2, .-11)");
    ParsedSentence toBorder = Sentences.parse(
        "Chile/NNP announced/VBD/announce a/DT deployment/NN to/IN the/DT border/NN ./.",
        "root(ROOT-0, announced-2)", "nsubj(announced-2, Chile-1)", "det(deployment-4, a-3)",
        "obj(announced-2, deployment-4)", "case(border-7, to-5)", "det(border-7, the-6)",
        "obl:to(announced-2, border-7)", "punct(announced-2, .-8)");

    assertTrue(extractor.peacekeeping(announced, 3));
    assertFalse(extractor.peacekeeping(toBorder, 3));
  }

  @Test
  void extract_kinOfAnActor_isNotThatActor() {
    ParsedSentence parents = Sentences.parse(
        "The/DT parents/NNS/parent of/IN a/DT Chilean/JJ soldier/NN condemned/VBD/condemn"
            + " Peru/NNP ./.",
        "root(ROOT-0, condemned-7)",
        "det(parents-2, The-1)",
        "nsubj(condemned-7, parents-2)",
        "case(soldier-6, of-3)",
        "det(soldier-6, a-4)",
        "amod(soldier-6, Chilean-5)",
        "nmod:of(parents-2, soldier-6)",
        "obj(condemned-7, Peru-8)",
        "punct(condemned-7, .-9)");
    ParsedSentence commander = Sentences.parse(
        "The/DT unit/NN of/IN a/DT Chilean/JJ soldier/NN condemned/VBD/condemn Peru/NNP ./.",
        "root(ROOT-0, condemned-7)",
        "det(unit-2, The-1)",
        "nsubj(condemned-7, unit-2)",
        "case(soldier-6, of-3)",
        "det(soldier-6, a-4)",
        "amod(soldier-6, Chilean-5)",
        "nmod:of(unit-2, soldier-6)",
        "obj(condemned-7, Peru-8)",
        "punct(condemned-7, .-9)");
    List<Mention> ms = List.of(m(4, Kind.ADJECTIVE, "CHL"), m(5, Kind.AGENT, "MIL"),
        m(7, Kind.COUNTRY, "PER"));

    assertTrue(extractor.extract(parents, ms, ctx).isEmpty());
    assertEquals(List.of("CHLMIL>PER:111"),
        dyads(extractor, commander, ms, ctx));
  }
  @Test
  void extract_eventNounSaidOfItsSubjectWithBe_takesThatSubject() {
    ParsedSentence s = Sentences.parse(
        "Chile/NNP is/VBZ/be in/IN talks/NNS/talk with/IN Peru/NNP ./.",
        "root(ROOT-0, talks-4)",
        "nsubj(talks-4, Chile-1)",
        "cop(talks-4, is-2)",
        "case(talks-4, in-3)",
        "case(Peru-6, with-5)",
        "nmod:with(talks-4, Peru-6)",
        "punct(talks-4, .-7)");
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        noun("talk-n", "046", "talk", "nmod:with"))));

    assertEquals(List.of("CHL>PER:046"), dyads(x, s,
        List.of(m(0, Kind.COUNTRY, "CHL"), m(5, Kind.COUNTRY, "PER")), ctx));
  }

  @Test
  void extract_placeWithNationalityWord_isThatCountryAndOtherNounsAreNot() {
    // "Chile attacked the Peruvian town", against "Chile attacked the Peruvian economy"
    String[] edges = {"root(ROOT-0, attacked-2)", "nsubj(attacked-2, Chile-1)",
        "det(WORD-5, the-3)", "amod(WORD-5, Peruvian-4)", "obj(attacked-2, WORD-5)",
        "punct(attacked-2, .-6)"};
    List<Mention> ms = List.of(m(0, Kind.COUNTRY, "CHL"), m(3, Kind.ADJECTIVE, "PER"));
    for (String noun : List.of("town", "economy")) {
      ParsedSentence s = Sentences.parse("Chile/NNP attacked/VBD/attack the/DT"
          + " Peruvian/JJ/peruvian " + noun + "/NN ./.", java.util.Arrays.stream(edges)
          .map(e -> e.replace("WORD", noun)).toArray(String[]::new));
      List<String> found = dyads(extractor, s, ms, ctx);
      assertEquals(noun.equals("town") ? List.of("CHL>PER:190") : List.of(), found, noun);
    }
  }

  @Test
  void extract_militaryMoveWithNationalityWord_isWhoMadeIt() {
    // "the Chilean deployment, targeting Peruvian rebels, ..."
    ParsedSentence s = Sentences.parse(
        "the/DT Chilean/JJ/chilean deployment/NN ,/, targeting/VBG/target Peruvian/JJ/peruvian"
            + " rebels/NNS/rebel ,/, began/VBD/begin ./.",
        "root(ROOT-0, began-9)",
        "det(deployment-3, the-1)",
        "amod(deployment-3, Chilean-2)",
        "nsubj(began-9, deployment-3)",
        "punct(deployment-3, ,-4)",
        "acl(deployment-3, targeting-5)",
        "amod(rebels-7, Peruvian-6)",
        "obj(targeting-5, rebels-7)",
        "punct(deployment-3, ,-8)",
        "punct(began-9, .-10)");
    List<Mention> ms = List.of(m(1, Kind.ADJECTIVE, "CHL"), m(5, Kind.ADJECTIVE, "PER"),
        m(6, Kind.AGENT, "REB"));
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("target-v", "190", "target", Set.of(), "obj"))));

    assertEquals(List.of("CHL>PERREB:190"),
        dyads(x, s, ms, ctx));
  }

  @Test
  void extract_blowWithNoTargetOfItsOwn_fallsOnWhatItsJoinedBlowStruck() {
    // "Chile shelled Peru and used gas", against "... and used gas against miners" (a side the
    // lexicon does not know is still a side)
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("shell-v", "194", "shell", Set.of(), "obj"),
        verb("use-v", "2041", "use", Set.of("gas"), "obl:against"))));
    List<Mention> ms = List.of(m(0, Kind.COUNTRY, "CHL"), m(2, Kind.COUNTRY, "PER"));
    ParsedSentence bare = Sentences.parse(
        "Chile/NNP shelled/VBD/shell Peru/NNP and/CC used/VBD/use gas/NN ./.",
        "root(ROOT-0, shelled-2)", "nsubj(shelled-2, Chile-1)", "obj(shelled-2, Peru-3)",
        "cc(used-5, and-4)", "conj:and(shelled-2, used-5)", "nsubj(used-5, Chile-1)",
        "obj(used-5, gas-6)", "punct(shelled-2, .-7)");
    ParsedSentence named = Sentences.parse(
        "Chile/NNP shelled/VBD/shell Peru/NNP and/CC used/VBD/use gas/NN against/IN"
            + " miners/NNS/miner ./.",
        "root(ROOT-0, shelled-2)", "nsubj(shelled-2, Chile-1)", "obj(shelled-2, Peru-3)",
        "cc(used-5, and-4)", "conj:and(shelled-2, used-5)", "nsubj(used-5, Chile-1)",
        "obj(used-5, gas-6)", "case(miners-8, against-7)", "obl:against(used-5, miners-8)",
        "punct(shelled-2, .-9)");

    assertEquals(List.of("CHL>PER:194", "CHL>PER:2041"),
        dyads(x, bare, ms, ctx));
    assertEquals(List.of("CHL>PER:194"),
        dyads(x, named, ms, ctx));
  }

  @Test
  void extract_blowWithNoStrikerNamed_isTheLatestStrikersOfThatKindAtTheVictimsCountry() {
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("attack-v", "190", "attack", Set.of(), "obj"),
        verb("shell-v", "194", "shell", Set.of(), "obj"),
        noun("airstrike-n", "195", "airstrike", "nmod:on"))));
    ParsedSentence killed = Sentences.sentence(1, 30,
        "Peruvians/NNPS/peruvian were/VBD/be killed/VBN/kill in/IN airstrikes/NNS/airstrike ./.",
        "root(ROOT-0, killed-3)",
        "nsubj:pass(killed-3, Peruvians-1)",
        "aux:pass(killed-3, were-2)",
        "case(airstrikes-5, in-4)",
        "obl:in(killed-3, airstrikes-5)",
        "punct(killed-3, .-6)");
    List<Mention> victims = List.of(m(0, Kind.ADJECTIVE, "PER"));
    List<String> found = new ArrayList<>();
    for (String verb : List.of("attacked/VBD/attack", "shelled/VBD/shell")) {
      // "Chile attacked Peru" tells a blow of any kind; "Chile shelled Peru" only shelling
      DocumentContext story = toldBefore(x, chileDidToPeru(verb),
          List.of(m(0, Kind.COUNTRY, "CHL"), m(2, Kind.COUNTRY, "PER")));
      found.add(dyads(x, killed, victims, story).toString());
    }

    assertEquals(List.of("[CHL>PER:195]", "[]"), found);
  }

  @Test
  void extract_visitToTroopsOfNoNamedCountry_isToTheVisitorsOwn() {
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("visit-v", "042", "visit", Set.of(), "obj"))));
    DocumentContext peru = new DocumentContext(Optional.empty(), false, Optional.of("PER"));
    ParsedSentence bare = Sentences.parse("Bachelet/NNP visited/VBD/visit troops/NNS/troops ./.",
        "root(ROOT-0, visited-2)", "nsubj(visited-2, Bachelet-1)", "obj(visited-2, troops-3)",
        "punct(visited-2, .-4)");
    ParsedSentence named = Sentences.parse(
        "Bachelet/NNP visited/VBD/visit Peruvian/JJ/peruvian troops/NNS/troops ./.",
        "root(ROOT-0, visited-2)", "nsubj(visited-2, Bachelet-1)", "amod(troops-4, Peruvian-3)",
        "obj(visited-2, troops-4)", "punct(visited-2, .-5)");

    assertEquals(List.of("CHLGOV>CHLMIL:042"), dyads(x, bare, List.of(m(0, Kind.PERSON, "CHLGOV"),
        new Mention(2, 3, Kind.AGENT, "MIL", "agents.tsv:troops")), peru),
        "the story's country is Peru");
    assertEquals(List.of("CHLGOV>PERMIL:042"), dyads(x, named, List.of(m(0, Kind.PERSON, "CHLGOV"),
        m(2, Kind.ADJECTIVE, "PER"), new Mention(3, 4, Kind.AGENT, "MIL", "agents.tsv:troops")),
        peru));
  }

  @Test
  void extract_claimingOnesOwnBlow_isAClaimOfResponsibilityTowardItsTarget() {
    String words = "Chile/NNP claimed/VBD/claim Santiago/NNP attacked/VBD/attack Peru/NNP ./.";
    String[] deps = {"root(ROOT-0, claimed-2)", "nsubj(claimed-2, Chile-1)",
        "ccomp(claimed-2, attacked-4)", "nsubj(attacked-4, Santiago-3)",
        "obj(attacked-4, Peru-5)", "punct(claimed-2, .-6)"};
    ParsedSentence s = Sentences.parse(words, deps);

    List<String> own = dyads(extractor, s, List.of(m(0, Kind.COUNTRY, "CHL"),
        m(2, Kind.COUNTRY, "CHL"), m(4, Kind.COUNTRY, "PER")), ctx);
    List<String> other = dyads(extractor, s, List.of(m(0, Kind.COUNTRY, "CHL"),
        m(2, Kind.COUNTRY, "BOL"), m(4, Kind.COUNTRY, "PER")), ctx);

    assertEquals(List.of("CHL>PER:015", "CHL>PER:190"), own);
    assertEquals(List.of("BOL>PER:190"), other, "claiming that another struck is no claim");
  }

  @Test
  void extract_oneActorEnough_smallClausePatternNeedsItsClause() {
    PatternLexicon hold = PatternLexicon.of(List.of(
        verb("hold-responsible", "112", "hold", Set.of(), "xcomp.nsubj")));
    ParsedSentence held = Sentences.parse(
        "Chile/NNP held/VBD/hold a/DT rally/NN ./.",
        "root(ROOT-0, held-2)", "nsubj(held-2, Chile-1)", "det(rally-4, a-3)",
        "obj(held-2, rally-4)", "punct(held-2, .-5)");
    ParsedSentence blamed = Sentences.parse(
        "Chile/NNP held/VBD/hold Peru/NNP responsible/JJ ./.",
        "root(ROOT-0, held-2)", "nsubj(held-2, Chile-1)", "xcomp(held-2, responsible-4)",
        "nsubj(responsible-4, Peru-3)", "punct(held-2, .-5)");
    DocumentContext sentences = sentenceMode();
    EventExtractor x = new EventExtractor(hold);

    assertEquals(List.of(), dyads(x, held, List.of(m(0, Kind.COUNTRY, "CHL")), sentences));
    assertEquals(List.of("CHL>---:112"), dyads(x, blamed, List.of(m(0, Kind.COUNTRY, "CHL")),
        sentences));
  }

  @Test
  void extract_participleWithAByPhrase_strikesTheNounItDescribes() {
    PatternLexicon p = PatternLexicon.of(List.of(
        verb("protect-v", "074", "protect", Set.of(), "obj"),
        verb("target-v", "190", "target", Set.of(), "obj"),
        verb("broker-v", "045", "broker", Set.of(), "obj")));
    ParsedSentence s = Sentences.parse(
        "Chile/NNP protects/VBZ/protect Bolivian/JJ hospitals/NNS/hospital targeted/VBN/target"
            + " by/IN Peru/NNP ./.",
        "root(ROOT-0, protects-2)", "nsubj(protects-2, Chile-1)", "amod(hospitals-4, Bolivian-3)",
        "obj(protects-2, hospitals-4)", "acl(hospitals-4, targeted-5)", "case(Peru-7, by-6)",
        "obl:by(targeted-5, Peru-7)", "punct(protects-2, .-8)");
    ParsedSentence deal = Sentences.parse(
        "Chile/NNP protects/VBZ/protect Bolivian/JJ hospitals/NNS/hospital brokered/VBN/broker"
            + " by/IN Peru/NNP ./.",
        "root(ROOT-0, protects-2)", "nsubj(protects-2, Chile-1)", "amod(hospitals-4, Bolivian-3)",
        "obj(protects-2, hospitals-4)", "acl(hospitals-4, brokered-5)", "case(Peru-7, by-6)",
        "obl:by(brokered-5, Peru-7)", "punct(protects-2, .-8)");
    List<Mention> ms = List.of(m(0, Kind.COUNTRY, "CHL"), m(2, Kind.ADJECTIVE, "BOL"),
        new Mention(3, 4, Kind.AGENT, "HLH", "agents.tsv:hospital"), m(6, Kind.COUNTRY, "PER"));
    EventExtractor x = new EventExtractor(p);

    assertEquals(List.of("CHL>BOLHLH:074", "PER>BOLHLH:190"), dyads(x, s, ms, ctx));
    assertEquals(List.of("CHL>BOLHLH:074"), dyads(x, deal, ms, ctx),
        "only a blow or a capture tells of the noun it describes");
  }

  @Test
  void extract_objectsListedAfterBang_areTheOnesThePatternDoesNotTake() {
    PatternLexicon meet = PatternLexicon.of(List.of(
        new EventPattern("meet-v", "040", false, "meet", "", Set.of("demand"), true,
            List.of("obj"), "", "")));
    ParsedSentence demands = Sentences.parse(
        "Chile/NNP met/VBD/meet Peru/NNP 's/POS demands/NNS/demand ./.",
        "root(ROOT-0, met-2)", "nsubj(met-2, Chile-1)", "nmod:poss(demands-5, Peru-3)",
        "case(Peru-3, 's-4)", "obj(met-2, demands-5)", "punct(met-2, .-6)");
    EventExtractor x = new EventExtractor(meet);

    assertEquals(List.of("CHL>PER:040"), dyads(x, chileDidToPeru("met/VBD/meet"),
        List.of(m(0, Kind.COUNTRY, "CHL"), m(2, Kind.COUNTRY, "PER")), ctx));
    assertEquals(List.of(), dyads(x, demands,
        List.of(m(0, Kind.COUNTRY, "CHL"), m(2, Kind.COUNTRY, "PER")), ctx));
  }

  @Test
  void extract_aidMeasuredUnderALightVerb_isTheVerbSubjects() {
    PatternLexicon aid = PatternLexicon.of(List.of(noun("aid-n", "070", "aid", "nmod:to"),
        verb("provide-v", "070", "provide", Set.of("aid"), "obj")));
    ParsedSentence announced = Sentences.parse(
        "Chile/NNP announced/VBD/announce $/$ 5/CD million/CD in/IN aid/NN to/IN Peru/NNP ./.",
        "root(ROOT-0, announced-2)", "nsubj(announced-2, Chile-1)", "obj(announced-2, $-3)",
        "nummod($-3, million-5)", "compound(million-5, 5-4)", "case(aid-7, in-6)",
        "nmod:in($-3, aid-7)", "case(Peru-9, to-8)", "nmod:to(aid-7, Peru-9)",
        "punct(announced-2, .-10)");
    ParsedSentence with = Sentences.parse(
        "Chile/NNP provided/VBD/provide Peru/NNP with/IN $/$ 5/CD million/CD in/IN aid/NN ./.",
        "root(ROOT-0, provided-2)", "nsubj(provided-2, Chile-1)", "obj(provided-2, Peru-3)",
        "obl(provided-2, with-4)", "dep(with-4, $-5)", "nummod($-5, million-7)",
        "compound(million-7, 5-6)", "case(aid-9, in-8)", "nmod:in($-5, aid-9)",
        "punct(provided-2, .-10)");
    EventExtractor x = new EventExtractor(aid);

    assertEquals(List.of("CHL>PER:070"), dyads(x, announced,
        List.of(m(0, Kind.COUNTRY, "CHL"), m(8, Kind.COUNTRY, "PER")), ctx));
    assertEquals(List.of("CHL>PER:070"), dyads(x, with,
        List.of(m(0, Kind.COUNTRY, "CHL"), m(2, Kind.COUNTRY, "PER")), ctx),
        "the parser's 'with' heading its phrase still gives what was given");
    ParsedSentence increase = Sentences.parse(
        "Chile/NNP announced/VBD/announce an/DT increase/NN in/IN aid/NN to/IN Peru/NNP ./.",
        "root(ROOT-0, announced-2)", "nsubj(announced-2, Chile-1)", "det(increase-4, an-3)",
        "obj(announced-2, increase-4)", "case(aid-6, in-5)", "nmod:in(increase-4, aid-6)",
        "case(Peru-8, to-7)", "nmod:to(aid-6, Peru-8)", "punct(announced-2, .-9)");
    assertEquals(List.of("CHL>PER:070"), dyads(x, increase,
        List.of(m(0, Kind.COUNTRY, "CHL"), m(7, Kind.COUNTRY, "PER")), ctx),
        "an increase in aid measures it");
  }

  @Test
  void extract_oneActorEnough_aCommentOfTheMainVerbComesBeforeWhatItIsAbout() {
    ParsedSentence concern = Sentences.parse(
        "Chile/NNP expressed/VBD/express concern/NN over/IN the/DT attack/NN on/IN Peru/NNP ./.",
        "root(ROOT-0, expressed-2)", "nsubj(expressed-2, Chile-1)",
        "obj(expressed-2, concern-3)", "case(attack-6, over-4)", "det(attack-6, the-5)",
        "nmod:over(concern-3, attack-6)", "case(Peru-8, on-7)", "nmod:on(attack-6, Peru-8)",
        "punct(expressed-2, .-9)");
    ParsedSentence said = Sentences.parse(
        "Chile/NNP said/VBD/say the/DT attack/NN on/IN Peru/NNP ended/VBD/end ./.",
        "root(ROOT-0, said-2)", "nsubj(said-2, Chile-1)", "ccomp(said-2, ended-7)",
        "det(attack-4, the-3)", "nsubj(ended-7, attack-4)", "case(Peru-6, on-5)",
        "nmod:on(attack-4, Peru-6)", "punct(said-2, .-8)");
    DocumentContext sentences = sentenceMode();

    assertEquals(List.of("CHL>---:012", "--->PER:190"), dyads(extractor, concern,
        List.of(m(0, Kind.COUNTRY, "CHL"), m(7, Kind.COUNTRY, "PER")), sentences));
    assertEquals(List.of("--->PER:190"), dyads(extractor, said,
        List.of(m(0, Kind.COUNTRY, "CHL"), m(5, Kind.COUNTRY, "PER")), sentences),
        "a plain report is no act of its own");
  }

  @Test
  void extract_oneActorEnough_aCommentReportedByTheMainVerbComesFirst() {
    ParsedSentence s = Sentences.parse(
        "Lima/NNP said/VBD/say Chile/NNP expressed/VBD/express concern/NN over/IN the/DT "
            + "attack/NN on/IN Peru/NNP ./.",
        "root(ROOT-0, said-2)", "nsubj(said-2, Lima-1)", "ccomp(said-2, expressed-4)",
        "nsubj(expressed-4, Chile-3)", "obj(expressed-4, concern-5)", "case(attack-8, over-6)",
        "det(attack-8, the-7)", "nmod:over(concern-5, attack-8)", "case(Peru-10, on-9)",
        "nmod:on(attack-8, Peru-10)", "punct(said-2, .-11)");

    assertEquals(List.of("CHL>---:012", "--->PER:190"), dyads(extractor, s,
        List.of(m(0, Kind.CAPITAL, "PERGOV"), m(2, Kind.COUNTRY, "CHL"),
            m(9, Kind.COUNTRY, "PER")), sentenceMode()));
  }

  @Test
  void extract_rolesJoinedToARoleOfTheirKind_shareItsNationality() {
    ParsedSentence s = Sentences.parse(
        "Chilean/JJ troops/NNS/troop and/CC tanks/NNS/tank attacked/VBD/attack Peru/NNP ./.",
        "root(ROOT-0, attacked-5)", "amod(troops-2, Chilean-1)", "nsubj(attacked-5, troops-2)",
        "cc(tanks-4, and-3)", "conj:and(troops-2, tanks-4)", "nsubj(attacked-5, tanks-4)",
        "obj(attacked-5, Peru-6)", "punct(attacked-5, .-7)");
    List<Mention> ms = List.of(m(0, Kind.ADJECTIVE, "CHL"),
        new Mention(1, 2, Kind.AGENT, "MIL", "agents.tsv:troops"),
        new Mention(3, 4, Kind.AGENT, "MIL", "agents.tsv:tank"), m(5, Kind.COUNTRY, "PER"));

    assertEquals(List.of("CHLMIL>PER:190", "CHLMIL>PER:190"), dyads(extractor, s, ms, ctx));
  }

  @Test
  void extract_anActorsAllies_areNotThatActor() {
    ParsedSentence allies = Sentences.parse(
        "Chile/NNP attacked/VBD/attack Peru/NNP 's/POS allies/NNS/ally ./.",
        "root(ROOT-0, attacked-2)", "nsubj(attacked-2, Chile-1)", "nmod:poss(allies-5, Peru-3)",
        "case(Peru-3, 's-4)", "obj(attacked-2, allies-5)", "punct(attacked-2, .-6)");
    ParsedSentence embassy = Sentences.parse(
        "Chile/NNP attacked/VBD/attack Peru/NNP 's/POS embassy/NN ./.",
        "root(ROOT-0, attacked-2)", "nsubj(attacked-2, Chile-1)", "nmod:poss(embassy-5, Peru-3)",
        "case(Peru-3, 's-4)", "obj(attacked-2, embassy-5)", "punct(attacked-2, .-6)");
    PatternLexicon attack = PatternLexicon.of(List.of(
        verb("attack-v", "190", "attack", Set.of(), "obj", "obj.nmod:poss")));
    EventExtractor x = new EventExtractor(attack);
    List<Mention> ms = List.of(m(0, Kind.COUNTRY, "CHL"), m(2, Kind.COUNTRY, "PER"));

    assertEquals(List.of(), dyads(x, allies, ms, ctx));
    assertEquals(List.of("CHL>PER:190"), dyads(x, embassy, ms, ctx));
  }

  @Test
  void extract_lightVerbSubject_namesTheStrikerBeforeTheBlowsRoleWord() {
    PatternLexicon offensive = PatternLexicon.of(List.of(
        noun("offensive-n", "190", "offensive", "nmod:against")));
    ParsedSentence s = Sentences.parse(
        "Chile/NNP launched/VBD/launch a/DT military/JJ offensive/NN against/IN Peru/NNP ./.",
        "root(ROOT-0, launched-2)", "nsubj(launched-2, Chile-1)", "det(offensive-5, a-3)",
        "amod(offensive-5, military-4)", "obj(launched-2, offensive-5)",
        "case(Peru-7, against-6)", "nmod:against(offensive-5, Peru-7)",
        "punct(launched-2, .-8)");
    List<Mention> ms = List.of(m(0, Kind.COUNTRY, "CHL"),
        new Mention(3, 4, Kind.AGENT, "MIL", "agents.tsv:military"), m(6, Kind.COUNTRY, "PER"));

    assertEquals(List.of("CHL>PER:190"), dyads(new EventExtractor(offensive), s, ms, ctx));
  }

  @Test
  void extract_nationalityAndRoleOfABlow_areOneStrikerNotTheStorysCountry() {
    PatternLexicon operation = PatternLexicon.of(List.of(
        noun("operation-n", "190", "operation", "nmod:against")));
    ParsedSentence s = Sentences.parse(
        "a/DT Chilean/JJ military/JJ operation/NN against/IN Peru/NNP began/VBD/begin ./.",
        "root(ROOT-0, began-7)", "det(operation-4, a-1)", "amod(operation-4, Chilean-2)",
        "amod(operation-4, military-3)", "nsubj(began-7, operation-4)", "case(Peru-6, against-5)",
        "nmod:against(operation-4, Peru-6)", "punct(began-7, .-8)");
    List<Mention> ms = List.of(m(1, Kind.ADJECTIVE, "CHL"),
        new Mention(2, 3, Kind.AGENT, "MIL", "agents.tsv:military"), m(5, Kind.COUNTRY, "PER"));
    DocumentContext bolivianStory = new DocumentContext(Optional.empty(), false,
        Optional.of("BOL"));

    assertEquals(List.of("CHLMIL>PER:190"), dyads(new EventExtractor(operation), s, ms,
        bolivianStory));
  }

  @Test
  void patternExcludingObjects_isNoMoreSpecificThanOneTakingAny() {
    EventPattern any = verb("fight-v", "190", "fight", Set.of(), "obj");
    EventPattern notWars = new EventPattern("fight-v2", "190", false, "fight", "",
        Set.of("war"), true, List.of("obj"), "", "");
    EventPattern wars = verb("fight-war", "190", "fight", Set.of("war"), "obj.nmod:against");

    assertEquals(any.specificity(), notWars.specificity());
    assertTrue(wars.specificity() > notWars.specificity());
  }

  @Test
  void extract_objectNamedByTheAdjectiveAVerbMakesItsObject() {
    PatternLexicon find = PatternLexicon.of(List.of(
        verb("find-guilty", "116", "find", Set.of("guilty"), "xcomp.nsubj")));
    ParsedSentence guilty = Sentences.parse(
        "Chile/NNP found/VBD/find Peruvians/NNPS/peruvian guilty/JJ ./.",
        "root(ROOT-0, found-2)", "nsubj(found-2, Chile-1)", "xcomp(found-2, guilty-4)",
        "nsubj(guilty-4, Peruvians-3)", "punct(found-2, .-5)");
    ParsedSentence right = Sentences.parse(
        "Chile/NNP found/VBD/find Peruvians/NNPS/peruvian right/JJ ./.",
        "root(ROOT-0, found-2)", "nsubj(found-2, Chile-1)", "xcomp(found-2, right-4)",
        "nsubj(right-4, Peruvians-3)", "punct(found-2, .-5)");
    EventExtractor x = new EventExtractor(find);
    List<Mention> ms = List.of(m(0, Kind.COUNTRY, "CHL"), m(2, Kind.COUNTRY, "PER"));

    assertEquals(List.of("CHL>PER:116"), dyads(x, guilty, ms, ctx));
    assertEquals(List.of(), dyads(x, right, ms, ctx));
  }

  @Test
  void extract_fightingAnIll_isNoFightAndNoAlliance() {
    PatternLexicon fight = PatternLexicon.of(List.of(
        verb("fight-v", "190", "fight", Set.of(), "obj"),
        verb("fight-alongside", "062", "fight", Set.of(), "obl:alongside")));
    ParsedSentence epidemic = Sentences.parse(
        "Chile/NNP fought/VBD/fight the/DT epidemic/NN in/IN Peru/NNP ./.",
        "root(ROOT-0, fought-2)", "nsubj(fought-2, Chile-1)", "det(epidemic-4, the-3)",
        "obj(fought-2, epidemic-4)", "case(Peru-6, in-5)", "obl:in(fought-2, Peru-6)",
        "punct(fought-2, .-7)");
    DocumentContext sentences = sentenceMode();
    EventExtractor x = new EventExtractor(fight);

    assertEquals(List.of(), dyads(x, epidemic,
        List.of(m(0, Kind.COUNTRY, "CHL"), m(5, Kind.COUNTRY, "PER")), sentences));
    assertEquals(List.of("CHL>PER:190"), dyads(x, chileDidToPeru("fought/VBD/fight"),
        List.of(m(0, Kind.COUNTRY, "CHL"), m(2, Kind.COUNTRY, "PER")), ctx));
  }

  @Test
  void extract_theDeadOfABlowTheyDiedAfter_areWhomItStruck() {
    PatternLexicon strikes = PatternLexicon.of(List.of(
        noun("airstrike-n", "195", "airstrike", "nmod:on")));
    ParsedSentence died = Sentences.parse(
        "Chilean/JJ soldiers/NNS/soldier died/VBD/die after/IN Peruvian/JJ airstrikes/NNS/airstrike"
            + " ./.",
        "root(ROOT-0, died-3)", "amod(soldiers-2, Chilean-1)", "nsubj(died-3, soldiers-2)",
        "case(airstrikes-6, after-4)", "amod(airstrikes-6, Peruvian-5)",
        "obl:after(died-3, airstrikes-6)", "punct(died-3, .-7)");
    List<Mention> ms = List.of(m(0, Kind.ADJECTIVE, "CHL"),
        new Mention(1, 2, Kind.AGENT, "MIL", "agents.tsv:soldier"), m(4, Kind.ADJECTIVE, "PER"));

    assertEquals(List.of("PER>CHLMIL:195"), dyads(new EventExtractor(strikes), died, ms, ctx));
    ParsedSentence result = Sentences.parse(
        "Chilean/JJ soldiers/NNS/soldier died/VBD/die as/IN a/DT result/NN of/IN Peruvian/JJ "
            + "airstrikes/NNS/airstrike ./.",
        "root(ROOT-0, died-3)", "amod(soldiers-2, Chilean-1)", "nsubj(died-3, soldiers-2)",
        "case(result-6, as-4)", "det(result-6, a-5)", "obl:as(died-3, result-6)",
        "case(airstrikes-9, of-7)", "amod(airstrikes-9, Peruvian-8)",
        "nmod:of(result-6, airstrikes-9)", "punct(died-3, .-10)");
    assertEquals(List.of("PER>CHLMIL:195"), dyads(new EventExtractor(strikes), result,
        List.of(m(0, Kind.ADJECTIVE, "CHL"), new Mention(1, 2, Kind.AGENT, "MIL",
            "agents.tsv:soldier"), m(7, Kind.ADJECTIVE, "PER")), ctx),
        "died as a result of airstrikes");
  }

  @Test
  void extract_meansClauseHungOnTheObject_actsForTheClausesSubject() {
    // "by continuing" read as a modifier of "truce", not of "broke"
    ParsedSentence s = Sentences.parse(
        "Chile/NNP broke/VBD/break the/DT truce/NN by/IN continuing/VBG/continue to/TO "
            + "shell/VB/shell Peru/NNP ./.",
        "root(ROOT-0, broke-2)", "nsubj(broke-2, Chile-1)", "det(truce-4, the-3)",
        "obj(broke-2, truce-4)", "case(continuing-6, by-5)", "nmod:by(truce-4, continuing-6)",
        "mark(shell-8, to-7)", "xcomp(continuing-6, shell-8)", "obj(shell-8, Peru-9)",
        "punct(broke-2, .-10)");
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("shell-v", "190", "shell", Set.of(), "obj"))));

    assertEquals(List.of("CHL>PER:190"), dyads(x, s,
        List.of(m(0, Kind.COUNTRY, "CHL"), m(8, Kind.COUNTRY, "PER")), ctx));
  }

  @Test
  void extract_asPhraseObject_namesWhatTheObjectIsUsedAs() {
    ParsedSentence shields = Sentences.parse(
        "Chile/NNP used/VBD/use Peruvians/NNPS/Peruvian as/IN shields/NNS/shield ./.",
        "root(ROOT-0, used-2)", "nsubj(used-2, Chile-1)", "obj(used-2, Peruvians-3)",
        "case(shields-5, as-4)", "obl:as(used-2, shields-5)", "punct(used-2, .-6)");
    ParsedSentence tools = Sentences.parse(
        "Chile/NNP used/VBD/use Peruvians/NNPS/Peruvian as/IN guides/NNS/guide ./.",
        "root(ROOT-0, used-2)", "nsubj(used-2, Chile-1)", "obj(used-2, Peruvians-3)",
        "case(guides-5, as-4)", "obl:as(used-2, guides-5)", "punct(used-2, .-6)");
    ParsedSentence plain = Sentences.parse(
        "Chile/NNP used/VBD/use shields/NNS/shield against/IN Peru/NNP ./.",
        "root(ROOT-0, used-2)", "nsubj(used-2, Chile-1)", "obj(used-2, shields-3)",
        "case(Peru-5, against-4)", "obl:against(used-2, Peru-5)", "punct(used-2, .-6)");
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("use-v", "184", "use", Set.of("as:shield"), "obj", "obl:against"))));
    List<Mention> ms = List.of(m(0, Kind.COUNTRY, "CHL"), m(2, Kind.COUNTRY, "PER"));

    assertEquals(List.of("CHL>PER:184"), dyads(x, shields, ms, ctx));
    assertEquals(List.of(), dyads(x, tools, ms, ctx), "guides are no shields");
    assertEquals(List.of(), dyads(x, plain,
        List.of(m(0, Kind.COUNTRY, "CHL"), m(4, Kind.COUNTRY, "PER")), ctx),
        "shields used are no people used as shields");
    assertTrue(verb("hold-as", "181", "hold", Set.of("as:hostage"), "obj").specificity()
        > verb("hold-sailors", "173", "hold", Set.of("sailor"), "obj").specificity(),
        "'held sailors as hostages' before 'held sailors'");
  }

  @Test
  void extract_pronounSubjectOfWhatABodySays_isThatBody() {
    ParsedSentence it = Sentences.parse(
        "The/DT Chilean/JJ regime/NN said/VBD/say it/PRP would/MD attack/VB/attack Peru/NNP ./.",
        "root(ROOT-0, said-4)", "det(regime-3, The-1)", "amod(regime-3, Chilean-2)",
        "nsubj(said-4, regime-3)", "ccomp(said-4, attack-7)", "nsubj(attack-7, it-5)",
        "aux(attack-7, would-6)", "obj(attack-7, Peru-8)", "punct(said-4, .-9)");
    ParsedSentence they = Sentences.parse(
        "Chilean/JJ militias/NNS/militia said/VBD/say they/PRP would/MD attack/VB/attack "
            + "Peru/NNP ./.",
        "root(ROOT-0, said-3)", "amod(militias-2, Chilean-1)", "nsubj(said-3, militias-2)",
        "ccomp(said-3, attack-6)", "nsubj(attack-6, they-4)", "aux(attack-6, would-5)",
        "obj(attack-6, Peru-7)", "punct(said-3, .-8)");

    assertEquals(List.of("CHLGOV>PER:190"), dyads(extractor, it, List.of(
        m(1, Kind.ADJECTIVE, "CHL"), new Mention(2, 3, Kind.AGENT, "GOV", "agents.tsv:regime"),
        new Mention(4, 5, Kind.PRONOUN, "it", "pronoun:it"), m(7, Kind.COUNTRY, "PER")), ctx));
    assertEquals(List.of("CHLREB>PER:190"), dyads(extractor, they, List.of(
        m(0, Kind.ADJECTIVE, "CHL"), new Mention(1, 2, Kind.AGENT, "REB", "agents.tsv:militia"),
        new Mention(3, 4, Kind.PRONOUN, "they", "pronoun:they"), m(6, Kind.COUNTRY, "PER")),
        ctx));
  }

  @Test
  void extract_actSaidToBeOutOfTheQuestion_isTheSpeakers() {
    ParsedSentence s = Sentences.parse(
        "Chile/NNP said/VBD/say lifting/VBG/lift sanctions/NNS/sanction on/IN Peru/NNP is/VBZ/be"
            + " out/IN of/IN the/DT question/NN ./.",
        "root(ROOT-0, said-2)", "nsubj(said-2, Chile-1)", "ccomp(said-2, question-11)",
        "csubj(question-11, lifting-3)", "obj(lifting-3, sanctions-4)", "case(Peru-6, on-5)",
        "nmod:on(sanctions-4, Peru-6)", "cop(question-11, is-7)", "case(question-11, out-8)",
        "fixed(out-8, of-9)", "det(question-11, the-10)", "punct(said-2, .-12)");
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("lift-v", "085", "lift", Set.of("sanction"), "obj.nmod:on"))));

    assertEquals(List.of("CHL>PER:085"), dyads(x, s,
        List.of(m(0, Kind.COUNTRY, "CHL"), m(5, Kind.COUNTRY, "PER")), ctx));
  }

  @Test
  void extract_dealWithdrawnFromOrRenegedOn_isNoAgreement() {
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        noun("deal-n", "057", "deal", "nmod:with"),
        verb("renege-v", "120", "renege", Set.of(), "obl:on.nmod:with"))));
    ParsedSentence reneged = Sentences.parse(
        "Chile/NNP reneged/VBD/renege on/IN its/PRP$ deal/NN/deal with/IN Peru/NNP ./.",
        "root(ROOT-0, reneged-2)", "nsubj(reneged-2, Chile-1)", "case(deal-5, on-3)",
        "nmod:poss(deal-5, its-4)", "obl:on(reneged-2, deal-5)", "case(Peru-7, with-6)",
        "nmod:with(deal-5, Peru-7)", "punct(reneged-2, .-8)");
    ParsedSentence withdrew = Sentences.parse(
        "Chile/NNP withdrew/VBD/withdraw from/IN its/PRP$ deal/NN/deal with/IN Peru/NNP ./.",
        "root(ROOT-0, withdrew-2)", "nsubj(withdrew-2, Chile-1)", "case(deal-5, from-3)",
        "nmod:poss(deal-5, its-4)", "obl:from(withdrew-2, deal-5)", "case(Peru-7, with-6)",
        "nmod:with(deal-5, Peru-7)", "punct(withdrew-2, .-8)");
    List<Mention> ms = List.of(m(0, Kind.COUNTRY, "CHL"), m(6, Kind.COUNTRY, "PER"));

    assertEquals(List.of("CHL>PER:120"), dyads(x, reneged, ms, ctx));
    assertEquals(List.of(), dyads(x, withdrew, ms, ctx));
  }

  @Test
  void extract_objectTakenWithOnOrFrom_whenTheVerbHasNone() {
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("withdraw-treaty", "127", "withdraw", Set.of("treaty"), "obl:from.nmod:with"),
        verb("withdraw-v", "0874", "withdraw", Set.of(), "obl:from"))));
    ParsedSentence treaty = Sentences.parse(
        "Chile/NNP withdrew/VBD/withdraw from/IN the/DT treaty/NN/treaty with/IN Peru/NNP ./.",
        "root(ROOT-0, withdrew-2)", "nsubj(withdrew-2, Chile-1)", "case(treaty-5, from-3)",
        "det(treaty-5, the-4)", "obl:from(withdrew-2, treaty-5)", "case(Peru-7, with-6)",
        "nmod:with(treaty-5, Peru-7)", "punct(withdrew-2, .-8)");
    ParsedSentence land = Sentences.parse(
        "Chile/NNP withdrew/VBD/withdraw from/IN Peru/NNP ./.",
        "root(ROOT-0, withdrew-2)", "nsubj(withdrew-2, Chile-1)", "case(Peru-4, from-3)",
        "obl:from(withdrew-2, Peru-4)", "punct(withdrew-2, .-5)");

    assertEquals(List.of("CHL>PER:127"), dyads(x, treaty,
        List.of(m(0, Kind.COUNTRY, "CHL"), m(6, Kind.COUNTRY, "PER")), ctx));
    assertEquals(List.of("CHL>PER:0874"), dyads(x, land,
        List.of(m(0, Kind.COUNTRY, "CHL"), m(3, Kind.COUNTRY, "PER")), ctx));
  }

  @Test
  void extract_oneActorEnough_aPersonalPronounSubjectMakesTheVerbTheSentencesAct() {
    EventExtractor x = new EventExtractor(PatternLexicon.of(List.of(
        verb("attack-v", "190", "attack", Set.of(), "obj"))));
    ParsedSentence they = Sentences.parse(
        "They/PRP attacked/VBD/attack the/DT town/NN ./.",
        "root(ROOT-0, attacked-2)", "nsubj(attacked-2, They-1)", "det(town-4, the-3)",
        "obj(attacked-2, town-4)", "punct(attacked-2, .-5)");
    ParsedSentence it = Sentences.parse(
        "It/PRP attacked/VBD/attack the/DT town/NN ./.",
        "root(ROOT-0, attacked-2)", "nsubj(attacked-2, It-1)", "det(town-4, the-3)",
        "obj(attacked-2, town-4)", "punct(attacked-2, .-5)");

    assertEquals(List.of("--->---:190"), dyads(x, they, List.of(), sentenceMode()));
    assertEquals(List.of(), dyads(x, it, List.of(), sentenceMode()), "'it' may be no one");
    assertEquals(List.of(), dyads(x, they, List.of(), ctx), "an article needs both sides");
  }
}
