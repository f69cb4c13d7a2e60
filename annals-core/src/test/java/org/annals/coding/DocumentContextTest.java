package org.annals.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.annals.actors.Mention;
import org.annals.actors.Mention.Kind;
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
}
