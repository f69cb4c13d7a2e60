package org.annals.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.annals.BatchCoder;
import org.annals.EventCoder;
import org.annals.StageTimer.Stage;
import org.annals.StageTimes;
import org.annals.ingest.Article;
import org.annals.nlp.NlpPipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code annals bench FILE...}: codes the articles of each file and prints, as Markdown tables,
 * articles/s, sentences/s, the share of sentences parsed, the share of time per stage and the peak
 * heap. The articles are read into memory first, so the figures are of coding alone.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure coding speed: articles/s, sentences/s, time per stage, peak heap.")
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*",
      description = "Inputs as for `code` (text, JSON Lines, WARC); each is measured apart.")
  List<String> files;

  @Mixin CodingOptions coding = new CodingOptions();

  @Option(names = "--limit", paramLabel = "N",
      description = "Code at most the first N articles of each file (default: all).")
  int limit = Integer.MAX_VALUE;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "50",
      description = "Articles of the first file coded first and not counted, to warm up the JIT"
          + " (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    HeapWatch heap = HeapWatch.start();
    AtomicInteger skipped = new AtomicInteger();
    List<List<Article>> inputs = new ArrayList<>();
    for (String f : files) {
      inputs.add(read(f, err, skipped));
    }
    long t0 = System.nanoTime();
    StageTimes times = new StageTimes();
    EventCoder coder = EventCoder.builder()
        .nlp(NlpPipelines.coreNlp(/* accurate= */ coding.profile == Coders.Profile.ACCURATE))
        .timer(times).build();
    double load = (System.nanoTime() - t0) / 1e9;
    List<Row> rows = new ArrayList<>();
    try (BatchCoder batch = new BatchCoder(coder, coding.threads)) {
      List<Article> first = inputs.get(0);
      run(batch, first.subList(0, Math.min(warmup, first.size())), err, skipped);
      for (int i = 0; i < files.size(); i++) {
        times.reset();
        double before = os().getSystemLoadAverage();
        long cpu = os().getProcessCpuTime();
        long start = System.nanoTime();
        long events = run(batch, inputs.get(i), err, skipped);
        rows.add(Row.of(name(files.get(i)), inputs.get(i).size(), events,
            (System.nanoTime() - start) / 1e9, (os().getProcessCpuTime() - cpu) / 1e9,
            Math.max(before, os().getSystemLoadAverage()), times));
      }
    }
    BenchReport.print(out, header(load), rows, heap.stop());
    out.flush();
    return skipped.get() > 0 ? 1 : 0;
  }

  /** The JVM's CPU time (all its threads, GC and JIT included) and the machine's load. */
  private static com.sun.management.OperatingSystemMXBean os() {
    return (com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
  }

  private String header(double load) {
    return String.format(Locale.ROOT,
        "annals bench: profile %s, %d threads, %d cores, warm-up %d articles, models loaded in"
            + " %.1f s, max heap %,d MB",
        coding.profile.name().toLowerCase(Locale.ROOT), coding.threads,
        Runtime.getRuntime().availableProcessors(), warmup, load,
        Runtime.getRuntime().maxMemory() >> 20);
  }

  private List<Article> read(String file, PrintWriter err, AtomicInteger skipped) {
    List<Article> out = new ArrayList<>();
    try (Inputs in = new Inputs(List.of(file), null, System.in, b -> {
          err.println(b.message());
          skipped.addAndGet(b.skipped() ? 1 : 0);
        })) {
      while (out.size() < limit && in.hasNext()) {
        out.add(in.next());
      }
    }
    return out;
  }

  private static long run(BatchCoder batch, List<Article> articles, PrintWriter err,
      AtomicInteger skipped) {
    AtomicLong events = new AtomicLong();
    batch.codeAll(articles.iterator(), c -> events.addAndGet(c.events().size()), (a, e) -> {
      err.println(a.id() + ": coding failed: " + e);
      skipped.incrementAndGet();
    });
    return events.get();
  }

  private static String name(String file) {
    int slash = file.lastIndexOf('/');
    return slash < 0 ? file : file.substring(slash + 1);
  }

  /**
   * The figures of one input: counts, wall-clock and CPU seconds, the highest load average seen
   * (other processes slow a run down) and thread-nanoseconds per stage.
   */
  record Row(String input, long articles, long sentences, long selected, long events,
      double seconds, double cpuSeconds, double load, long[] stageNanos) {
    static Row of(String input, long articles, long events, double seconds, double cpuSeconds,
        double load, StageTimes t) {
      long[] nanos = new long[Stage.values().length];
      for (Stage s : Stage.values()) {
        nanos[s.ordinal()] = t.nanos(s);
      }
      return new Row(input, articles, t.sentences(), t.selected(), events, seconds, cpuSeconds,
          load, nanos);
    }

    /** Adds two rows (for the total). */
    Row plus(Row o) {
      long[] nanos = stageNanos.clone();
      for (int i = 0; i < nanos.length; i++) {
        nanos[i] += o.stageNanos[i];
      }
      return new Row("all", articles + o.articles, sentences + o.sentences,
          selected + o.selected, events + o.events, seconds + o.seconds,
          cpuSeconds + o.cpuSeconds, Math.max(load, o.load), nanos);
    }
  }
}
