package org.annals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annals.actors.ActorLexicon;
import org.junit.jupiter.api.Test;

/** Which texts {@link Recaser} recases, and what it makes of them. */
class RecaserTest {

  @Test
  void aCasedSentenceWithOneCapitalIsLeftAlone() {
    // one capital in 70 letters, but it begins the sentence
    assertFalse(Recaser.needed(
        "Chile is breaching the border accord by continuing to shell the outpost since dawn."));
  }

  @Test
  void lowerCaseTextIsRecased() {
    assertTrue(Recaser.needed("chile shelled the outpost since dawn. peru said the attack on its "
        + "troops broke the border accord."));
    // a stray capital does not make a lower-case text cased
    assertTrue(Recaser.needed("chile shelled the outpost since dawn, I think. peru said the "
        + "attack on its troops broke the border accord. lima recalled its envoy."));
  }

  @Test
  void upperCaseTextIsRecased() {
    assertTrue(Recaser.needed("CHILE SHELLED THE OUTPOST SINCE DAWN, PERU SAID ON MONDAY."));
  }

  @Test
  void shortAndOrdinaryTextsAreLeftAlone() {
    assertFalse(Recaser.needed("chile shelled peru."));
    assertFalse(Recaser.needed("Chile shelled the Peruvian outpost since dawn, Lima said on "
        + "Monday."));
  }

  @Test
  void recasingCapitalizesSentenceStartsAndKnownNames() {
    String text = "troops from chile shelled the outpost. peru protested.";
    String cased = Recaser.recase(text, ActorLexicon.load());
    assertEquals(text.length(), cased.length());
    assertTrue(cased.startsWith("Troops from Chile"), cased);
    assertTrue(cased.contains(". Peru protested"), cased);
  }
}
