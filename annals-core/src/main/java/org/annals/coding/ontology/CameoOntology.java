package org.annals.coding.ontology;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.annals.actors.Lexicon;
import org.annals.events.CameoCode;

/** The CAMEO codes of {@code lexicon/cameo.tsv}: name, Goldstein weight, quad class, PLOVER type. */
public final class CameoOntology {
  private final Map<String, CameoCode> codes;

  private CameoOntology(Map<String, CameoCode> codes) {
    this.codes = codes;
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
    return new CameoOntology(codes);
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

  /** Returns all codes in table order. */
  public Iterable<CameoCode> all() {
    return codes.values();
  }
}
