package org.annals.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.coding.ontology.CameoOntology;
import org.annals.coding.pattern.EventPattern;
import org.annals.coding.pattern.PatternLexicon;
import org.annals.events.Place;
import org.annals.nlp.Sentences;
import org.annals.nlp.Token;
import org.junit.jupiter.api.Test;

/** The bundled lexicon files: shape, coverage and consistency with each other. */
class LexiconFilesTest {
  /** Tokens written as word/TAG[/lemma], with their offsets in the text they make. */
  private static List<Token> tokens(String spec) {
    return Sentences.tokensOnly(spec).tokens();
  }

  @Test
  void gazetteer_everyCountry_hasAPlaceWithCoordinates() {
    ActorLexicon lex = ActorLexicon.load();
    List<String[]> countries = Lexicon.rows("countries.tsv");
    assertTrue(countries.size() >= 249, "all ISO 3166-1 countries: " + countries.size());
    for (String[] c : countries) {
      Optional<Place> p = lex.placeOfCountry(c[0]);
      assertTrue(p.isPresent(), "no gazetteer place for " + c[0]);
      assertTrue(Math.abs(p.get().lat()) <= 90 && Math.abs(p.get().lon()) <= 180, c[0]);
    }
  }

  @Test
  void gazetteer_capitals_lieNearTheirCountry() {
    Map<String, Place> places = ActorLexicon.load().places();
    Place moscow = places.get("Moscow");
    assertEquals("RUS", moscow.country());
    assertEquals(55.75, moscow.lat(), 0.5);
    assertEquals(37.6, moscow.lon(), 0.5);
    Place canberra = places.get("Canberra");
    assertTrue(canberra.lat() < -30 && canberra.lon() > 140, "Canberra is in south-east Australia");
    long cities = places.values().stream().filter(p -> p.kind().equals("city")).count();
    assertTrue(cities >= 400, "major cities: " + cities);
  }

  @Test
  void gazetteer_regionsOfAFederation_nameTheirCountryButNotANamesake() {
    ActorLexicon lex = ActorLexicon.load();
    List<Mention> kansas = lex.find(tokens("a/DT Kansas/NNP senator/NN"), Optional.empty(), false);
    List<Mention> georgia = lex.find(tokens("Georgia/NNP"), Optional.empty(), false);

    assertEquals(List.of("USA", "LEG"), kansas.stream().map(Mention::code).toList());
    assertEquals(Mention.Kind.PLACE, kansas.get(0).kind());
    assertEquals(List.of("GEO"), georgia.stream().map(Mention::code).toList(),
        "the country, not the American state");
    Map<String, Place> places = lex.places();
    for (String region : List.of("Ontario", "New South Wales", "Maharashtra", "Sindh",
        "Saxony", "Sichuan", "Jalisco")) {
      assertEquals("region", places.get(region).kind(), region);
    }
  }

  @Test
  void countries_theBackerBeforeAHyphen_isNoMentionOfTheNounAfterIt() {
    ActorLexicon lex = ActorLexicon.load();
    List<Mention> backed = lex.find(tokens("a/DT US/NNP -/HYPH backed/VBN/back militia/NN"),
        Optional.empty(), false);
    List<Mention> led = lex.find(tokens("a/DT US/NNP -/HYPH led/VBN/lead coalition/NN"),
        Optional.empty(), false);

    assertEquals(List.of("REB"), backed.stream().map(Mention::code).toList());
    assertEquals("USA", led.get(0).code(), "who leads a coalition acts in it");
  }

