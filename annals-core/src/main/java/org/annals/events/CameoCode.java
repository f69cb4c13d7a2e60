package org.annals.events;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A CAMEO event code with what the ontology knows of it.
 *
 * @param code 2 to 4 digits
 * @param name the short description
 * @param goldstein the Goldstein weight, -10 to 10
 * @param quad the quad class 1 to 4 (verbal coop, material coop, verbal conflict, material conflict)
 * @param plover the PLOVER 2.0 event type
 */
public record CameoCode(String code, String name, double goldstein, int quad, String plover) {
  // compiled once: String.matches compiled it for every event coded (issue 6)
  private static final Pattern CODE = Pattern.compile("\\d{2,4}");

  /** Validates the code. */
  public CameoCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(plover, "plover");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("CAMEO code must be 2 to 4 digits: " + code);
    }
  }

  /** Returns the root, the first two digits. */
  public String root() {
    return code.substring(0, 2);
  }

  /** Returns whether a code is one of violence: assault, fight, mass violence (roots 18-20). */
  public static boolean violent(String code) {
    return code.compareTo("18") >= 0;
  }

  /** Returns the quad class name used by the quad task ({@code statement} for root 01). */
  public String quadName() {
    return quadNameOf(code);
  }

  /** Returns the quad class name of any code: statement, verbal_coop, ... */
  public static String quadNameOf(String code) {
    int root = Integer.parseInt(code.substring(0, 2));
    if (root == 1) {
      return "statement";
    } else if (root <= 5) {
      return "verbal_coop";
    } else if (root <= 8) {
      return "material_coop";
    } else if (root <= 13) {
      return "verbal_conflict";
    }
    return "material_conflict";
  }
}
