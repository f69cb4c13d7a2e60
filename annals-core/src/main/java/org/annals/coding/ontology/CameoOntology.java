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
  /** Code prefix to the refusal of that act ({@code lexicon/refusals.tsv}). */
  private final Map<String, String> refusals;

  private CameoOntology(Map<String, CameoCode> codes, Map<String, String> intents,
      Map<String, String> refusals) {
    this.codes = codes;
    this.intents = intents;
    this.refusals = refusals;
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
    return new CameoOntology(codes, prefixes(codes, "intents.tsv"),
        prefixes(codes, "refusals.tsv"));
  }

  private static Map<String, String> prefixes(Map<String, CameoCode> codes, String file) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String[] r : Lexicon.rows(file)) {
      if (!codes.containsKey(r[1])) {
        throw new IllegalStateException(file + ": not a CAMEO code: " + r[1]);
      }
      out.put(r[0], r[1]);
    }
    return out;
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
    return byPrefix(intents, act).orElse(act);
  }

  /**
   * Returns the code of asking for (root {@code 02}) or demanding (root {@code 10}) an act: "urged
   * Russia to respect the ceasefire" asks for de-escalation (0256), "demanded the release of" is
   * 1053. CAMEO orders the sub-codes of intents, appeals and demands alike (material cooperation,
   * diplomatic cooperation, aid, reform, concessions, talks, settlement, mediation), so the act's
   * intent (03x) gives them; acts that are not cooperative give none.
   */
  public Optional<CameoCode> requestOf(CameoCode act, String root) {
    String intent = intentOf(act).code();
    if (!intent.startsWith("03") || intent.length() < 3) {
      return Optional.empty();
    }
    return code(root + intent.substring(2));
  }

  /**
   * Returns the rejection code of refusing an act ("will not allow aid through": 1223, "cannot
   * accept the plan": 127), if refusing it is a CAMEO rejection: cooperative acts only
   * ({@code lexicon/refusals.tsv}).
   */
  public Optional<CameoCode> refusalOf(CameoCode act) {
    return byPrefix(refusals, act);
  }

  /**
   * Returns the rejection code of turning down an appeal (02x) or demand (10x): the refusal of the
   * act it asks for ("rejected calls for his resignation": 1231, "refused the demand for the
   * release of the prisoners": 1243), else empty. An appeal's or demand's sub-code names the act
   * as its intent (03x) does.
   */
  public Optional<CameoCode> refusalOfRequest(CameoCode request) {
    String code = request.code();
    if (code.length() < 3 || code.endsWith("0") && code.length() == 3
        || !(code.startsWith("02") || code.startsWith("10"))) {
      return Optional.empty(); // (a plain appeal or demand asks for nothing in particular)
    }
    String intent = "03" + code.substring(2);
    String act = null;
    for (Map.Entry<String, String> e : intents.entrySet()) {
      if (e.getValue().equals(intent) && (act == null || e.getKey().length() < act.length())) {
        act = e.getKey();
      }
    }
    return act == null ? Optional.empty() : refusalOf(codes.get(act));
  }

  private Optional<CameoCode> byPrefix(Map<String, String> table, CameoCode act) {
    String code = act.code();
    for (int len = code.length(); len >= 2; len--) {
      String to = table.get(code.substring(0, len));
      if (to != null) {
        return Optional.of(codes.get(to));
      }
    }
    return Optional.empty();
  }

  /** Returns all codes in table order. */
  public Iterable<CameoCode> all() {
    return codes.values();
  }
}
