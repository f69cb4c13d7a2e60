package org.annals.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.annals.actors.Mention;
import org.annals.actors.Mention.Kind;
import org.annals.nlp.Sentences;
import org.junit.jupiter.api.Test;

class DocumentContextTest {
  private static Mention country(String code) {
    return new Mention(0, 1, Kind.COUNTRY, code, "test:" + code);
  }

  @Test
  void mainCountry_mostNamedCountry_isTheArticlesOwn() {
    List<List<Mention>> article = List.of(
        List.of(country("KEN"), country("UGA")),
        List.of(country("KEN")));

    assertEquals(Optional.of("KEN"), DocumentContext.mainCountry(article));
  }

  @Test
  void mainCountry_aCountrysOwnGroupNamesIt_notAnInternationalOne() {
    List<List<Mention>> article = List.of(
        List.of(new Mention(0, 1, Kind.ORG, "SLVREB", "test:FMLN"), country("USA")),
        List.of(new Mention(0, 1, Kind.ORG, "SLVREB", "test:FMLN"), country("BOL")),
        List.of(new Mention(0, 1, Kind.ORG, "IGOUNO", "test:UN"),
            new Mention(1, 2, Kind.ORG, "IGOUNO", "test:UN")));

    assertEquals(Optional.of("SLV"), DocumentContext.mainCountry(article));
  }

  @Test
  void mainCountry_noCountryWithAThirdOfTheMentions_isNone() {
    List<List<Mention>> article = List.of(
        List.of(country("KEN"), country("UGA"), country("TZA")),
        List.of(country("KEN"), country("RWA"), country("BDI"), country("ETH")));

    assertEquals(Optional.empty(), DocumentContext.mainCountry(article));
  }
  @Test
  void sportPage_needsSixSportWordsThreeOfThemDifferent() {
    var game = List.of(
        Sentences.parse("Wales/NNP beat/VBD France/NNP in/IN the/DT match/NN ./."),
        Sentences.parse("The/DT striker/NN scored/VBD two/CD goals/NNS in/IN the/DT match/NN ./."),
        Sentences.parse("The/DT coach/NN praised/VBD the/DT striker/NN ./."));
    var fewer = List.of(
        Sentences.parse("Wales/NNP beat/VBD France/NNP in/IN the/DT match/NN ./."),
        Sentences.parse("The/DT striker/NN scored/VBD two/CD goals/NNS ./."));
    var repeated = List.of(
        Sentences.parse("The/DT match/NN ,/, the/DT match/NN ,/, the/DT match/NN ./."),
        Sentences.parse("The/DT match/NN ,/, the/DT match/NN ,/, the/DT match/NN ./."));

    assertTrue(DocumentContext.sportPage(game));
    assertFalse(DocumentContext.sportPage(fewer), "three sport words in all are not enough");
    assertFalse(DocumentContext.sportPage(repeated), "one sport word, even repeated, is not");
  }

  @Test
  void resolvePronoun_subjectPronoun_refersFirstToTheSubjectOfTheSentenceBefore() {
    var sent = Sentences.sentence(0, 0, "Chile/NNP sent/VBD troops/NNS into/IN Peru/NNP ./.",
        "root(ROOT-0, sent-2)",
        "nsubj(sent-2, Chile-1)",
        "obj(sent-2, troops-3)",
        "case(Peru-5, into-4)",
        "obl:into(sent-2, Peru-5)",
        "punct(sent-2, .-6)");
    DocumentContext ctx = new DocumentContext(Optional.empty(), false, Optional.empty());
    ctx.remember(sent, List.of(new Mention(0, 1, Kind.COUNTRY, "CHL", "test:CHL"),
        new Mention(4, 5, Kind.COUNTRY, "PER", "test:PER")));
    ctx.remember(1, List.of(new Mention(0, 1, Kind.COUNTRY, "BOL", "test:BOL")));

    assertEquals(Optional.of("CHL"), ctx.resolvePronoun("it", 1, 0, Set.of(), true),
        "'It has also backed ...': the story's subject");
    assertEquals(Optional.of("PER"), ctx.resolvePronoun("it", 1, 0, Set.of(), false),
        "an object pronoun: the latest country");
    assertEquals(Optional.of("BOL"), ctx.resolvePronoun("it", 1, 3, Set.of(), true),
        "'Bolivia said it ...': a fitting actor before it in its own sentence");
    assertEquals(Optional.of("PER"), ctx.resolvePronoun("it", 1, 0, Set.of("CHL"), true),
        "the other side of the event is not its own");
  }

