package org.annals.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
}
