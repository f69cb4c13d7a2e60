package org.annals.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.regex.Pattern;
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
  // Precompiled: String.matches compiles its regex on every call, which made dating the
  // slowest stage after CoreNLP (issue "Scale and speed", docs/performance.md)
  private static final Pattern NOT_YEAR_UNIT = Pattern.compile("percent|%|people|troops|soldiers");
  private static final Pattern DAY_NUMBER = Pattern.compile("\\d{1,2}");
  private static final Set<String> PERIOD_WORDS =
      Set.of("this", "last", "next", "earlier", "later", "past");
  private static final Pattern PLURAL_S = Pattern.compile("s$");
  private static final Pattern NARRATIVE_UNIT =
      Pattern.compile("days|weeks|months|day|week|month|hours");
  private static final Pattern ORDINAL_DAY = Pattern.compile("\\d{1,2}(st|nd|rd|th)?");
  private static final Pattern NON_DIGIT = Pattern.compile("\\D");
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
  private static final Pattern SMALL_NUMBER = Pattern.compile("\\d{1,3}");
  private static final Pattern MONTH_ABBREVIATION = Pattern.compile("[a-z]{3}\\.?|sept\\.?");
  private static final Month[] MONTHS = Month.values();
  /** The first letters of the months' names. */
  private static final String MONTH_INITIALS = "jfmasond";
  private static final String[] MONTH_NAMES = new String[MONTHS.length];
  private static final DayOfWeek[] DAYS = DayOfWeek.values();
  private static final String[] DAY_NAMES = new String[DAYS.length];

  static {
    for (int i = 0; i < MONTHS.length; i++) {
      MONTH_NAMES[i] = MONTHS[i].name().toLowerCase(Locale.ROOT);
    }
    for (int i = 0; i < DAYS.length; i++) {
      DAY_NAMES[i] = DAYS[i].name().toLowerCase(Locale.ROOT);
    }
  }

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
    List<Token> lowered = new Lowered(tokens);
    int i = 0;
    while (i < tokens.size()) {
      DateMention m = at(lowered, i, pub, future, narrative);
      if (m != null) {
        out.add(m);
        i = m.end();
      } else {
        i++;
      }
    }
    return out;
  }

  /**
   * Returns the date expressions of a sentence read both ways, in one pass: {@code find(tokens,
   * pub, false, narrative)} and, at the same positions, what {@code find(tokens, pub, true,
   * narrative)} gives. Tense moves only a year-less date or a weekday, never where an expression
   * begins or ends, so the second reading is asked only where the first found one (issue 6: two
   * passes over every sentence were a fifth of the dating time).
   */
  static List<Tensed> findBoth(List<Token> tokens, Optional<LocalDate> pub,
      Optional<EventDate> narrative) {
    List<Tensed> out = new ArrayList<>();
    List<Token> lowered = new Lowered(tokens);
    int i = 0;
    while (i < tokens.size()) {
      DateMention past = at(lowered, i, pub, /* future= */ false, narrative);
      if (past != null) {
        DateMention future = at(lowered, i, pub, /* future= */ true, narrative);
        out.add(new Tensed(past, future != null && future.end() == past.end() ? future : past));
        i = past.end();
      } else {
        i++;
      }
    }
    return out;
  }

  /** A date expression read in a sentence about the past and in one about the future. */
  record Tensed(DateMention past, DateMention future) {}

  private static String w(List<Token> tokens, int i) {
    if (i >= tokens.size() || i < 0) {
      return "";
    }
    return tokens instanceof Lowered l
        ? l.lower(i)
        : tokens.get(i).word().toLowerCase(Locale.ROOT);
  }

  /**
   * The tokens with each word lower-cased once: {@link #w} asks for a word about ten times a token
   * (issue 6, docs/performance.md).
   */
  private static final class Lowered extends AbstractList<Token> implements RandomAccess {
    private final List<Token> tokens;
    private final String[] lower;

    Lowered(List<Token> tokens) {
      this.tokens = tokens;
      this.lower = new String[tokens.size()];
    }

    @Override
    public Token get(int i) {
      return tokens.get(i);
    }

    @Override
    public int size() {
      return tokens.size();
    }

    String lower(int i) {
      String l = lower[i];
      if (l == null) {
        l = tokens.get(i).word().toLowerCase(Locale.ROOT);
        lower[i] = l;
      }
      return l;
    }
  }

  /**
   * The words other than numbers and months that may begin a date expression: weekdays, the
   * words of "today", "last week", "two days ago", "days later". {@link #at} finds nothing at a
   * word outside them that is no month and starts with no digit, and most words are such (issue
   * 6: every rule run on every word was a sixth of the coder's time after CoreNLP).
   */
  private static final Set<String> STARTS = java.util.stream.Stream.of(
      java.util.Arrays.stream(DAY_NAMES), PERIOD_WORDS.stream(), NUMBERS.keySet().stream(),
      java.util.stream.Stream.of("today", "tonight", "yesterday", "tomorrow", "days", "weeks",
          "months", "day", "week", "month", "hours"))
      .flatMap(x -> x).collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static DateMention at(List<Token> t, int i, Optional<LocalDate> pub, boolean future,
      Optional<EventDate> narrative) {
    String w = w(t, i);
    if (!startsWithDigit(w) && !STARTS.contains(w) && !MONTH_WORDS.containsKey(w)) {
      return null;
    }
    Optional<Month> month = month(w);
    if (month.isPresent() && !(w.equals("may") && !properNoun(t.get(i)))
        && !(w.equals("march") && verb(t.get(i)))) {
      return monthExpr(t, i, month.get(), pub, future);
    }
    if (isYear(t, i) && !NOT_YEAR_UNIT.matcher(w(t, i + 1)).matches()) {
      int y = Integer.parseInt(w);
      boolean since = w(t, i - 1).equals("since");
      return mention(i - (since ? 1 : 0), i + 1, LocalDate.of(y, 1, 1), Precision.YEAR,
          "explicit", pub);
    }
    if (startsWithDigit(w) && DAY_NUMBER.matcher(w).matches() && month(w(t, i + 1)).isPresent()) {
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
    if (PERIOD_WORDS.contains(w)) {
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
    if (!w(t, i + 2).equals("ago")) {
      return null;
    }
    Integer n = number(w(t, i));
    String unit = w(t, i + 1);
    if (n == null) {
      return null;
    }
    return switch (PLURAL_S.matcher(unit).replaceAll("")) {
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
    if (narrative.isPresent() && w(t, i + 1).equals("later")
        && NARRATIVE_UNIT.matcher(unit).matches()) {
      EventDate n = narrative.get();
      return new DateMention(i, i + 2, new EventDate(n.day(), n.precision(), "relative"), true,
          true);
    }
    return null;
  }

  private static DateMention monthExpr(List<Token> t, int i, Month m, Optional<LocalDate> pub,
      boolean future) {
    String next = w(t, i + 1);
    if (ORDINAL_DAY.matcher(next).matches()) {
      int day = Integer.parseInt(NON_DIGIT.matcher(next).replaceAll(""));
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
    // no lambda, and day counts rather than new dates: dating found this a hot spot (issue 6)
    boolean historical = pub.isEmpty() || switch (pr) {
      case YEAR -> d.getYear() < pub.get().getYear();
      case MONTH -> d.getYear() < pub.get().getYear()
          || d.getYear() == pub.get().getYear() && d.getMonthValue() < pub.get().getMonthValue();
      case DAY -> d.toEpochDay() < pub.get().toEpochDay() - 31;
    };
    return new DateMention(b, e, new EventDate(d, pr, source), historical, false);
  }

  private static boolean isYear(List<Token> t, int i) {
    String w = w(t, i);
    return w.length() == 4 && startsWithDigit(w) && YEAR.matcher(w).matches()
        && (t.get(i).tag().equals("CD") || !t.get(i).isTagged());
  }

  /*
   * A sentence the fast profile left untagged (it cannot hold an event) still moves the story's
   * date: there the case of "May" and "March" stands for their tags (issue 6).
   */

  private static boolean properNoun(Token t) {
    return t.isTagged() ? t.tag().startsWith("NNP") : Character.isUpperCase(t.word().charAt(0));
  }

  private static boolean verb(Token t) {
    return t.isTagged() ? t.tag().startsWith("VB") : !Character.isUpperCase(t.word().charAt(0));
  }

  private static Integer number(String w) {
    if (startsWithDigit(w) && SMALL_NUMBER.matcher(w).matches()) {
      return Integer.parseInt(w);
    }
    return NUMBERS.get(w);
  }

  /**
   * Whether {@code w} starts with an ASCII digit, as the day, year and number patterns require:
   * most words do not, and a matcher for every word and pattern was a third of the dating time
   * (issue 6).
   */
  private static boolean startsWithDigit(String w) {
    return !w.isEmpty() && w.charAt(0) >= '0' && w.charAt(0) <= '9';
  }

  /** Whether {@link #month} may find a month: three letters or more, a month's initial first. */
  private static boolean mayBeMonth(String w) {
    return w.length() >= 3 && MONTH_INITIALS.indexOf(w.charAt(0)) >= 0;
  }

  /**
   * Every word {@link #monthByRule} reads as a month: the names, and their first three letters
   * with or without a period ("mar" only with one), and "sept" (issue 6: the rule with its pattern
   * ran on most words).
   */
  private static final Map<String, Month> MONTH_WORDS = monthWords();

  private static Map<String, Month> monthWords() {
    Map<String, Month> out = new java.util.HashMap<>();
    List<String> words = new ArrayList<>(List.of("sept"));
    for (String name : MONTH_NAMES) {
      words.addAll(List.of(name, name.substring(0, 3), name.substring(0, 3) + "."));
    }
    for (String w : words) {
      monthByRule(w).ifPresent(m -> out.put(w, m));
    }
    return Map.copyOf(out);
  }

  /** Returns the month a (lower-case) word names, in full or abbreviated ("Sept.", "Dec"). */
  static Optional<Month> month(String w) {
    return Optional.ofNullable(MONTH_WORDS.get(w));
  }

  /** {@link #month} by its rule; {@link #MONTH_WORDS} holds every word it accepts. */
  static Optional<Month> monthByRule(String w) {
    // most words are no month: reject them before the abbreviation pattern, which every word of
    // three or four letters ran (issue 6)
    if (!mayBeMonth(w)) {
      return Optional.empty();
    }
    boolean abbreviation = w.length() >= 3 && w.length() <= 4 && !w.equals("mar")
        && MONTH_ABBREVIATION.matcher(w).matches();
    String stem = abbreviation ? w.replace(".", "") : w;
    for (int i = 0; i < MONTHS.length; i++) {
      if (w.equals(MONTH_NAMES[i]) || (abbreviation && MONTH_NAMES[i].startsWith(stem))) {
        return Optional.of(MONTHS[i]);
      }
    }
    return Optional.empty();
  }

  private static Optional<DayOfWeek> weekday(String w) {
    for (int i = 0; i < DAYS.length; i++) {
      if (w.equals(DAY_NAMES[i])) {
        return Optional.of(DAYS[i]);
      }
    }
    return Optional.empty();
  }
}
