package org.annals.eval;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The gold tasks and the class labels of the sentence tasks. */
public final class Tasks {
  /** Who did what to whom, per document. */
  public static final String EVENTS = "events";

  /** The quad class of a sentence's main event. */
  public static final String QUAD = "quad";

  /** The PLOVER type of a sentence's main event. */
  public static final String PLOVER = "plover";

  /** The label of a sentence with no codeable event, in both sentence tasks. */
  public static final String NONE = "none";

  /** The quad classes in report order, {@code none} last. */
  public static final List<String> QUAD_CLASSES =
      List.of(
          "statement",
          "verbal_coop",
          "material_coop",
          "verbal_conflict",
          "material_conflict",
          NONE);

  /** The 16 PLOVER 2.0 types in report order, then {@code none}. */
  public static final List<String> PLOVER_CLASSES =
      List.of(
          "AGREE",
          "CONSULT",
          "SUPPORT",
          "CONCEDE",
          "COOPERATE",
          "AID",
          "RETREAT",
          "REQUEST",
          "ACCUSE",
          "REJECT",
          "THREATEN",
          "PROTEST",
          "SANCTION",
          "MOBILIZE",
          "COERCE",
          "ASSAULT",
          NONE);

  private Tasks() {}

  /** Returns the known classes of a sentence task; throws for any other task. */
  public static List<String> classesOf(String task) {
    return switch (task) {
      case QUAD -> QUAD_CLASSES;
      case PLOVER -> PLOVER_CLASSES;
      default ->
          throw new IllegalArgumentException(
              "not a sentence task: " + task + " (known: quad, plover)");
    };
  }

  /**
   * Returns a label in its canonical spelling: quad classes in lower case, PLOVER types in upper
   * case, and {@code none} for null, blank, {@code -} or any case of {@code none}.
   */
  public static String normalize(String task, @Nullable String label) {
    if (label == null
        || label.isBlank()
        || label.trim().equals("-")
        || label.trim().equalsIgnoreCase(NONE)) {
      return NONE;
    }
    String t = label.trim();
    return task.equals(PLOVER) ? t.toUpperCase(Locale.ROOT) : t.toLowerCase(Locale.ROOT);
  }
}
