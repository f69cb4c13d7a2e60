package org.annals;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.actors.ActorLexicon;

/**
 * Gives all-upper-case and all-lower-case articles (wire copy, some Indian papers) a usable case
 * before tagging: lower case everywhere, then capitals at sentence starts and on words of known
 * names. Keeps the text's length, so offsets stay valid.
 */
final class Recaser {
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'\u2019]*");

  private Recaser() {}

  /**
   * Returns whether a text needs recasing: almost no lower-case letters, or almost no upper-case
   * ones where the text writes a name the lexicon knows in lower case inside a sentence ("said
   * venezuela will supply ecuador") or begins its sentences in lower case. A cased sentence may
   * have one capital, its first letter ("Turkey violated the truce by shelling the town since
   * last night"): that alone does not make it lower-case text.
   */
  static boolean needed(String text, ActorLexicon lexicon) {
    long upper = 0;
    long lower = 0;
    int starts = 0;
    int upperStarts = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (Character.isLowerCase(c)) {
        lower++;
      } else {
        continue;
      }
      if (sentenceStart(text, i)) {
        starts++;
        upperStarts += Character.isUpperCase(c) ? 1 : 0;
      }
    }
    long letters = upper + lower;
    if (letters <= 40 || upper >= 0.015 * letters && upper <= 0.8 * letters) {
      return false;
    }
    return upper > 0.8 * letters || 2 * upperStarts <= starts || lowerCaseName(text, lexicon);
  }

  /** Whether a name the lexicon writes with a capital stands in lower case inside a sentence. */
  private static boolean lowerCaseName(String text, ActorLexicon lexicon) {
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group();
      if (Character.isLowerCase(w.charAt(0)) && !sentenceStart(text, m.start())
          && lexicon.isLowerCaseName(w)) {
        return true;
      }
    }
    return false;
  }

  static String recase(String text, ActorLexicon lexicon) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.length() != text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(lower);
    Matcher m = WORD.matcher(lower);
    while (m.find()) {
      String w = m.group();
      String cased = lexicon.casedWord(w).orElse(null);
      if (cased == null && sentenceStart(lower, m.start())) {
        cased = Character.toUpperCase(w.charAt(0)) + w.substring(1);
      }
      if (cased == null && w.equals("i")) {
        cased = "I";
      }
      if (cased != null && cased.length() == w.length()) {
        out.replace(m.start(), m.end(), cased);
      }
    }
    return out.toString();
  }

  private static boolean sentenceStart(String t, int i) {
    int j = i - 1;
    while (j >= 0 && (t.charAt(j) == ' ' || t.charAt(j) == '"' || t.charAt(j) == '\u201c')) {
      j--;
    }
    return j < 0 || ".!?\n:".indexOf(t.charAt(j)) >= 0;
  }
}
