package org.annals.eval;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The score of task {@code events} over a gold file (FORMAT.md scoring rule 4).
 *
 * @param documents how many gold documents were scored
 * @param overall the micro-averaged counts over all documents
 * @param codeAgreement matched pairs whose full CAMEO code agrees
 * @param dateAgreement matched pairs with a gold date whose system date agrees at the gold date's
 *     precision
 * @param modeAgreement matched pairs whose mode agrees
 * @param causeRecall gold cause links the system also links between the matched events
 * @param perRoot the counts per 2-digit root code, sorted by root
 * @param results the matching of each document, in gold order
 */
public record EventScore(
    int documents,
    Score overall,
    Share codeAgreement,
    Share dateAgreement,
    Share modeAgreement,
    Share causeRecall,
    SortedMap<String, Score> perRoot,
    List<DocumentResult> results) {

  /** Validates the fields and copies the collections. */
  public EventScore {
    Objects.requireNonNull(overall, "overall");
    Objects.requireNonNull(codeAgreement, "codeAgreement");
    Objects.requireNonNull(dateAgreement, "dateAgreement");
    Objects.requireNonNull(modeAgreement, "modeAgreement");
    Objects.requireNonNull(causeRecall, "causeRecall");
    perRoot = Collections.unmodifiableSortedMap(new TreeMap<>(perRoot));
    results = List.copyOf(results);
  }

  /** Returns the micro-averaged precision. */
  public double precision() {
    return overall.precision();
  }

  /** Returns the micro-averaged recall. */
  public double recall() {
    return overall.recall();
  }

  /** Returns the micro-averaged F1. */
  public double f1() {
    return overall.f1();
  }

  /** Returns the gold events counted in recall (traps only when matched with their mode). */
  public int goldEvents() {
    return overall.tp() + overall.fn();
  }

  /** Returns the system events of the scored documents. */
  public int systemEvents() {
    return overall.tp() + overall.fp();
  }

  /** Returns the negated or hypothetical gold events left out of recall. */
  public int ignoredTraps() {
    return results.stream().mapToInt(r -> r.ignoredTraps().size() + r.trapHits().size()).sum();
  }
}
