package org.annals.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annals.events.ActorRef;

/**
 * Splits an Annals actor code into GDELT's ten actor columns.
 *
 * <ul>
 *   <li>{@code IGO}, {@code NGO} and {@code IMG} codes: Type1Code is that prefix and KnownGroupCode
 *       the last 3 letters ({@code IGOWSTNAT} gives {@code NAT}).
 *   <li>Other codes: the first 3 letters are the country unless they are a role; then each 3-letter
 *       role ({@code GOV}, {@code MIL}...) fills Type1Code to Type3Code in order, and the first
 *       other 3 letters the KnownGroupCode ({@code AFGINSTAL}: AFG, INS, TAL).
 * </ul>
 */
final class GdeltActor {
  static final List<String> FIELDS =
      List.of(
          "Code",
          "Name",
          "CountryCode",
          "KnownGroupCode",
          "EthnicCode",
          "Religion1Code",
          "Religion2Code",
          "Type1Code",
          "Type2Code",
          "Type3Code");

  private GdeltActor() {}

  static List<String> columns(ActorRef actor) {
    String code = actor.code().trim().toUpperCase(Locale.ROOT);
    String country = "";
    String known = "";
    List<String> types = new ArrayList<>();
    if (code.startsWith("IGO") || code.startsWith("NGO") || code.startsWith("IMG")) {
      types.add(code.substring(0, 3));
      known = code.length() > 3 ? code.substring(code.length() - 3) : "";
    } else {
      for (int i = 0; i + 3 <= code.length(); i += 3) {
        String part = code.substring(i, i + 3);
        if (ActorRef.ROLES.contains(part)) {
          types.add(part);
        } else if (i == 0) {
          country = part;
        } else if (known.isEmpty()) {
          known = part;
        }
      }
    }
    while (types.size() < 3) {
      types.add("");
    }
    String name = actor.text().toUpperCase(Locale.ROOT);
    return List.of(
        code, name, country, known, "", "", "", types.get(0), types.get(1), types.get(2));
  }
}
