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
}
