package org.annals.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Scores one sentence task (quad or plover). */
final class ClassScorer {
  private final String task;
  private final Map<String, String> systemLabelById;
  private final Map<String, SystemEvent> firstEventById;

  ClassScorer(
      String task, Map<String, String> systemLabelById, Map<String, SystemEvent> firstEventById) {
    this.task = task;
    this.systemLabelById = systemLabelById;
    this.firstEventById = firstEventById;
  }

  ClassScore score(List<GoldSentence> gold) {
    List<String[]> pairs = new ArrayList<>();
    List<SentenceError> errors = new ArrayList<>();
    Share source = new Share(0, 0);
    Share target = new Share(0, 0);
    int correct = 0;
    for (GoldSentence s : gold) {
      String g = Tasks.normalize(task, s.label());
      String p = Tasks.normalize(task, systemLabelById.get(s.id()));
      pairs.add(new String[] {g, p});
      if (!g.equals(p)) {
        errors.add(new SentenceError(s.id(), s.text(), g, p));
        continue;
      }
      correct++;
      if (!g.equals(Tasks.NONE)) {
        SystemEvent e = firstEventById.get(s.id());
        source = overlap(source, s.sources(), e == null ? "" : e.sourceText());
        target = overlap(target, s.targets(), e == null ? "" : e.targetText());
      }
    }
    List<String> classes = classes(pairs);
    boolean quad = task.equals(Tasks.QUAD);
    return new ClassScore(
        task,
        gold.size(),
        correct,
        classes,
        perClass(classes, pairs),
        confusion(classes, pairs),
        quad ? Optional.of(source) : Optional.empty(),
        quad ? Optional.of(target) : Optional.empty(),
        errors);
  }

  private static Share overlap(Share share, List<String> spans, String system) {
    if (spans.isEmpty()) {
      return share;
    }
    return share.add(spans.stream().anyMatch(span -> SpanOverlap.overlaps(system, span)));
  }

  /** The task's classes that occur, in task order, then any unknown system labels. */
  private List<String> classes(List<String[]> pairs) {
    List<String> classes = new ArrayList<>();
    for (String c : Tasks.classesOf(task)) {
      if (pairs.stream().anyMatch(p -> p[0].equals(c) || p[1].equals(c))) {
        classes.add(c);
      }
    }
    for (String[] p : pairs) {
      if (!classes.contains(p[1])) {
        classes.add(p[1]);
      }
    }
    return classes;
  }

  private static Map<String, Score> perClass(List<String> classes, List<String[]> pairs) {
    Map<String, Score> out = new LinkedHashMap<>();
    for (String c : classes) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (String[] p : pairs) {
        boolean gold = p[0].equals(c);
        boolean system = p[1].equals(c);
        tp += gold && system ? 1 : 0;
        fp += !gold && system ? 1 : 0;
        fn += gold && !system ? 1 : 0;
      }
      out.put(c, new Score(tp, fp, fn));
    }
    return out;
  }

  private static Map<String, Map<String, Integer>> confusion(
      List<String> classes, List<String[]> pairs) {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    for (String g : classes) {
      Map<String, Integer> row = new LinkedHashMap<>();
      classes.forEach(c -> row.put(c, 0));
      out.put(g, row);
    }
    pairs.forEach(p -> out.get(p[0]).merge(p[1], 1, Integer::sum));
    return out;
  }
}
