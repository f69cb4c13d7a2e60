package org.annals.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.annals.StageTimer.Stage;

/** Prints the figures of {@code annals bench} as Markdown tables. */
final class BenchReport {
  private BenchReport() {}

  static void print(PrintWriter out, String header, List<BenchCommand.Row> rows,
      HeapWatch.Peak heap) {
    out.println(header);
    out.println();
    out.println("| input | articles | sentences | parsed | seconds | articles/s | sentences/s"
        + " | CPU s | articles per CPU-s | load avg | events |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    List<BenchCommand.Row> all = withTotal(rows);
    for (BenchCommand.Row r : all) {
      out.println(String.format(Locale.ROOT,
          "| %s | %d | %d | %.1f%% | %.1f | %.2f | %.0f | %.1f | %.2f | %.1f | %d |", r.input(),
          r.articles(), r.sentences(), pct(r.selected(), r.sentences()), r.seconds(),
          r.articles() / r.seconds(), r.sentences() / r.seconds(), r.cpuSeconds(),
          r.articles() / r.cpuSeconds(), r.load(), r.events()));
    }
    out.println();
    StringBuilder head = new StringBuilder("| input |");
    StringBuilder rule = new StringBuilder("|---|");
    for (Stage s : Stage.values()) {
      head.append(' ').append(s.label()).append(" |");
      rule.append("---:|");
    }
    out.println("Share of CPU time per stage (coding threads), and the sentences per CPU-second"
        + " of the stages after CoreNLP (actors, coding, dates and modes, linking) and of all our"
        + " own code (those, cleaning and selection):");
    out.println();
    out.println(head + " after CoreNLP | after-CoreNLP sentences/s per core"
        + " | own code sentences/s per core |");
    out.println(rule + "---:|---:|---:|");
    for (BenchCommand.Row r : all) {
      long total = 0;
      long after = 0;
      long own = 0;
      for (Stage s : Stage.values()) {
        total += r.stageNanos()[s.ordinal()];
        after += s.afterCoreNlp() ? r.stageNanos()[s.ordinal()] : 0;
        own += s.ownCode() ? r.stageNanos()[s.ordinal()] : 0;
      }
      StringBuilder line = new StringBuilder("| " + r.input() + " |");
      for (Stage s : Stage.values()) {
        line.append(String.format(Locale.ROOT, " %.1f%% |", pct(r.stageNanos()[s.ordinal()],
            total)));
      }
      line.append(String.format(Locale.ROOT, " %.1f%% | %.0f | %.0f |", pct(after, total),
          r.sentences() / Math.max(1e-9, after / 1e9), r.sentences() / Math.max(1e-9, own / 1e9)));
      out.println(line);
    }
    out.println();
    out.println(String.format(Locale.ROOT,
        "Peak heap: %,d MB used (young garbage included), %,d MB live after a collection.",
        heap.usedMb(), heap.afterGcMb()));
  }

  private static List<BenchCommand.Row> withTotal(List<BenchCommand.Row> rows) {
    if (rows.size() < 2) {
      return rows;
    }
    BenchCommand.Row total = rows.get(0);
    for (int i = 1; i < rows.size(); i++) {
      total = total.plus(rows.get(i));
    }
    List<BenchCommand.Row> out = new java.util.ArrayList<>(rows);
    out.add(total);
    return out;
  }

  private static double pct(long part, long whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }
}
