package org.annals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.annals.CodedArticle;
import org.annals.events.ActorRef;
import org.annals.events.CameoCode;
import org.annals.events.Event;
import org.annals.events.EventDate;
import org.annals.events.Mode;
import org.annals.format.EventWriter;
import org.annals.format.EventWriters;
import org.annals.ingest.Article;
import org.annals.nlp.ParsedArticle;
import org.annals.store.CodedLoad;
import org.annals.store.EventStore;
import org.annals.store.EventStores;
import org.annals.store.StoreException;
import org.annals.store.StoreStats;
import org.annals.store.StoreWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code annals bench-store}: loads synthetic coded articles into a store through {@link
 * EventStore#saveAll}, as {@code ingest} does, and reports events (mentions) stored per second.
 * A share of the events repeats an earlier happening, so the upsert of event counts is measured
 * too. Not a test: run it by hand and record the figure in docs/performance.md.
 */
@Command(name = "bench-store", mixinStandardHelpOptions = true,
    description = "Load synthetic events into a database and report events per second.")
final class StoreBenchCommand implements Callable<Integer> {
  private static final String[] COUNTRIES = {"USA", "RUS", "CHN", "UKR", "FRA", "DEU", "GBR",
      "NOR", "IRN", "ISR", "TUR", "IND", "PAK", "JPN", "KOR", "PRK", "BRA", "MEX", "EGY", "SAU",
      "SYR", "IRQ", "AFG", "POL", "ITA", "ESP", "CAN", "AUS", "ZAF", "NGA"};
  private static final String[] ROLES = {"", "GOV", "MIL", "OPP", "BUS", "COP"};
  private static final CameoCode[] CODES = {
    new CameoCode("010", "Make statement", 0.0, 1, "OTHER"),
    new CameoCode("036", "Express intent to meet or negotiate", 4.0, 1, "CONSULT"),
    new CameoCode("042", "Make a visit", 1.9, 1, "CONSULT"),
    new CameoCode("051", "Praise or endorse", 3.4, 1, "SUPPORT"),
    new CameoCode("057", "Sign formal agreement", 8.0, 1, "AGREE"),
    new CameoCode("070", "Provide aid", 7.0, 2, "AID"),
    new CameoCode("111", "Criticize or denounce", -2.0, 3, "DISAPPROVE"),
    new CameoCode("112", "Accuse", -2.0, 3, "ACCUSE"),
    new CameoCode("130", "Threaten", -4.4, 3, "THREATEN"),
    new CameoCode("163", "Impose embargo, boycott, or sanctions", -8.0, 4, "SANCTION"),
    new CameoCode("174", "Expel or deport individuals", -5.0, 4, "COERCE"),
    new CameoCode("190", "Use conventional military force", -10.0, 4, "ASSAULT"),
  };

  @Spec CommandSpec spec;

  @Option(names = "--events", defaultValue = "1000000",
      description = "Events (mentions) to load (default: ${DEFAULT-VALUE}; 0 with --api and --db"
          + " benchmarks the API of a database loaded before).")
  int events;

  @Option(names = "--per-article", defaultValue = "10",
      description = "Events per article (default: ${DEFAULT-VALUE}).")
  int perArticle;

  @Option(names = "--batch", defaultValue = "1000",
      description = "Articles per saveAll transaction (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--transaction-rows", defaultValue = "500000",
      description = "The batches that wait are committed together, up to this many rows"
          + " (articles and events) a transaction, as ingest does (default: ${DEFAULT-VALUE}).")
  int transactionRows;

  @Option(names = "--repeat", defaultValue = "0.3",
      description = "Share of events that repeat an earlier happening (default: ${DEFAULT-VALUE}).")
  double repeat;

  @Option(names = "--api",
      description = "Then serve the database (opened read-only, as serve does) on a loopback port"
          + " and report the latency percentiles of the main API requests.")
  boolean api;

  @Option(names = "--requests", defaultValue = "50",
      description = "With --api: timed requests of each kind (default: ${DEFAULT-VALUE}).")
  int requests;

  @Option(names = "--coded",
      description = "Write the events to a coded JSON Lines file first (as `annals code` writes"
          + " them; untimed, reported apart), then time `ingest --coded`'s bulk load of that file.")
  boolean coded;

  @Option(names = "--db",
      description = "The database to load (default: a new DuckDB file in a temporary"
          + " directory, deleted afterwards). Give an empty one: articles it holds are skipped.")
  String db;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (events < 0 || perArticle < 1 || batch < 1 || repeat < 0 || repeat >= 1 || requests < 1
        || transactionRows < 1) {
      throw new ParameterException(spec.commandLine(), "--per-article, --batch, --requests and"
          + " --transaction-rows must be positive, --events not negative, --repeat in [0, 1)");
    }
    if (events == 0 && (db == null || !api)) {
      throw new ParameterException(spec.commandLine(),
          "--events 0 (load nothing) is for --api over an existing --db");
    }
    PrintWriter out = spec.commandLine().getOut();
    Path tmp = db == null ? Files.createTempDirectory("annals-bench") : null;
    String where = db != null ? db : tmp.resolve("bench.duckdb").toString();
    try {
      if (events > 0 && coded) {
        loadCoded(where, out);
      } else if (events > 0) {
        load(where, out);
      }
      if (api) {
        try (EventStore served = EventStores.open(where, /* readOnly= */ true)) {
          out.printf("serving %,d events (%,d mentions)%n", served.stats().events(),
              served.stats().mentions());
          new ApiBench(requests).run(served, out);
        }
      }
      return 0;
    } catch (StoreException e) {
      spec.commandLine().getErr().println("annals bench-store: " + e.getMessage());
      return 3;
    } finally {
      if (tmp != null) {
        try (var files = Files.walk(tmp)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }

  /**
   * Loads the synthetic events through a {@link StoreWriter}, as {@code ingest} stores what it
   * codes, and prints the rates: the batches are made on this thread (as coding makes them) while
   * the writer's thread stores them, and the batches that wait are committed together.
   */
  private void load(String where, PrintWriter out) {
    EventStore store = EventStores.open(where);
    try {
      Generator gen = new Generator(new SplittableRandom(42));
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long processCpu = processCpuNanos();
      long mainCpu = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      int made = 0;
      int articles = 0;
      long[] fresh = new long[2];
      StoreWriter writer = new StoreWriter(store, transactionRows, r -> {
        fresh[0] += r.newEvents();
        fresh[1]++;
      });
      try {
        while (made < events) {
          List<CodedArticle> chunk = new ArrayList<>(batch);
          while (chunk.size() < batch && made < events) {
            int n = Math.min(perArticle, events - made);
            chunk.add(gen.article("bench-" + articles++, n));
            made += n;
          }
          writer.submit(chunk);
        }
      } finally {
        writer.close();
      }
      long generationCpu = threads.getCurrentThreadCpuTime() - mainCpu;
      StoreStats s = store.stats();
      String described = store.describe();
      long cpu = threads.getCurrentThreadCpuTime();
      store.close(); // the last checkpoint is part of the load
      // the writing thread's CPU time: what the load costs, whatever else the machine runs
      long writingCpu = writer.threadCpuNanos() + threads.getCurrentThreadCpuTime() - cpu;
      double secs = (System.nanoTime() - start) / 1e9;
      // every thread of the process, DuckDB's, the JIT's and the collector's included, and the
      // generation of the data too
      double processSecs = (processCpuNanos() - processCpu) / 1e9;
      out.printf("bench-store: %s%n", described.replaceFirst("^duckdb:.*", "duckdb (file)")
          + (db == null ? ", new file" : ""));
      out.printf("loaded %,d events (mentions) of %,d articles in batches of %,d articles,"
          + " %,d transactions (at most %,d rows each); %,d distinct events (%,d new)%n", made,
          articles, batch, fresh[1], transactionRows, s.events(), fresh[0]);
      out.printf("load time (first batch to close) %.2f s: %,.0f events/s (%,.0f articles/s)%n",
          secs, made / secs, articles / secs);
      out.printf("writing thread CPU %.2f s: %,.0f events per CPU-second; making the batches"
          + " %.2f s%n", writingCpu / 1e9, made / (writingCpu / 1e9), generationCpu / 1e9);
      out.printf("process CPU %.2f s: %,.0f events per process CPU-second%n", processSecs,
          made / processSecs);
      out.flush();
    } finally {
      store.close();
    }
  }

  /**
   * Writes the synthetic events to a coded JSON Lines file, then loads that file through {@link
   * EventStore#loadCoded}, as {@code ingest --coded} does, and prints the rates. The load is timed
   * from opening the store to the end of its final {@code close} (the last checkpoint).
   */
  private void loadCoded(String where, PrintWriter out) throws IOException {
    Path dir = Files.createTempDirectory("annals-bench-coded");
    Path file = dir.resolve("bench.coded.jsonl");
    try {
      long start = System.nanoTime();
      int articles = 0;
      Generator gen = new Generator(new SplittableRandom(42));
      try (EventWriter w = EventWriters.jsonLines(Files.newBufferedWriter(file))) {
        for (int made = 0; made < events; articles++) {
          int n = Math.min(perArticle, events - made);
          CodedArticle a = gen.article("bench-" + articles, n);
          w.writeArticle(a.parsed().article(), a.events());
          made += n;
        }
      }
      out.printf("wrote %,d events of %,d articles to a coded JSON Lines file of %,d MB in"
          + " %.2f s (not timed below)%n", events, articles, Files.size(file) >> 20,
          (System.nanoTime() - start) / 1e9);
      long processCpu = processCpuNanos();
      start = System.nanoTime();
      CodedLoad r;
      String described;
      StoreStats s;
      try (EventStore store = EventStores.open(where)) {
        r = store.loadCoded(file);
        s = store.stats();
        described = store.describe();
      } // the last checkpoint is part of the load
      double secs = (System.nanoTime() - start) / 1e9;
      double processSecs = (processCpuNanos() - processCpu) / 1e9;
      out.printf("bench-store --coded: %s%n", described.replaceFirst("^duckdb:.*", "duckdb (file)")
          + (db == null ? ", new file" : ""));
      out.printf("loaded %,d events (mentions) of %,d articles in one transaction; %,d distinct"
          + " events (%,d new), %,d lines quarantined%n", r.mentions(), r.articles(), s.events(),
          r.newEvents(), r.quarantined().size());
      out.printf("load time (open to close) %.2f s: %,.0f events/s (%,.0f articles/s)%n", secs,
          r.mentions() / secs, r.articles() / secs);
      out.printf("process CPU %.2f s: %,.0f events per process CPU-second%n", processSecs,
          r.mentions() / processSecs);
      out.flush();
    } finally {
      Files.deleteIfExists(file);
      Files.delete(dir);
    }
  }

  /** The CPU time of the whole process, or 0 if the JVM does not tell. */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
  }

  /** Makes synthetic coded articles; a share of events repeat a recent happening. */
  private final class Generator {
    private final SplittableRandom random;
    private final Event[] recent = new Event[10_000];
    private int seen;

    Generator(SplittableRandom random) {
      this.random = random;
    }

    CodedArticle article(String id, int n) {
      LocalDate published = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(1500));
      String text = "Synthetic article " + id + ".";
      List<Event> list = new ArrayList<>(n);
      for (int i = 1; i <= n; i++) {
        list.add(event(id, i, published));
      }
      Article a = new Article(id, Optional.of(published), "bench", "Bench " + id, text,
          Map.of("url", "http://example.org/" + id));
      return new CodedArticle(new ParsedArticle(a, text, List.of()), list, Map.of());
    }

    private Event event(String doc, int i, LocalDate published) {
      Event like = seen > 0 && random.nextDouble() < repeat
          ? recent[random.nextInt(Math.min(seen, recent.length))] : null;
      ActorRef source = like != null ? like.source() : actor();
      ActorRef target = like != null ? like.target() : actor();
      CameoCode code = like != null ? like.code() : CODES[random.nextInt(CODES.length)];
      Optional<EventDate> date = like != null ? like.date() : Optional.of(new EventDate(
          published.minusDays(random.nextInt(3)), EventDate.Precision.DAY, "relative"));
      String evidence = source.text() + " and " + target.text() + " in sentence " + i + " of "
          + doc + ", a synthetic sentence of about the length of a news sentence.";
      Event e = new Event(doc, doc + "#" + i, source, target, code, date, Mode.ASSERTED, i,
          "verbed", 40 * i, 40 * i + 6, evidence, "bench-" + code.code(), Optional.empty(),
          Optional.empty(), Optional.empty(), Optional.empty());
      recent[seen++ % recent.length] = e;
      return e;
    }

    private ActorRef actor() {
      String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
      String code = country + ROLES[random.nextInt(ROLES.length)];
      return new ActorRef(code, country + " officials", 0, 12, code.toLowerCase(
          java.util.Locale.ROOT));
    }
  }
}
