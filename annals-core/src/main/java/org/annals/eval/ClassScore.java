package org.annals.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The score of a sentence task ({@code quad} or {@code plover}).
 *
 * @param task {@code quad} or {@code plover}
 * @param n the number of gold sentences
 * @param correct how many the system classed right
 * @param classes the classes that occur in gold or system output, in the task's order
 * @param perClass the one-vs-rest counts of each of {@code classes}
 * @param confusion counts by gold class, then system class, over {@code classes} (zeros included)
 * @param sourceOverlap for quad, among right-classed sentences with a gold source span and a class
 *     other than {@code none}, those whose system source text overlaps a gold source span
 * @param targetOverlap the same for targets
 * @param errors the sentences classed wrongly, in gold order
 */
public record ClassScore(
    String task,
    int n,
    int correct,
    List<String> classes,
    Map<String, Score> perClass,
    Map<String, Map<String, Integer>> confusion,
    Optional<Share> sourceOverlap,
    Optional<Share> targetOverlap,
    List<SentenceError> errors) {

  /** Validates the fields and copies the collections, keeping their order. */
  public ClassScore {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(sourceOverlap, "sourceOverlap");
    Objects.requireNonNull(targetOverlap, "targetOverlap");
    classes = List.copyOf(classes);
    perClass = Collections.unmodifiableMap(new LinkedHashMap<>(perClass));
    Map<String, Map<String, Integer>> rows = new LinkedHashMap<>();
    confusion.forEach(
        (g, row) -> rows.put(g, Collections.unmodifiableMap(new LinkedHashMap<>(row))));
    confusion = Collections.unmodifiableMap(rows);
    errors = List.copyOf(errors);
  }

  /** Returns correct / n, or 0 for no sentences. */
  public double accuracy() {
    return n == 0 ? 0.0 : (double) correct / n;
  }

  /** Returns the mean F1 over {@link #classes}, or 0 when there are none. */
  public double macroF1() {
    return perClass.values().stream().mapToDouble(Score::f1).average().orElse(0.0);
  }

  /** Returns how many sentences of a gold class the system put in a class. */
  public int count(String gold, String system) {
    return confusion.getOrDefault(gold, Map.of()).getOrDefault(system, 0);
  }
}