  @Test
  void agents_aPhraseWithNoRoleTakesItsWordsOutOfAnyRole() {
    ActorLexicon lex = ActorLexicon.load();
    List<Token> election = tokens("a/DT general/JJ election/NN");
    List<Token> officer = tokens("a/DT general/NN said/VBD/say");
    List<Token> secretary = tokens("secretary/NN general/NN");

    assertEquals(List.of(), lex.find(election, Optional.empty(), false));
    assertEquals("MIL", lex.find(officer, Optional.empty(), false).get(0).code());
    assertEquals(List.of("GOV"), lex.find(secretary, Optional.empty(), false).stream()
        .map(Mention::code).toList(), "no officer in a secretary general");
    List<Token> hyphenated = tokens("attorney/NN -/HYPH General/NN");
    assertEquals(List.of("JUD"), lex.find(hyphenated, Optional.empty(), false).stream()
        .map(Mention::code).toList(), "'attorney-General' as the tokenizer splits it");
    for (String[] r : Lexicon.rows("agents.tsv")) {
      assertTrue(r[1].matches("[A-Z]{3}|-?"), r[0] + ": role " + r[1]);
    }
  }

  @Test
  void agents_unknownPeopleWhoStrike_areArmedUnaffiliated() {
    ActorLexicon lex = ActorLexicon.load();
    List<Token> persons = tokens("by/IN unknown/JJ persons/NNS/person");
    List<Token> people = tokens("many/JJ people/NNS");

    assertEquals(List.of("UAF"), lex.find(persons, Optional.empty(), false).stream()
        .map(Mention::code).toList());
    assertEquals(List.of(), lex.find(people, Optional.empty(), false), "people are no actor");
  }

  @Test
  void find_nameBeforeTheHyphenOfAParticiple_isThatOrganization() {
    ActorLexicon lex = ActorLexicon.load();
    List<String> codes = new java.util.ArrayList<>();
    for (String w : List.of("UN-run", "UN-sponsored", "UN-style", "UN-")) {
      List<Token> one = tokens(w + "/JJ");
      codes.add(lex.find(one, Optional.empty(), false).stream().map(Mention::code)
          .findFirst().orElse("none"));
    }

    assertEquals(List.of("IGOUNO", "IGOUNO", "none", "none"), codes);
  }

  @Test
  void countries_isoCodesAreUniqueThreeLetters() {
    Set<String> seen = new HashSet<>();
    for (String[] c : Lexicon.rows("countries.tsv")) {
      assertTrue(c[0].matches("[A-Z]{3}"), c[0]);
      assertTrue(seen.add(c[0]), "duplicate " + c[0]);
    }
  }

  @Test
  void people_rolesAreDatedAndValidOnTheirDates() {
    ActorLexicon lex = ActorLexicon.load();
    for (String[] r : Lexicon.rows("people.tsv")) {
      LocalDate from = LocalDate.parse(r[2]);
      assertTrue(r[3].isEmpty() || !LocalDate.parse(r[3]).isBefore(from), r[0]);
      assertTrue(r[1].matches("[A-Z]{3,}"), r[1]);
    }
    List<Token> lavrov = tokens("Sergey/NNP Lavrov/NNP");
    List<Mention> in2021 = lex.find(lavrov, Optional.of(LocalDate.of(2021, 10, 18)), false);
    assertEquals("RUSGOV", in2021.get(0).code());
    assertEquals(2, in2021.get(0).end(), "the full name matches as one mention");
  }

  @Test
  void patterns_codesExistAndEachHasAnExampleWithExpectedActors() {
    CameoOntology cameo = CameoOntology.load();
    List<EventPattern> all = PatternLexicon.load().all();
    assertTrue(all.size() >= 400, "patterns: " + all.size());
    Set<String> roots = new HashSet<>();
    for (EventPattern p : all) {
      assertTrue(cameo.code(p.code()).isPresent(), p.id() + " has no CAMEO code " + p.code());
      assertFalse(p.example().isBlank(), p.id() + " has no example");
      assertTrue(p.expect().matches("[A-Z]+>[A-Z]+"), p.id() + " expect " + p.expect());
      assertFalse(p.targets().isEmpty(), p.id() + " has no target slot");
      roots.add(p.code().substring(0, 2));
    }
    assertEquals(20, roots.size(), "patterns cover all 20 CAMEO roots: " + roots);
    // an object class named as @money stands for its lemmas; "$" also takes a currency word
    EventPattern giveMoney = all.stream().filter(p -> p.id().equals("give.v.071")).findFirst()
        .orElseThrow();
    assertTrue(giveMoney.objectFits("cash", "NN"), "a lemma of objects.tsv's money class");
    assertTrue(giveMoney.objectFits("kroner", "NNS"), "a currency word");
    assertFalse(giveMoney.objectFits("tank", "NNS"));
    assertFalse(all.stream().anyMatch(p -> p.objects().stream().anyMatch(o -> o.startsWith("@"))),
        "no object class is left unexpanded");
  }

