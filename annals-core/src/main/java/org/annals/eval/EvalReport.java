package org.annals.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Renders scores: a text report for people, a JSON object for tools, and an error listing that
 * shows, per document or sentence, what the system missed and what it reported wrongly.
 */
public final class EvalReport {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private EvalReport() {}

  /** Returns the text report of task {@code events}: figures, then the per-root table. */
  public static String text(String file, EventScore s) {
    StringBuilder out = new StringBuilder();
    out.append("events  ").append(file).append('\n');
    line(out, "documents", Integer.toString(s.documents()));
    line(
        out,
        "gold events",
        s.goldEvents() + "  (" + s.ignoredTraps() + " negated/hypothetical left out of recall)");
    line(out, "system events", Integer.toString(s.systemEvents()));
    line(out, "precision", ratio(s.precision(), s.overall().tp(), s.systemEvents()));
    line(out, "recall", ratio(s.recall(), s.overall().tp(), s.goldEvents()));
    line(out, "F1", fmt(s.f1()));
    line(out, "code agreement", share(s.codeAgreement()));
    line(out, "date agreement", share(s.dateAgreement()));
    line(out, "mode agreement", share(s.modeAgreement()));
    line(out, "cause recall", share(s.causeRecall()));
    out.append('\n').append(Tables.scores("root", s.perRoot(), s.overall()));
    return out.toString();
  }

  /** Returns the text report of task {@code quad} or {@code plover}. */
  public static String text(String file, ClassScore s) {
    StringBuilder out = new StringBuilder();
    out.append(s.task()).append("  ").append(file).append('\n');
    line(out, "sentences", Integer.toString(s.n()));
    line(out, "accuracy", ratio(s.accuracy(), s.correct(), s.n()));
    line(out, "macro-F1", fmt(s.macroF1()) + "  (over " + s.classes().size() + " classes)");
    s.sourceOverlap().ifPresent(o -> line(out, "source overlap", share(o)));
    s.targetOverlap().ifPresent(o -> line(out, "target overlap", share(o)));
    out.append('\n').append(Tables.scores("class", s.perClass(), null));
    out.append('\n').append(Tables.confusion(s.classes(), s.confusion()));
    return out.toString();
  }

  /**
   * Returns the JSON summary of task {@code events}: {@code n} is the number of gold documents;
   * figures are rounded to 4 decimals, and {@code shares} gives the counts behind each share.
   */
  public static ObjectNode json(String file, EventScore s) {
    ObjectNode o = JSON.objectNode();
    o.put("file", file);
    o.put("task", Tasks.EVENTS);
    o.put("n", s.documents());
    o.put("gold_events", s.goldEvents());
    o.put("system_events", s.systemEvents());
    o.put("ignored_traps", s.ignoredTraps());
    counts(o, s.overall());
    o.put("code_agreement", round(s.codeAgreement().value()));
    o.put("date_agreement", round(s.dateAgreement().value()));
    o.put("mode_agreement", round(s.modeAgreement().value()));
    o.put("cause_recall", round(s.causeRecall().value()));
    ObjectNode shares = o.putObject("shares");
    shares.set("code_agreement", shareNode(s.codeAgreement()));
    shares.set("date_agreement", shareNode(s.dateAgreement()));
    shares.set("mode_agreement", shareNode(s.modeAgreement()));
    shares.set("cause_recall", shareNode(s.causeRecall()));
    ObjectNode roots = o.putObject("per_root");
    s.perRoot().forEach((root, score) -> counts(roots.putObject(root), score));
    return o;
  }

  /** Returns the JSON summary of task {@code quad} or {@code plover}. */
  public static ObjectNode json(String file, ClassScore s) {
    ObjectNode o = JSON.objectNode();
    o.put("file", file);
    o.put("task", s.task());
    o.put("n", s.n());
    o.put("correct", s.correct());
    o.put("accuracy", round(s.accuracy()));
    o.put("macro_f1", round(s.macroF1()));
    s.sourceOverlap().ifPresent(v -> o.put("source_overlap", round(v.value())));
    s.targetOverlap().ifPresent(v -> o.put("target_overlap", round(v.value())));
    if (s.sourceOverlap().isPresent() || s.targetOverlap().isPresent()) {
      ObjectNode shares = o.putObject("shares");
      s.sourceOverlap().ifPresent(v -> shares.set("source_overlap", shareNode(v)));
      s.targetOverlap().ifPresent(v -> shares.set("target_overlap", shareNode(v)));
    }
    ObjectNode classes = o.putObject("per_class");
    s.perClass().forEach((c, score) -> counts(classes.putObject(c), score));
    ObjectNode confusion = o.putObject("confusion");
    s.confusion()
        .forEach(
            (g, row) -> {
              ObjectNode r = confusion.putObject(g);
              row.forEach(r::put);
            });
    return o;
  }

  /**
   * Returns the error listing of task {@code events}: per document with errors, the missed gold
   * events (source, target, code, trigger, evidence), the system's false events, the traps hit, and
   * matched pairs that disagree on code, date or mode.
   */
  public static String errors(EventScore s) {
    return errors(s, (doc, g) -> "");
  }

