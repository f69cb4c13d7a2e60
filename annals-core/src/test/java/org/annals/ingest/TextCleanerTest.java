package org.annals.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextCleanerTest {
  private final TextCleaner cleaner = new TextCleaner();

  @Test
  void clean_periodGluedToNextSentence_insertsSpace() {
    String out = cleaner.clean("The envoys left without a deal.Talks resume in May.");

    assertEquals("The envoys left without a deal. Talks resume in May.", out);
  }

  @Test
  void clean_gluedYearSentence_insertsSpace() {
    String out = cleaner.clean("Both sides saw grave consequences.In 2016 the border closed.");

    assertEquals("Both sides saw grave consequences. In 2016 the border closed.", out);
  }

  @Test
  void clean_decimalNumber_isNotSplit() {
    assertEquals("Output fell by 3.5 percent.", cleaner.clean("Output fell by 3.5 percent."));
  }

  @Test
  void clean_openingQuoteGluedAfterPeriod_spaceGoesBeforeQuote() {
    String out = cleaner.clean("The minister said little.\"Kyiv must decide,\" he added.");

    assertEquals("The minister said little. \"Kyiv must decide,\" he added.", out);
  }

  @Test
  void clean_closingQuoteGluedToNextSentence_spaceGoesAfterQuote() {
    String out = cleaner.clean("He told reporters: \"The crossing stays shut.\"The convoy waited.");

    assertEquals("He told reporters: \"The crossing stays shut.\" The convoy waited.", out);
  }

  @Test
  void clean_readMore_isRemoved() {
    String out =
        cleaner.clean("Troops pulled back from the ridge. Read More The council met on Friday.");

    assertEquals("Troops pulled back from the ridge. The council met on Friday.", out);
  }

  @Test
  void clean_upperCaseReadMore_isRemoved() {
    String out = cleaner.clean("Envoys met in Vienna. READ MORE Envoys met again.");

    assertFalse(out.contains("READ MORE"));
    assertEquals("Envoys met in Vienna. Envoys met again.", out);
  }

  @Test
  void clean_headingGluedToSentenceStarter_isSplit() {
    String out = cleaner.clean("Frozen border standoffAs winter nears, patrols grow.");

    assertEquals("Frozen border standoff. As winter nears, patrols grow.", out);
  }

  @Test
  void clean_camelCaseNameNotFollowedByStarter_isKept() {
    String out = cleaner.clean("The files were posted by WikiLeaks last year.");

    assertEquals("The files were posted by WikiLeaks last year.", out);
  }

  @Test
  void clean_cnnDateline_isRemoved() {
    String out = cleaner.clean("Yerevan, Armenia (CNN) \u2014 Protesters blocked the main road.");

    assertEquals("Protesters blocked the main road.", out);
  }

  @Test
  void clean_bareReutersDateline_isRemoved() {
    String out = cleaner.clean("(Reuters) - Lithuania summoned the Belarusian charge d'affaires.");

    assertEquals("Lithuania summoned the Belarusian charge d'affaires.", out);
  }

  @Test
  void clean_hardWrappedLines_areJoined() {
    String out = cleaner.clean("The delegation arrived\nin the capital on\r\nTuesday evening.");

    assertEquals("The delegation arrived in the capital on Tuesday evening.", out);
  }

  @Test
  void clean_blankLine_staysParagraphBreak() {
    String out = cleaner.clean("First the talks stalled.\n\nThen the envoys\nwent home.");

    assertEquals("First the talks stalled.\n\nThen the envoys went home.", out);
  }

  @Test
  void clean_manyBlankLines_collapseToOneParagraphBreak() {
    String out = cleaner.clean("Shelling resumed.\n\n\n\n  Aid trucks turned back.");

    assertEquals("Shelling resumed.\n\nAid trucks turned back.", out);
  }

  @Test
  void clean_nonBreakingSpaces_becomeSingleSpaces() {
    String out = cleaner.clean("Minsk\u00a0\u00a0closed the crossing.");

    assertEquals("Minsk closed the crossing.", out);
    assertTrue(out.indexOf('\u00a0') < 0);
  }

  @Test
  void clean_randomTexts_sameAsRegularExpressions() {
    // the characters each loop of TextCleaner tests: breaks, blanks, sentence ends, digits,
    // letters of every case class, marks and a surrogate pair (which take the expressions' path)
    String[] pieces = {"\n", "\n\n", "\n\n\n\n", " ", "  ", "\t", " \t ", "\r\n", "\r", "\u00a0",
        "\u2028", "\u200b", ".", "!", "?", ",", "\"", "%", ")", "]", "_", "1", "42", "2018", "a",
        "tensions", "As", "The", "Russia", "Minsk", "x", "Q", "\u00e9t\u00e9", "\u00c9", "\u00df",
        "\u01c5", "\u00aa", "\u02b0", "\u0301", "\ud835\udc1a", "Read more", "READ MORE",
        "(Reuters) - ", "PARIS, Jan. 3 - ", "Photograph: John Smith/Getty Images",
        "(Photo: AP)", "This story is from March 3, 2021", "said.\"NATO", "eU", "iPhone"};
    java.util.Random random = new java.util.Random(6);
    RegexTextCleaner reference = new RegexTextCleaner();
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      int len = random.nextInt(24);
      for (int k = 0; k < len; k++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String t = text.toString();
      assertEquals(reference.clean(t), cleaner.clean(t), () -> "text: " + escape(t));
    }
  }

  @Test
  void plainBmp_combiningMarkOrSurrogate_isFalse() {
    assertTrue(TextCleaner.plainBmp("Caf\u00e9 \u201cquoted\u201d"));
    assertFalse(TextCleaner.plainBmp("Cafe\u0301"));
    assertFalse(TextCleaner.plainBmp("\ud835\udc1a"));
  }

  private static String escape(String t) {
    StringBuilder out = new StringBuilder();
    for (char c : t.toCharArray()) {
      out.append(c >= 32 && c < 127 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return out.toString();
  }
}