  @Test
  void cameo_everyCodeHasGoldsteinWithinScaleAndKnownPlover() {
    Set<String> plover = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
        "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
        "COERCE", "ASSAULT", "-");
    int n = 0;
    for (var c : CameoOntology.load().all()) {
      n++;
      assertTrue(c.goldstein() >= -10 && c.goldstein() <= 10, c.code());
      assertTrue(plover.contains(c.plover()), c.code() + " " + c.plover());
    }
    assertTrue(n > 300, "CAMEO codes: " + n);
  }

  @Test
  void intents_cooperationBecomesPledgeAndConflictThreat() {
    CameoOntology cameo = CameoOntology.load();
    for (var c : cameo.all()) {
      int root = Integer.parseInt(c.code().substring(0, 2));
      String intent = cameo.intentOf(c).code();
      if (root >= 4 && root <= 8) {
        assertTrue(intent.startsWith("03"), c.code() + " -> " + intent);
      } else if (root >= 14) {
        assertTrue(intent.startsWith("13"), c.code() + " -> " + intent);
      } else {
        assertEquals(c.code(), intent, "statements and verbal acts keep their code");
      }
    }
    assertEquals("0332", cameo.intentOf(cameo.require("072")).code());
    assertEquals("1313", cameo.intentOf(cameo.require("161")).code());
    assertEquals("1384", cameo.intentOf(cameo.require("195")).code());
  }

  @Test
  void orgs_acronymsInTitleCase_areFoundAsBritishPapersWriteThem() {
    ActorLexicon lex = ActorLexicon.load();
    List<Token> text = tokens("Nato/NNP fought/VBD/fight Isis/NNP");

    List<String> codes = lex.find(text, Optional.empty(), false).stream().map(Mention::code)
        .toList();

    assertEquals(List.of("IGOWSTNAT", "IMGMUSISI"), codes);
  }

  @Test
  void refusals_cooperativeActsOnly_becomeRejections() {
    CameoOntology cameo = CameoOntology.load();
    for (var c : cameo.all()) {
      int root = Integer.parseInt(c.code().substring(0, 2));
      var refusal = cameo.refusalOf(c);
      assertEquals(root >= 4 && root <= 8, refusal.isPresent(), c.code());
      refusal.ifPresent(r -> assertTrue(r.code().startsWith("12"), c.code() + " -> " + r.code()));
    }
    assertEquals("1223", cameo.refusalOf(cameo.require("073")).orElseThrow().code());
  }
  @Test
  void people_bareSurnameInsideAnotherName_isNobody() {
    ActorLexicon lex = ActorLexicon.load();
    Optional<LocalDate> in2005 = Optional.of(LocalDate.of(2005, 6, 1));
    List<Token> other = tokens("Fidel/NNP Chavez/NNP Mena/NNP");
    List<Token> titled = tokens("President/NNP Chavez/NNP");

    assertTrue(lex.find(other, in2005, false).stream()
        .noneMatch(m -> m.kind() == Mention.Kind.PERSON), "no known person in an unknown name");
    assertTrue(lex.find(titled, in2005, false).stream()
        .anyMatch(m -> m.kind() == Mention.Kind.PERSON && m.code().equals("VENGOV")));
  }
}
