package org.annals.ingest;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs scraped news text before sentence splitting: joins hard-wrapped lines, drops boilerplate
 * (wire datelines, "Read More", photo credits, "This story is from ..."), and separates sentences
 * that scraping glued together ("implications.In 2018", {@code said."NATO}, "tensionsAs Russia").
 * Stateless and thread-safe.
 */
public final class TextCleaner {
  private static final Pattern WIRE_DATELINE =
      Pattern.compile("^\\s*(?:[A-Z][\\p{L} .,'-]{0,40}?\\s*)?\\((?:CNN|Reuters|AP|AFP|CNN Business)\\)"
          + "\\s*[-\u2014\u2013]*\\s*");
  private static final Pattern CAPS_DATELINE =
      Pattern.compile("^\\s*[A-Z][A-Z .'-]{1,40}, (?:[A-Z][a-z]{2,8}\\.? \\d{1,2}|\\d{1,2} [A-Z][a-z]+)"
          + "\\s*[-\u2014\u2013]\\s*");
  private static final Pattern BOILERPLATE = Pattern.compile(
      "Read [Mm]ore|READ MORE|This story is from [A-Z][a-z]+ \\d{1,2}, \\d{4}"
          + "|Photograph: [^.\\n]{0,80}?(?:Images|AP|Reuters|AFP|EPA|Shutterstock|PA)\\b"
          + "|\\((?:Photo|Image): [^)]{0,80}\\)");
  private static final Pattern GLUED_PERIOD =
      Pattern.compile("(?<=[\\p{Ll}\\d%)\\]][.!?])(?=[\\p{Lu}][\\p{Ll}\\p{Lu}])");
  private static final Pattern GLUED_WORD = Pattern.compile("\\b(\\p{L}*\\p{Ll}{3,})(\\p{Lu}\\p{Ll}*)\\b");
  private static final Set<String> SENTENCE_STARTERS = Set.of(
      "The", "A", "An", "As", "On", "At", "But", "And", "However", "Earlier", "Later",
      "Meanwhile", "It", "He", "She", "They", "We", "This", "That", "These", "Those", "After",
      "Before", "When", "While", "Since", "Following", "According", "Last", "Many", "Some", "Its",
      "His", "Her", "Their", "There", "If", "For", "With", "Despite", "During", "Under", "Now",
      "Yet", "Still", "Also", "Officials", "Russia", "China", "President", "Prime", "Foreign");

  /** Returns the cleaned text; offsets of all later stages refer to it. */
  public String clean(String raw) {
    String t = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ');
    t = t.replace('\u2028', '\n').replace("\u200b", "");
    // why: the regular expressions below were a quarter of the coder's time after CoreNLP (issue
    // 6); each has a plain loop that gives the same text, and the two that read Unicode classes
    // across characters keep the expression for texts where a character is a surrogate or a
    // combining mark (Bmp below), whose handling by java.util.regex the loops do not copy
    boolean bmp = plainBmp(t);
    t = joinWrappedLines(t);
    t = WIRE_DATELINE.matcher(t).replaceFirst("");
    t = CAPS_DATELINE.matcher(t).replaceFirst("");
    if (mayHaveBoilerplate(t)) {
      t = BOILERPLATE.matcher(t).replaceAll(" ");
    }
    t = splitGluedQuotes(t);
    t = bmp ? splitGluedPeriods(t) : GLUED_PERIOD.matcher(t).replaceAll(" ");
    t = bmp ? splitGluedWordsPlain(t) : splitGluedWords(t);
    return trimSpaces(collapseSpaces(t)).strip();
  }

  /**
   * Whether a text has no surrogate and no non-spacing mark: there the loops read the same
   * characters as the expressions (which read code points, and count a mark after a letter as
   * part of a word for {@code \\b}).
   */
  static boolean plainBmp(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= 0x300 && (Character.isSurrogate(c)
          || Character.getType(c) == Character.NON_SPACING_MARK)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a text may hold a {@link #BOILERPLATE} match: each choice begins with one of these. */
  private static boolean mayHaveBoilerplate(String t) {
    return t.contains("Read ") || t.contains("READ MORE") || t.contains("This story is from ")
        || t.contains("Photograph: ") || t.contains("(Photo: ") || t.contains("(Image: ");
  }

  /**
   * Joins hard-wrapped lines; a blank line stays a paragraph break. As {@code
   * replaceAll("([^\\n])\\n(?=[^\\n])", "$1 ")} then {@code replaceAll("\\n{3,}", "\n\n")}.
   */
  private static String joinWrappedLines(String t) {
    if (t.indexOf('\n') < 0) {
      return t;
    }
    StringBuilder out = new StringBuilder(t.length());
    int n = t.length();
    int i = 0;
    while (i < n) {
      char c = t.charAt(i);
      if (c != '\n') {
        out.append(c);
        i++;
        continue;
      }
      int j = i;
      while (j < n && t.charAt(j) == '\n') {
        j++;
      }
      int run = j - i;
      if (run == 1 && i > 0 && j < n) {
        out.append(' ');
      } else {
        out.append(run >= 3 ? "\n\n" : t, run >= 3 ? 0 : i, run >= 3 ? 2 : j);
      }
      i = j;
    }
    return out.toString();
  }

  /**
   * Puts a space between a sentence's end and the capitalized word glued to it ("implications.In
   * 2018"), as {@code GLUED_PERIOD.matcher(t).replaceAll(" ")} does in a text of {@link
   * #plainBmp} characters.
   */
  private static String splitGluedPeriods(String t) {
    StringBuilder out = null;
    int copied = 0;
    for (int i = 2; i + 1 < t.length(); i++) {
      char end = t.charAt(i - 1);
      if ((end == '.' || end == '!' || end == '?') && beforeEnd(t.charAt(i - 2))
          && Character.getType(t.charAt(i)) == Character.UPPERCASE_LETTER
          && upperOrLower(t.charAt(i + 1))) {
        out = out == null ? new StringBuilder(t.length() + 16) : out;
        out.append(t, copied, i).append(' ');
        copied = i;
      }
    }
    return out == null ? t : out.append(t, copied, t.length()).toString();
  }

  /** {@code [\\p{Ll}\\d%)\\]]}. */
  private static boolean beforeEnd(char c) {
    return c >= '0' && c <= '9' || c == '%' || c == ')' || c == ']'
        || Character.getType(c) == Character.LOWERCASE_LETTER;
  }

  /** {@code [\\p{Ll}\\p{Lu}]}. */
  private static boolean upperOrLower(char c) {
    int type = Character.getType(c);
    return type == Character.LOWERCASE_LETTER || type == Character.UPPERCASE_LETTER;
  }

  /** As {@code replaceAll("[ \\t]{2,}", " ")}. */
  private static String collapseSpaces(String t) {
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    while (i < t.length()) {
      if (!blank(t.charAt(i))) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < t.length() && blank(t.charAt(j))) {
        j++;
      }
      if (j - i >= 2) {
        out = out == null ? new StringBuilder(t.length()) : out;
        out.append(t, copied, i).append(' ');
        copied = j;
      }
      i = j;
    }
    return out == null ? t : out.append(t, copied, t.length()).toString();
  }

  private static boolean blank(char c) {
    return c == ' ' || c == '\t';
  }

  /** As {@code replaceAll(" *\\n *", "\n")}: no space before or after a line break. */
  private static String trimSpaces(String t) {
    if (t.indexOf('\n') < 0) {
      return t;
    }
    StringBuilder out = new StringBuilder(t.length());
    int i = 0;
    while (i < t.length()) {
      char c = t.charAt(i);
      if (c != ' ') {
        out.append(c);
        i++;
        continue;
      }
      int j = i;
      while (j < t.length() && t.charAt(j) == ' ') {
        j++;
      }
      boolean nearBreak = (i > 0 && t.charAt(i - 1) == '\n') || (j < t.length()
          && t.charAt(j) == '\n');
      if (!nearBreak) {
        out.append(t, i, j);
      }
      i = j;
    }
    return out.toString();
  }

  /**
   * Puts a space on the right side of a straight quote glued between two sentences: after it when it
   * closes a quotation ({@code said." NATO}), before it when it opens one ({@code said. "NATO}).
   */
  private static String splitGluedQuotes(String t) {
    StringBuilder out = new StringBuilder(t.length() + 16);
    boolean open = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '"') {
        boolean glued = i > 0 && ".!?,".indexOf(t.charAt(i - 1)) >= 0
            && i + 1 < t.length() && Character.isLetter(t.charAt(i + 1));
        if (glued && !open && t.charAt(i - 1) != ',') {
          out.append(' ').append(c);
        } else if (glued && open) {
          out.append(c).append(' ');
        } else {
          out.append(c);
        }
        open = !open;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Splits a heading glued to the next sentence ("Heightened tensionsAs Russia"). */
  private static String splitGluedWords(String t) {
    Matcher m = GLUED_WORD.matcher(t);
    StringBuilder out = new StringBuilder(t.length() + 16);
    while (m.find()) {
      String next = m.group(2);
      String rep = SENTENCE_STARTERS.contains(next) ? m.group(1) + ". " + next : m.group();
      m.appendReplacement(out, Matcher.quoteReplacement(rep));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * {@link #splitGluedWords} for a text of {@link #plainBmp} characters. A match of {@link
   * #GLUED_WORD} is a whole word (between two {@code \\b}) of letters only, whose last letter
   * that is not lower-case is upper-case and follows three lower-case letters: the word splits
   * there.
   */
  private static String splitGluedWordsPlain(String t) {
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    int n = t.length();
    while (i < n) {
      if (!word(t.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean letters = true;
      int lastNotLower = -1;
      while (i < n && word(t.charAt(i))) {
        char c = t.charAt(i);
        letters &= Character.isLetter(c);
        if (Character.getType(c) != Character.LOWERCASE_LETTER) {
          lastNotLower = i;
        }
        i++;
      }
      int cut = lastNotLower;
      if (!letters || cut - start < 3
          || Character.getType(t.charAt(cut)) != Character.UPPERCASE_LETTER
          || !lower(t, cut - 3, cut)
          || !SENTENCE_STARTERS.contains(t.substring(cut, i))) {
        continue;
      }
      out = out == null ? new StringBuilder(n + 16) : out;
      out.append(t, copied, cut).append(". ");
      copied = cut;
    }
    return out == null ? t : out.append(t, copied, n).toString();
  }

  /** A word character for {@code \\b}: a letter, a digit or an underscore. */
  private static boolean word(char c) {
    return c == '_' || Character.isLetterOrDigit(c);
  }

  private static boolean lower(String t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Character.getType(t.charAt(k)) != Character.LOWERCASE_LETTER) {
        return false;
      }
    }
    return true;
  }
}
