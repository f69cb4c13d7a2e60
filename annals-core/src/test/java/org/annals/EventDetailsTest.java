package org.annals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventDetailsTest {
  /** Relations the parser gives, and near misses. */
  private static final List<String> RELATIONS = List.of("obl:in", "obl:at", "obl:near",
      "obl:outside", "obl:inside", "nmod:in", "nmod:at", "nmod:near", "nmod:outside",
      "nmod:inside", "obl:on", "nmod:of", "obl", "nmod", "obl:in_front_of", "obl:npmod",
      "compound", "compound:prt", "flat", "flat:name", "amod", "det", "det:predet", "nmod:poss",
      "case", "nsubj", "obj", "nmod:tmod", "Obl:in", "");

  @Test
  void relationSets_everyRelation_sameAsTheFormerPatterns() {
    for (String r : RELATIONS) {
      assertEquals(r.matches("(obl|nmod):(in|at|near|outside|inside)"),
          EventDetails.PLACE_RELATIONS.contains(r), r);
      assertEquals(r.matches("compound|flat|amod|det|nmod:poss|case|flat:name"),
          EventDetails.PHRASE_RELATIONS.contains(r), r);
    }
  }

  @Test
  void number_digitsAndWords_parsed() {
    assertEquals(Optional.of(1200), EventDetails.number("1,200"));
    assertEquals(Optional.of(12), EventDetails.number("Twelve"));
    assertEquals(Optional.of(999_999_999), EventDetails.number("999999999"));
    assertEquals(Optional.empty(), EventDetails.number("1234567890"));
    assertEquals(Optional.empty(), EventDetails.number("12a"));
    assertEquals(Optional.empty(), EventDetails.number(""));
  }
}
