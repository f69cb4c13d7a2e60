package org.annals.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.annals.events.EventDate;
import org.annals.events.EventDate.Precision;
import org.annals.nlp.Sentences;
import org.junit.jupiter.api.Test;

class DateExpressionsTest {
  /** A Monday. */
  private static final Optional<LocalDate> PUB = Optional.of(LocalDate.of(2021, 10, 18));

  private static List<DateMention> find(String tokens, boolean future) {
    return DateExpressions.find(Sentences.tokensOnly(tokens).tokens(), PUB, future,
        Optional.empty());
  }

  private static DateMention only(String tokens, boolean future) {
    List<DateMention> ms = find(tokens, future);
    assertEquals(1, ms.size(), () -> "mentions in '" + tokens + "': " + ms);
    return ms.get(0);
  }

  @Test
  void find_inYear_givesYearPrecisionAndHistorical() {
    DateMention m = only("In/IN 2016/CD ,/, Minsk/NNP closed/VBD/close the/DT border/NN", false);

    assertEquals("2016", m.date().text());
    assertEquals(Precision.YEAR, m.date().precision());
    assertEquals("explicit", m.date().source());
    assertTrue(m.historical());
    assertEquals(1, m.begin());
    assertEquals(2, m.end());
  }

  @Test
  void find_numberBeforePercent_isNotAYear() {
    assertTrue(find("Exports/NNS fell/VBD/fall 2000/CD percent/NN", false).isEmpty());
  }

  @Test
  void find_monthAndYear_givesMonthPrecision() {
    DateMention m = only("talks/NNS collapsed/VBD/collapse in/IN March/NNP 2018/CD", false);

    assertEquals("2018-03", m.date().text());
    assertEquals(Precision.MONTH, m.date().precision());
  }

  @Test
  void find_weekdayInPastSentence_isOnOrBeforePublication() {
    assertEquals("2021-10-14", only("Kyiv/NNP protested/VBD/protest on/IN Thursday/NNP", false)
        .date().text());
    assertEquals("2021-10-18", only("Kyiv/NNP protested/VBD/protest on/IN Monday/NNP", false)
        .date().text());
  }

  @Test
  void find_weekdayInFutureSentence_isAfterPublication() {
    assertEquals("2021-10-21", only("Kyiv/NNP will/MD protest/VB on/IN Thursday/NNP", true)
        .date().text());
    assertEquals("2021-10-25", only("Kyiv/NNP will/MD protest/VB on/IN Monday/NNP", true)
        .date().text());
  }

  @Test
  void find_dayMonthWithoutYear_yearFollowsTense() {
    String tokens = "the/DT pact/NN ends/VBZ/end on/IN November/NNP 1/CD";

    assertEquals("2021-11-01", only(tokens, true).date().text());
    assertEquals("2020-11-01", only(tokens, false).date().text());
    assertEquals(Precision.DAY, only(tokens, false).date().precision());
  }

  @Test
  void find_earlierThisMonth_givesPublicationMonth() {
    DateMention m = only("Earlier/RBR this/DT month/NN ,/, Riga/NNP expelled/VBD/expel", false);

    assertEquals("2021-10", m.date().text());
    assertEquals(Precision.MONTH, m.date().precision());
    assertEquals(0, m.begin());
    assertEquals(3, m.end());
    assertFalse(m.historical());
  }

  @Test
  void find_lastYear_givesPreviousYear() {
    DateMention m = only("Vilnius/NNP protested/VBD/protest last/JJ year/NN", false);

    assertEquals("2020", m.date().text());
    assertEquals(Precision.YEAR, m.date().precision());
    assertEquals("relative", m.date().source());
    assertTrue(m.historical());
  }

  @Test
  void find_twoDaysAgo_countsBackFromPublication() {
    DateMention m = only("Ankara/NNP said/VBD/say two/CD days/NNS/day ago/RB", false);

    assertEquals("2021-10-16", m.date().text());
    assertEquals(Precision.DAY, m.date().precision());
  }

  @Test
  void find_sinceYear_coversTheWordSince() {
    DateMention m = only("Relations/NNS/relation have/VBP/have frozen/VBN/freeze since/IN 2014/CD",
        false);

    assertEquals("2014", m.date().text());
    assertEquals(3, m.begin());
  }

  @Test
  void find_dayMonthYear_givesFullDate() {
    DateMention m = only("on/IN 9/CD July/NNP 1989/CD the/DT wall/NN stood/VBD/stand", false);

    assertEquals("1989-07-09", m.date().text());
    assertEquals(Precision.DAY, m.date().precision());
    assertEquals(1, m.begin());
    assertEquals(4, m.end());
  }

