package org.annals.coding.ontology;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.annals.actors.Lexicon;
import org.annals.events.CameoCode;

/** The CAMEO codes of {@code lexicon/cameo.tsv}: name, Goldstein weight, quad class, PLOVER type. */
public final class CameoOntology {
  private final Map<String, CameoCode> codes;
  /** Code prefix to the pledge or threat of that act ({@code lexicon/intents.tsv}). */
  private final Map<String, String> intents;

  private CameoOntology(Map<String, CameoCode> codes, Map<String, String> intents) {
    this.codes = codes;
    this.intents = intents;
  }

  /** Loads the bundled table. */
  public static CameoOntology load() {
    Map<String, CameoCode> codes = new LinkedHashMap<>();
    for (String[] r : Lexicon.rows("cameo.tsv")) {
      String code = r[0];
      int root = Integer.parseInt(code.substring(0, 2));
      int quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
      String plover = Lexicon.cell(r, 3);
      codes.put(code, new CameoCode(code, Lexicon.cell(r, 1),
          Double.parseDouble(Lexicon.cell(r, 2)), quad, plover.isEmpty() ? "-" : plover));
    }
    Map<String, String> intents = new LinkedHashMap<>();
    for (String[] r : Lexicon.rows("intents.tsv")) {
      if (!codes.containsKey(r[1])) {
        throw new IllegalStateException("intents.tsv: not a CAMEO code: " + r[1]);
      }
      intents.put(r[0], r[1]);
    }
    return new CameoOntology(codes, intents);
  }

  /** Returns the code, if it is in the table. */
  public Optional<CameoCode> code(String code) {
    return Optional.ofNullable(codes.get(code));
  }

  /** Returns the code, or throws naming it when it is not a CAMEO code. */
  public CameoCode require(String code) {
    CameoCode c = codes.get(code);
    if (c == null) {
      throw new IllegalArgumentException("not a CAMEO code: " + code);
    }
    return c;
  }

  /**
   * Returns the code of announcing or threatening an act rather than doing it: "will send aid"
   * is a pledge of aid (033), "will expel the inspectors" a threat to (136). The longest prefix
   * of {@code lexicon/intents.tsv} decides; statements, appeals, demands and the like keep their
   * code.
   */
  public CameoCode intentOf(CameoCode act) {
    String code = act.code();
    for (int len = code.length(); len >= 2; len--) {
      String intent = intents.get(code.substring(0, len));
      if (intent != null) {
        return codes.get(intent);
      }
    }
    return act;
  }

  /** Returns all codes in table order. */
  public Iterable<CameoCode> all() {
    return codes.values();
  }
}
