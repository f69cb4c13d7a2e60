package org.annals.ingest;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text cleaner as it was written with regular expressions only, before the loops of issue 6:
 * the reference that {@link TextCleanerTest} holds {@link TextCleaner} to, character for character.
 */
final class RegexTextCleaner {
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
  String clean(String raw) {
    String t = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ');
    t = t.replace('\u2028', '\n').replace("\u200b", "");
    t = joinWrappedLines(t);
    t = WIRE_DATELINE.matcher(t).replaceFirst("");
    t = CAPS_DATELINE.matcher(t).replaceFirst("");
    t = BOILERPLATE.matcher(t).replaceAll(" ");
    t = splitGluedQuotes(t);
    t = GLUED_PERIOD.matcher(t).replaceAll(" ");
    t = splitGluedWords(t);
    return t.replaceAll("[ \\t]{2,}", " ").replaceAll(" *\\n *", "\n").strip();
  }

  /** Joins hard-wrapped lines; a blank line stays a paragraph break. */
  private static String joinWrappedLines(String t) {
    return t.replaceAll("([^\\n])\\n(?=[^\\n])", "$1 ").replaceAll("\\n{3,}", "\n\n");
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
}
