package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SurfaceLemmasTest {
  @Test
  void of_irregularVerbAndPluralNoun_givesTheLemmasOfEitherTag() {
    assertTrue(SurfaceLemmas.of("went").contains("go"));
    assertTrue(SurfaceLemmas.of("Talks").contains("talk"));
    assertTrue(SurfaceLemmas.of("fought").contains("fight"));
    assertTrue(SurfaceLemmas.of("protesters").contains("protester"));
  }

  @Test
  void of_anyWord_givesItsLowerCaseFirst() {
    assertEquals("nato", SurfaceLemmas.of("NATO").get(0));
  }

  @Test
  void of_phrasalVerb_keepsItsParticle() {
    assertTrue(SurfaceLemmas.of("picked_up").contains("pick_up"));
  }
}