  /**
   * Returns the error listing of task {@code events}, with, under each missed gold event, why the
   * coder missed it ({@code why} gives a cause word, then detail), and a count of the causes.
   */
  public static String errors(EventScore s, java.util.function.BiFunction<String, GoldEvent,
      String> why) {
    java.util.Map<String, Integer> causes = new java.util.TreeMap<>();
    StringBuilder out = new StringBuilder();
    for (DocumentResult r : s.results()) {
      List<MatchedPair> differing = r.matched().stream().filter(EvalReport::differs).toList();
      if (!r.hasErrors() && differing.isEmpty()) {
        continue;
      }
      out.append("== ")
          .append(r.doc())
          .append(
              String.format(
                  Locale.ROOT,
                  "  tp %d  fp %d  fn %d%n",
                  r.matched().size(),
                  r.falseEvents().size() + r.trapHits().size(),
                  r.missed().size()));
      for (GoldEvent g : r.missed()) {
        out.append("  missed ").append(gold(g)).append('\n');
        String because = why.apply(r.doc(), g);
        if (!because.isEmpty()) {
          out.append("         why: ").append(because).append('\n');
          causes.merge(because.split(" ", 2)[0], 1, Integer::sum);
        }
      }
      r.falseEvents().forEach(e -> out.append("  false  ").append(system(e)).append('\n'));
      r.trapHits()
          .forEach(
              p ->
                  out.append("  trap   ")
                      .append(gold(p.gold()))
                      .append("\n         system: ")
                      .append(system(p.system()))
                      .append('\n'));
      differing.forEach(
          p ->
              out.append("  differ ")
                  .append(gold(p.gold()))
                  .append("\n         system: ")
                  .append(system(p.system()))
                  .append('\n'));
    }
    if (!causes.isEmpty()) {
      out.append("== why the missed events were missed\n");
      causes.forEach((c, n) -> out.append(String.format(Locale.ROOT, "  %-12s %4d%n", c, n)));
    }
    return out.toString();
  }

  /** Returns the error listing of a sentence task: each wrongly classed sentence. */
  public static String errors(ClassScore s) {
    StringBuilder out = new StringBuilder();
    for (SentenceError e : s.errors()) {
      out.append(
          String.format(
              Locale.ROOT,
              "%s  gold %s  system %s%n  %s%n",
              e.id(),
              e.gold(),
              e.system(),
              e.text()));
    }
    return out.toString();
  }

  private static boolean differs(MatchedPair p) {
    return !p.codeAgrees()
        || !EventMatcher.sameMode(p.gold().mode(), p.system().mode())
        || p.gold().date() != null && !p.gold().date().equals(p.system().date());
  }

  private static String gold(GoldEvent g) {
    return String.format(
        Locale.ROOT,
        "%s -> %s  %s  %s  %s  \"%s\"  %s",
        g.source(),
        g.target(),
        g.code(),
        g.mode(),
        g.date(),
        g.trigger(),
        g.evidence());
  }

  private static String system(SystemEvent e) {
    return String.format(
        Locale.ROOT,
        "%s -> %s  %s  %s  %s  [%s | %s]  sentence %d  %s",
        e.source(),
        e.target(),
        e.code(),
        e.mode(),
        e.date(),
        e.sourceText(),
        e.targetText(),
        e.sentence(),
        e.id());
  }

  private static void line(StringBuilder out, String label, String value) {
    out.append(String.format(Locale.ROOT, "  %-16s %s%n", label, value));
  }

  private static String ratio(double value, int hits, int total) {
    return fmt(value) + "  (" + hits + "/" + total + ")";
  }

  private static String share(Share s) {
    return ratio(s.value(), s.hits(), s.total());
  }

  static String fmt(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }

  private static double round(double value) {
    return Math.round(value * 10000.0) / 10000.0;
  }

  private static ObjectNode shareNode(Share s) {
    ObjectNode o = JSON.objectNode();
    o.put("hits", s.hits());
    o.put("total", s.total());
    return o;
  }

  private static void counts(ObjectNode o, Score s) {
    o.put("precision", round(s.precision()));
    o.put("recall", round(s.recall()));
    o.put("f1", round(s.f1()));
    o.put("tp", s.tp());
    o.put("fp", s.fp());
    o.put("fn", s.fn());
  }

  /** Aligned text tables. */
  private static final class Tables {
    static String scores(String key, Map<String, Score> rows, @Nullable Score total) {
      int w =
          Math.max(key.length(), rows.keySet().stream().mapToInt(String::length).max().orElse(0));
      String format = "  %-" + w + "s %6s %6s %6s %9s %9s %9s%n";
      StringBuilder out =
          new StringBuilder(
              String.format(
                  Locale.ROOT, format, key, "tp", "fp", "fn", "precision", "recall", "F1"));
      rows.forEach((k, s) -> out.append(row(format, k, s)));
      if (total != null) {
        out.append(row(format, "all", total));
      }
      return out.toString();
    }

    private static String row(String format, String k, Score s) {
      return String.format(
          Locale.ROOT,
          format,
          k,
          s.tp(),
          s.fp(),
          s.fn(),
          fmt(s.precision()),
          fmt(s.recall()),
          fmt(s.f1()));
    }

    static String confusion(List<String> classes, Map<String, Map<String, Integer>> table) {
      String corner = "gold \\ system";
      int first =
          Math.max(corner.length(), classes.stream().mapToInt(String::length).max().orElse(0));
      StringBuilder out = new StringBuilder("  ").append(pad(corner, first, true));
      classes.forEach(c -> out.append(' ').append(pad(c, width(c), false)));
      out.append('\n');
      for (String g : classes) {
        out.append("  ").append(pad(g, first, true));
        Map<String, Integer> row = table.getOrDefault(g, Map.of());
        classes.forEach(
            c ->
                out.append(' ')
                    .append(pad(Integer.toString(row.getOrDefault(c, 0)), width(c), false)));
        out.append('\n');
      }
      return out.toString();
    }

    private static int width(String label) {
      return Math.max(label.length(), 5);
    }

    private static String pad(String s, int width, boolean left) {
      String spaces = " ".repeat(Math.max(0, width - s.length()));
      return left ? s + spaces : spaces + s;
    }
  }
}
