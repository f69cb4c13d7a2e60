package org.annals.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.annals.events.CameoCode;
import org.annals.events.EventDate;
import org.annals.events.Mode;

/**
 * Scores system output against gold data by the rules of FORMAT.md.
 *
 * <p><b>Traps.</b> A gold event with mode {@code negated} or {@code hypothetical} is a trap. A
 * system event matched to a trap with another mode is a false positive, and the trap is left out of
 * recall. A system event matched to a trap <em>with the same mode</em> is scored as a true
 * positive, and only then does the trap count in recall's denominator: the system coded correctly
 * that the event did not (or might) happen, and counting it neither way would make precision ignore
 * a correct output. A trap nothing matches is neither a false negative nor counted.
 *
 * <p><b>Matched pairs</b> in the agreement figures are the true-positive pairs. System events of
 * documents that are not in the gold are ignored.
 */
public final class Evaluation {
  private Evaluation() {}

  /**
   * Scores task {@code events}: matches each gold document's events to the system events coded for
   * that document (rules 1 to 3) and computes the figures of rule 4.
   *
   * @param gold the gold documents
   * @param systemByDoc the system events by document id; a document with no entry has no events
   */
  public static EventScore scoreEvents(
      List<GoldDocument> gold, Map<String, List<SystemEvent>> systemByDoc) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(systemByDoc, "systemByDoc");
    EventTally tally = new EventTally();
    for (GoldDocument doc : gold) {
      tally.add(doc, EventMatcher.match(doc, systemByDoc.getOrDefault(doc.id(), List.of())));
    }
    return tally.score(gold.size());
  }

  /**
   * Scores task {@code quad} or {@code plover}: accuracy, macro-F1 over the classes that occur in
   * gold or system output, the confusion table, and for quad the actor span overlap.
   *
   * @param task {@code quad} or {@code plover}
   * @param gold the gold sentences
   * @param systemLabelById the system's class by sentence id; an absent, blank or {@code -} label
   *     is {@code none}
   * @param firstEventById the first system event (in trigger order) by sentence id, for the quad
   *     span overlap
   */
  public static ClassScore scoreClasses(
      String task,
      List<GoldSentence> gold,
      Map<String, String> systemLabelById,
      Map<String, SystemEvent> firstEventById) {
    Tasks.classesOf(task);
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(systemLabelById, "systemLabelById");
    Objects.requireNonNull(firstEventById, "firstEventById");
    return new ClassScorer(task, systemLabelById, firstEventById).score(gold);
  }

  /** Returns the first event of each document in trigger order (the system's sentence event). */
  public static Map<String, SystemEvent> firstEvents(Map<String, List<SystemEvent>> byDoc) {
    Map<String, SystemEvent> first = new LinkedHashMap<>();
    byDoc.forEach(
        (doc, events) ->
            events.stream()
                .min(Comparator.comparingInt(SystemEvent::triggerBegin))
                .ifPresent(e -> first.put(doc, e)));
    return first;
  }

  /** Returns the quad class name of a system event ({@code statement}, {@code verbal_coop}...). */
  public static String quadLabel(SystemEvent e) {
    return CameoCode.quadNameOf(e.code());
  }

  /** Returns a label for each event, e.g. with {@link #quadLabel} or a CAMEO-to-PLOVER lookup. */
  public static Map<String, String> labels(
      Map<String, SystemEvent> firstEventById, Function<SystemEvent, String> label) {
    Map<String, String> labels = new LinkedHashMap<>();
    firstEventById.forEach((id, e) -> labels.put(id, label.apply(e)));
    return labels;
  }

  /** Accumulates document results into an {@link EventScore}. */
  private static final class EventTally {
    private final List<DocumentResult> results = new ArrayList<>();
    private final Map<String, Score> perRoot = new TreeMap<>();
    private Score overall = Score.ZERO;
    private Share code = new Share(0, 0);
    private Share date = new Share(0, 0);
    private Share mode = new Share(0, 0);
    private Share cause = new Share(0, 0);

    void add(GoldDocument doc, DocumentResult r) {
      results.add(r);
      overall = overall.plus(r.score());
      for (MatchedPair p : r.matched()) {
        root(p.gold().root(), new Score(1, 0, 0));
        code = code.add(p.codeAgrees());
        mode = mode.add(Mode.parse(p.gold().mode()) == Mode.parse(p.system().mode()));
        EventDate.parse(p.gold().date(), "gold").ifPresent(g -> date = date.add(dateAgrees(g, p)));
      }
      r.trapHits().forEach(p -> root(p.system().root(), new Score(0, 1, 0)));
      r.falseEvents().forEach(s -> root(s.root(), new Score(0, 1, 0)));
      r.missed().forEach(g -> root(g.root(), new Score(0, 0, 1)));
      cause = CauseLinks.tally(cause, doc.events(), r);
    }

    private static boolean dateAgrees(EventDate gold, MatchedPair p) {
      return EventDate.parse(p.system().date(), "system")
          .map(s -> s.agreesWith(gold))
          .orElse(false);
    }

    private void root(String root, Score s) {
      perRoot.merge(root, s, Score::plus);
    }

    EventScore score(int documents) {
      return new EventScore(
          documents, overall, code, date, mode, cause, new TreeMap<>(perRoot), results);
    }
  }
}
