package org.annals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annals.actors.ActorLexicon;
import org.junit.jupiter.api.Test;

/** Which texts {@link Recaser} recases, and what it makes of them. */
class RecaserTest {

  private static final ActorLexicon LEXICON = ActorLexicon.load();

  @Test
  void aCasedSentenceWithOneCapitalIsLeftAlone() {
    // one capital in 70 letters, but it begins the sentence and no name is in lower case
    assertFalse(Recaser.needed(
        "Chile is breaching the border accord by continuing to shell the outpost since dawn.",
        LEXICON));
    assertFalse(Recaser.needed(
        "Chile is breaching the border accord of the alliance by shelling the state outpost.",
        LEXICON), "nouns that are words of names ('alliance', 'state') are no names");
  }

  @Test
  void lowerCaseTextIsRecased() {
    assertTrue(Recaser.needed("chile shelled the outpost since dawn. peru said the attack on its "
        + "troops broke the border accord.", LEXICON));
    // a stray capital does not make a lower-case text cased
    assertTrue(Recaser.needed("chile shelled the outpost since dawn, I think. peru said the "
        + "attack on its troops broke the border accord. lima recalled its envoy.", LEXICON));
  }

  @Test
  void sentenceCaseTextWithNamesInLowerCaseIsRecased() {
    // sentences begun with capitals, names in lower case (some wire copy)
    assertTrue(Recaser.needed("He said chile will send crude oil to peru next month under a "
        + "loan agreement between the state oil companies of both countries, to help peru meet "
        + "its export commitments after the earthquake. The minister gave few other details of "
        + "the deal and said the talks would go on in lima and santiago next week.", LEXICON));
  }

  @Test
  void upperCaseTextIsRecased() {
    assertTrue(Recaser.needed("CHILE SHELLED THE OUTPOST SINCE DAWN, PERU SAID ON MONDAY.",
        LEXICON));
  }

  @Test
  void shortAndOrdinaryTextsAreLeftAlone() {
    assertFalse(Recaser.needed("chile shelled peru.", LEXICON));
    assertFalse(Recaser.needed("Chile shelled the Peruvian outpost since dawn, Lima said on "
        + "Monday.", LEXICON));
  }

  @Test
  void recasingCapitalizesSentenceStartsAndKnownNames() {
    String text = "troops from chile shelled the outpost. peru protested.";
    String cased = Recaser.recase(text, LEXICON);
    assertEquals(text.length(), cased.length());
    assertTrue(cased.startsWith("Troops from Chile"), cased);
    assertTrue(cased.contains(". Peru protested"), cased);
  }
}
