package org.annals.events;

import java.util.Objects;
import java.util.Set;

/**
 * An actor as coded in an event: the CAMEO-style code ({@code RUSGOV}, {@code IGOWSTNAT}), the words
 * of the article that named it, their character offsets in the article, and the lexicon entry that
 * matched ({@code entry}).
 */
public record ActorRef(String code, String text, int begin, int end, String entry) {
  /** The 3-letter role codes of FORMAT.md that follow a country ({@code RUSGOV}, {@code SYRREB}). */
  public static final Set<String> ROLES = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY",
      "REB", "INS", "SPY", "BUS", "MED", "CVL", "LAB", "REF", "EDU", "HLH", "ELI", "CRM", "SEP",
      "UAF");
  /** The roles that act for a state: its government, courts, police, forces and services. */
  public static final Set<String> STATE_ROLES = Set.of("GOV", "JUD", "COP", "MIL", "SPY");

  /** Validates the code. */
  public ActorRef {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(entry, "entry");
    if (code.isBlank()) {
      throw new IllegalArgumentException("actor code must not be blank");
    }
  }

  /**
   * Returns the primary code that scoring compares (FORMAT.md scoring rule 1): the country for a code
   * that begins with one, else the whole code.
   */
  public String primary() {
    return primaryOf(code);
  }

  /** Returns the primary code of any actor code string. */
  public static String primaryOf(String code) {
    if (code.startsWith("IGO") || code.startsWith("NGO") || code.startsWith("IMG")) {
      return code;
    }
    return code.length() > 3 ? code.substring(0, 3) : code;
  }

  /**
   * Returns whether two codes name the same actor, which is never coded against itself: the same
   * code, or the same country where one of them is the bare country ("Russia" and "the Russian
   * government"). Two sectors of one country ("police", "protesters") are different actors.
   */
  public static boolean sameActor(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    if (!primaryOf(a).equals(primaryOf(b))) {
      return false;
    }
    return a.length() == 3 || b.length() == 3;
  }

  /**
   * Returns whether a code is a country alone ({@code UKR}): three capital letters that are no
   * role and no organization prefix.
   */
  public static boolean bareCountry(String code) {
    return code.length() == 3 && code.chars().allMatch(Character::isUpperCase)
        && !ROLES.contains(code) && !code.equals("IGO") && !code.equals("NGO")
        && !code.equals("IMG");
  }

  /** Returns the country part of the code, or an empty string for organizations. */
  public String country() {
    String p = primary();
    return p.length() == 3 && !code.startsWith("IGO") ? p : "";
  }
}