  @Test
  void resolvePronoun_he_isThePersonNamedLastWithARoleAndNoOneAfterAnUnknownPerson() {
    DocumentContext ctx = new DocumentContext(Optional.empty(), false, Optional.empty());
    // "Jan Olsen, a spokesman for the UN, said ... He ...", "Ana Ruiz, 53, said ... He ..."
    ctx.remember(0, List.of(new Mention(0, 1, Kind.PERSON, "PERGOV", "test:PERGOV")));
    ctx.rememberPeople(List.of(new DocumentContext.Person(0, 6, "IGOUNO", true)));
    ctx.rememberPeople(List.of(new DocumentContext.Person(2, 1, "", true)));

    assertEquals(Optional.of("IGOUNO"), ctx.resolvePronoun("he", 1, 0, Set.of(), true));
    assertEquals(Optional.of("PERGOV"), ctx.resolvePronoun("he", 0, 3, Set.of(), false),
        "before the spokesman is named, the person named before him");
    assertEquals(Optional.empty(), ctx.resolvePronoun("he", 2, 5, Set.of(), true),
        "after someone the lexicon does not know, no one it knows");
    assertEquals(List.of(), ctx.lastTwo(3, 0).stream().filter(String::isEmpty).toList(),
        "no one unknown is one of two sides");
  }

  @Test
  void resolvePronoun_they_isTheLatestPluralPhraseBeforeACountry() {
    DocumentContext ctx = new DocumentContext(Optional.empty(), false, Optional.empty());
    ctx.remember(0, List.of(country("CHL")));
    // "Chile ... her parents" / "Chile ... Peruvian rebels", then "They ..."
    ctx.rememberPlurals(List.of(new DocumentContext.Plural(0, 4, Optional.empty())));

    assertEquals(Optional.empty(), ctx.resolvePronoun("they", 1, 0, Set.of(), true),
        "people named after Chile are whom 'they' means, and they are no actor");
    assertEquals(Optional.of("CHL"), ctx.resolvePronoun("it", 1, 0, Set.of(), true),
        "'it' is not plural");

    DocumentContext rebels = new DocumentContext(Optional.empty(), false, Optional.empty());
    rebels.remember(0, List.of(country("CHL")));
    rebels.rememberPlurals(List.of(new DocumentContext.Plural(0, 4, Optional.of("PERREB"))));
    assertEquals(Optional.of("PERREB"), rebels.resolvePronoun("they", 1, 0, Set.of(), true));
    assertEquals(Optional.empty(), rebels.resolvePronoun("they", 1, 0, Set.of("PER"), true),
        "the other side of the event is not its own");

    DocumentContext later = new DocumentContext(Optional.empty(), false, Optional.empty());
    later.rememberPlurals(List.of(new DocumentContext.Plural(0, 1, Optional.empty())));
    later.remember(0, List.of(new Mention(5, 6, Kind.ORG, "IGOWSTNAT", "test:NATO")));
    assertEquals(Optional.of("IGOWSTNAT"), later.resolvePronoun("they", 1, 0, Set.of(), false),
        "an organization named after the plural phrase");
    DocumentContext far = new DocumentContext(Optional.empty(), false, Optional.empty());
    far.remember(0, List.of(country("CHL")));
    far.rememberPlurals(List.of(new DocumentContext.Plural(0, 4, Optional.empty())));
    assertEquals(Optional.empty(), far.resolvePronoun("they", 3, 0, Set.of(), false),
        "three sentences on, the plural phrase is still the later one");
    assertEquals(Optional.empty(), far.resolvePronoun("they", 4, 0, Set.of(), false),
        "four sentences on, neither is within reach");
  }

  @Test
  void theCountry_isTheLastCountryNamedBeforeThatIsNotTheActsOtherSide() {
    DocumentContext ctx = new DocumentContext(Optional.empty(), false, Optional.of("ECU"));
    ctx.remember(0, List.of(country("CHL"), new Mention(2, 3, Kind.COUNTRY, "PER", "test:PER")));
    ctx.remember(1, List.of(new Mention(0, 1, Kind.ORG, "IGOUNO", "test:UN")));

    assertEquals(Optional.of("PER"), ctx.theCountry(1, 4, Set.of()));
    assertEquals(Optional.of("CHL"), ctx.theCountry(1, 4, Set.of("PERGOV")),
        "'Peru's army shelled the country': not Peru");
    assertEquals(Optional.of("ECU"), ctx.theCountry(5, 0, Set.of()),
        "four sentences on: the article's own");
  }
}