  @Test
  void find_americanDateWithComma_givesFullDate() {
    assertEquals("2003-03-20", only("on/IN March/NNP 20/CD ,/, 2003/CD", false).date().text());
  }

  @Test
  void find_daysLaterWithNarrative_takesNarrativeDate() {
    EventDate story = new EventDate(LocalDate.of(2018, 1, 1), Precision.YEAR, "explicit");

    List<DateMention> ms = DateExpressions.find(
        Sentences.tokensOnly("Days/NNS/day later/RB ,/, Tbilisi/NNP replied/VBD/reply").tokens(),
        PUB, false, Optional.of(story));

    assertEquals(1, ms.size());
    assertEquals("2018", ms.get(0).date().text());
    assertEquals("relative", ms.get(0).date().source());
    assertTrue(ms.get(0).narrative());
  }

  @Test
  void find_daysLaterWithoutNarrative_findsNothing() {
    assertTrue(find("Days/NNS/day later/RB ,/, Tbilisi/NNP replied/VBD/reply", false).isEmpty());
  }

  @Test
  void find_modalMay_isNotAMonth() {
    assertTrue(find("Sanctions/NNS/sanction may/MD/may follow/VB", false).isEmpty());
  }

  @Test
  void find_relativeWithoutPublicationDate_findsNothing() {
    List<DateMention> ms = DateExpressions.find(
        Sentences.tokensOnly("Kyiv/NNP protested/VBD/protest on/IN Thursday/NNP").tokens(),
        Optional.empty(), false, Optional.empty());

    assertTrue(ms.isEmpty());
  }

  @Test
  void find_leapDayOfLeapYear_givesThatDay() {
    assertEquals("2000-02-29", only("on/IN 29/CD February/NNP 2000/CD", false).date().text());
  }

  @Test
  void find_leapDayOfCenturyNonLeapYear_doesNotThrowOrInventADay() {
    // 1900 is not a leap year although it is divisible by four
    List<DateMention> ms = find("on/IN 29/CD February/NNP 1900/CD", false);

    assertFalse(ms.stream().anyMatch(m -> m.date().precision() == Precision.DAY));
    assertEquals("1900-02", ms.get(0).date().text());
  }

  @Test
  void findBoth_anySentence_sameAsFindingPastAndFutureApart() {
    for (String tokens : List.of(
        "On/IN Friday/NNP ,/, the/DT talks/NNS of/IN 9/CD July/NNP and/CC March/NNP 3/CD ended/VBD",
        "They/PRP will/MD meet/VB on/IN 30/CD December/NNP 1989/CD and/CC in/IN May/NNP",
        "Two/CD days/NNS ago/RB ,/, last/JJ week/NN ,/, next/JJ month/NN and/CC today/NN",
        "since/IN 2014/CD ,/, 2,000/CD troops/NNS ,/, Sept./NNP 12/CD ,/, tomorrow/NN")) {
      List<org.annals.nlp.Token> t = Sentences.tokensOnly(tokens).tokens();
      for (Optional<LocalDate> pub : List.of(PUB, Optional.<LocalDate>empty())) {
        List<DateExpressions.Tensed> both = DateExpressions.findBoth(t, pub, Optional.empty());
        assertEquals(DateExpressions.find(t, pub, false, Optional.empty()),
            both.stream().map(DateExpressions.Tensed::past).toList(), tokens);
        assertEquals(DateExpressions.find(t, pub, true, Optional.empty()),
            both.stream().map(DateExpressions.Tensed::future).toList(), tokens);
      }
    }
  }

  @Test
  void month_everyShortWordAndName_sameAsRule() {
    // every word of up to four letters and periods, where the rule's abbreviations live, and the
    // names: the table of month words (issue 6) gives what the rule gives
    String letters = "abcdefghijklmnopqrstuvwxyz.";
    List<String> words = new java.util.ArrayList<>(List.of("january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "sept.", "septe", "mayor", "marches", "", "m", "ju"));
    char[] w = new char[4];
    for (int n = 0; n < 27 * 27 * 27 * 27; n++) {
      int k = n;
      for (int i = 0; i < 4; i++, k /= 27) {
        w[i] = letters.charAt(k % 27);
      }
      words.add(new String(w, 0, 3));
      words.add(new String(w));
    }
    int months = 0;
    for (String word : words) {
      assertEquals(DateExpressions.monthByRule(word), DateExpressions.month(word), word);
      months += DateExpressions.month(word).isPresent() ? 1 : 0;
    }
    assertTrue(months > 12);
  }
}
