package org.annals.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.annals.events.EventDate;
import org.annals.events.EventDate.Precision;
import org.annals.nlp.Token;

/**
 * Finds date expressions in a sentence's tokens and resolves them against the publication date:
 * absolute dates, years, months, weekdays, "yesterday", "earlier this month", "last year", "two
 * days ago", "since 2014". Year-less dates and weekdays take the tense of the sentence: past on or
 * before the publication date, future after it. Stateless.
 */
final class DateExpressions {
  private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("one", 1),
      Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
      Map.entry("ten", 10), Map.entry("a", 1), Map.entry("an", 1), Map.entry("several", 3),
      Map.entry("few", 3));

  private DateExpressions() {}

  /**
   * Returns the date expressions of a sentence.
   *
   * @param pub the publication date, if known (relative expressions need it)
   * @param future whether the sentence speaks of the future (for year-less dates and weekdays)
   * @param narrative the story's current past date, for "days later"
   */
  static List<DateMention> find(List<Token> tokens, Optional<LocalDate> pub, boolean future,
      Optional<EventDate> narrative) {
    List<DateMention> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      DateMention m = at(tokens, i, pub, future, narrative);
      if (m != null) {
        out.add(m);
        i = m.end();
      } else {
        i++;
      }
    }
    return out;
  }

  private static String w(List<Token> tokens, int i) {
    return i < tokens.size() && i >= 0 ? tokens.get(i).word().toLowerCase(Locale.ROOT) : "";
  }

  private static DateMention at(List<Token> t, int i, Optional<LocalDate> pub, boolean future,
      Optional<EventDate> narrative) {
    String w = w(t, i);
    Optional<Month> month = month(w);
    if (month.isPresent() && !(w.equals("may") && !t.get(i).tag().startsWith("NNP"))
        && !(w.equals("march") && t.get(i).tag().startsWith("VB"))) {
      return monthExpr(t, i, month.get(), pub, future);
    }
    if (isYear(t, i) && !w(t, i + 1).matches("percent|%|people|troops|soldiers")) {
      int y = Integer.parseInt(w);
      boolean since = w(t, i - 1).equals("since");
      return mention(i - (since ? 1 : 0), i + 1, LocalDate.of(y, 1, 1), Precision.YEAR,
          "explicit", pub);
    }
    if (w.matches("\\d{1,2}") && month(w(t, i + 1)).isPresent()) {
      // "9 July", "30 December 1989"
      int day = Integer.parseInt(w);
      Month m = month(w(t, i + 1)).get();
      if (isYear(t, i + 2)) {
        return dayOf(Integer.parseInt(w(t, i + 2)), m, day, i, i + 3, pub);
      }
      return inferred(m, day, i, i + 2, pub, future);
    }
    if (pub.isEmpty()) {
      return narrativeExpr(t, i, narrative);
    }
    LocalDate p = pub.get();
    Optional<DayOfWeek> dow = weekday(w);
    if (dow.isPresent()) {
      LocalDate d = future ? p.plusDays(1) : p;
      while (d.getDayOfWeek() != dow.get()) {
        d = future ? d.plusDays(1) : d.minusDays(1);
      }
      return mention(i, i + 1, d, Precision.DAY, "relative", pub);
    }
    switch (w) {
      case "today", "tonight" -> {
        return mention(i, i + 1, p, Precision.DAY, "relative", pub);
      }
      case "yesterday" -> {
        return mention(i, i + 1, p.minusDays(1), Precision.DAY, "relative", pub);
      }
      case "tomorrow" -> {
        return mention(i, i + 1, p.plusDays(1), Precision.DAY, "relative", pub);
      }
      default -> { }
    }
    if (w.matches("this|last|next|earlier|later|past") || w.equals("this")) {
      return periodExpr(t, i, p, pub);
    }
    DateMention ago = agoExpr(t, i, p, pub);
    return ago != null ? ago : narrativeExpr(t, i, narrative);
  }

  private static DateMention periodExpr(List<Token> t, int i, LocalDate p,
      Optional<LocalDate> pub) {
    String a = w(t, i);
    int j = i + 1;
    if ((a.equals("earlier") || a.equals("later")) && w(t, j).equals("this")) {
      j++;
    }
    String unit = w(t, j);
    boolean last = a.equals("last") || a.equals("past");
    boolean next = a.equals("next");
    switch (unit) {
      case "year" -> {
        LocalDate d = p.withDayOfYear(1).plusYears(last ? -1 : next ? 1 : 0);
        return mention(i, j + 1, d, Precision.YEAR, "relative", pub);
      }
      case "month" -> {
        LocalDate d = p.withDayOfMonth(1).plusMonths(last ? -1 : next ? 1 : 0);
        return mention(i, j + 1, d, Precision.MONTH, "relative", pub);
      }
      case "week", "weekend" -> {
        LocalDate d = p.plusDays(last ? -7 : next ? 7 : 0);
        return mention(i, j + 1, d, Precision.MONTH, "relative", pub);
      }
      default -> {
        if (month(unit).isPresent() && (last || next)) {
          Month m = month(unit).get();
          int y = p.getYear() + (last && m.getValue() >= p.getMonthValue() ? -1 : 0)
              + (next && m.getValue() <= p.getMonthValue() ? 1 : 0);
          return mention(i, j + 1, LocalDate.of(y, m, 1), Precision.MONTH, "relative", pub);
        }
        return null;
      }
    }
  }

  private static DateMention agoExpr(List<Token> t, int i, LocalDate p, Optional<LocalDate> pub) {
    Integer n = number(w(t, i));
    String unit = w(t, i + 1);
    if (n == null || !w(t, i + 2).equals("ago")) {
      return null;
    }
    return switch (unit.replaceAll("s$", "")) {
      case "day" -> mention(i, i + 3, p.minusDays(n), Precision.DAY, "relative", pub);
      case "week" -> mention(i, i + 3, p.minusWeeks(n), Precision.DAY, "relative", pub);
      case "month" -> mention(i, i + 3, p.minusMonths(n).withDayOfMonth(1), Precision.MONTH,
          "relative", pub);
      case "year" -> mention(i, i + 3, p.minusYears(n).withDayOfYear(1), Precision.YEAR,
          "relative", pub);
      default -> null;
    };
  }

  private static DateMention narrativeExpr(List<Token> t, int i, Optional<EventDate> narrative) {
    String unit = w(t, i);
    if (narrative.isPresent() && unit.matches("days|weeks|months|day|week|month|hours")
        && w(t, i + 1).equals("later")) {
      EventDate n = narrative.get();
      return new DateMention(i, i + 2, new EventDate(n.day(), n.precision(), "relative"), true,
          true);
    }
    return null;
  }

  private static DateMention monthExpr(List<Token> t, int i, Month m, Optional<LocalDate> pub,
      boolean future) {
    String next = w(t, i + 1);
    if (next.matches("\\d{1,2}(st|nd|rd|th)?")) {
      int day = Integer.parseInt(next.replaceAll("\\D", ""));
      int j = i + 2;
      if (w(t, j).equals(",")) {
        j++;
      }
      if (isYear(t, j)) {
        return dayOf(Integer.parseInt(w(t, j)), m, day, i, j + 1, pub);
      }
      return inferred(m, day, i, i + 2, pub, future);
    }
    if (isYear(t, i + 1)) {
      return mention(i, i + 2, LocalDate.of(Integer.parseInt(next), m, 1), Precision.MONTH,
          "explicit", pub);
    }
    if (pub.isEmpty()) {
      return null;
    }
    LocalDate p = pub.get();
    int y = p.getYear();
    if (future && m.getValue() < p.getMonthValue()) {
      y++;
    } else if (!future && m.getValue() > p.getMonthValue()) {
      y--;
    }
    return mention(i, i + 1, LocalDate.of(y, m, 1), Precision.MONTH, "explicit", pub);
  }

  private static DateMention dayOf(int y, Month m, int day, int b, int e,
      Optional<LocalDate> pub) {
    if (day < 1 || day > m.length(java.time.Year.isLeap(y))) {
      return null;
    }
    return mention(b, e, LocalDate.of(y, m, day), Precision.DAY, "explicit", pub);
  }

  /** A day and month without a year: the year follows the tense. */
  private static DateMention inferred(Month m, int day, int b, int e, Optional<LocalDate> pub,
      boolean future) {
    if (pub.isEmpty() || day < 1 || day > m.maxLength()) {
      return null;
    }
    LocalDate p = pub.get();
    int y = p.getYear();
    LocalDate d = LocalDate.of(y, m, Math.min(day, m.length(java.time.Year.isLeap(y))));
    if (future && d.isBefore(p)) {
      d = d.plusYears(1);
    } else if (!future && d.isAfter(p.plusDays(1))) {
      d = d.minusYears(1);
    }
    return mention(b, e, d, Precision.DAY, "explicit", pub);
  }

  private static DateMention mention(int b, int e, LocalDate d, Precision pr, String source,
      Optional<LocalDate> pub) {
    boolean historical = pub.map(p -> switch (pr) {
      case YEAR -> d.getYear() < p.getYear();
      case MONTH -> d.isBefore(p.withDayOfMonth(1));
      case DAY -> d.isBefore(p.minusDays(31));
    }).orElse(true);
    return new DateMention(b, e, new EventDate(d, pr, source), historical, false);
  }

  private static boolean isYear(List<Token> t, int i) {
    String w = w(t, i);
    return w.matches("(19|20)\\d\\d") && t.get(i).tag().equals("CD");
  }

  private static Integer number(String w) {
    if (w.matches("\\d{1,3}")) {
      return Integer.parseInt(w);
    }
    return NUMBERS.get(w);
  }

  static Optional<Month> month(String w) {
    for (Month m : Month.values()) {
      String full = m.name().toLowerCase(Locale.ROOT);
      if (w.equals(full) || (w.length() >= 3 && w.length() <= 4 && !w.equals("mar")
          && full.startsWith(w.replace(".", "")) && w.matches("[a-z]{3}\\.?|sept\\.?"))) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  private static Optional<DayOfWeek> weekday(String w) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (w.equals(d.name().toLowerCase(Locale.ROOT))) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
