package org.annals.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import org.annals.BatchCoder;
import org.annals.CodedArticle;
import org.annals.ingest.Article;
import org.annals.ingest.BadRecord;
import org.annals.store.ArticleState;
import org.annals.store.CodedLoad;
import org.annals.store.EventStore;
import org.annals.store.EventStores;
import org.annals.store.SaveResult;
import org.annals.store.StoreException;
import org.annals.store.StoreStats;
import org.annals.store.StoreWriter;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code annals ingest FILE...}: codes articles and stores their events, mentions and actors in
 * a database. Articles the database holds already are skipped before coding, and each batch is
 * committed whole, so the same command run again (after a kill, say) finishes the job with nothing
 * stored twice. Bad records go to the quarantine table. With {@code --coded} the files hold events
 * coded elsewhere, which DuckDB loads itself ({@link EventStore#loadCoded}). Exit code 0 when
 * every input was read, 1 when some records were skipped, 2 for a usage error, 3 when the
 * database failed.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Code articles and store their events in a database (a DuckDB file, or"
        + " PostgreSQL).")
final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*",
      description = "Text files (one article each), .jsonl files of articles, or - for stdin;"
          + " with --coded, files of coded events.")
  List<String> files;

  @Option(names = "--coded",
      description = "The files hold events coded elsewhere, the JSON lines of `annals code`: load"
          + " them without coding, by DuckDB's own reader, one transaction a file.")
  boolean codedFiles;

  @Option(names = "--db", defaultValue = "annals.duckdb",
      description = "A DuckDB file (default: ${DEFAULT-VALUE}) or a PostgreSQL URL"
          + " (postgresql://user:password@host:port/db).")
  String db;

  @Option(names = "--date", description = "Publication date of text articles (YYYY-MM-DD).")
  LocalDate date;

  @Mixin CodingOptions coding = new CodingOptions();

  @Option(names = "--batch", defaultValue = "100",
      description = "Articles per transaction (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--transaction-rows", defaultValue = "500000",
      description = "When coding is ahead of storing, the batches that wait are committed"
          + " together, up to this many rows (articles and events) a transaction (default:"
          + " ${DEFAULT-VALUE}).")
  int transactionRows = 500_000;

  @Option(names = {"-q", "--quiet"}, description = "No progress line.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "A line on standard error per commit.")
  boolean verbose;

  @Override
  public Integer call() {
    if (batch < 1 || coding.threads < 1 || transactionRows < 1) {
      throw new ParameterException(spec.commandLine(),
          "--batch, --threads and --transaction-rows must be positive");
    }
    PrintWriter err = spec.commandLine().getErr();
    if (codedFiles && EventStores.isPostgres(db)) {
      err.println("annals ingest: --coded loads into a DuckDB file only (DuckDB reads the files"
          + " itself); ingest the articles into PostgreSQL without --coded");
      return 2;
    }
    try (EventStore store = EventStores.open(db)) {
      return codedFiles ? loadCoded(store, err) : into(store, err);
    } catch (StoreException e) {
      err.println("annals ingest: " + e.getMessage());
      return 3;
    }
  }

  /**
   * Codes the files into an open store, as the command does; {@code serve --ingest} calls it on
   * the store it serves. Returns the command's exit code.
   */
  int into(EventStore store, PrintWriter err) {
    Progress progress =
        new Progress(err, !quiet && System.console() != null, Inputs.estimate(files));
    try {
      Run run = new Run(store, err, progress);
      // batches are written on the writer's thread while the next ones are coded
      try (StoreWriter writer = new StoreWriter(store, transactionRows, run::committed)) {
        run.writer = writer;
        try (Inputs in = new Inputs(files, date, System.in, run::bad)) {
          Iterator<Article> fresh = new FreshArticles(in, store, run);
          if (fresh.hasNext()) { // load the models only when there is something to code
            try (BatchCoder coder = new BatchCoder(Coders.get(coding.profile), coding.threads)) {
              coder.codeAll(fresh, run::coded, run::failed);
            }
          }
        }
        run.flush();
      }
      progress.finish();
      run.summary(store.stats());
      return run.skippedRecords > 0 ? 1 : 0;
    } catch (StoreException e) {
      progress.finish();
      err.println("annals ingest: " + e.getMessage());
      return 3;
    }
  }

  /**
   * Loads files of coded events into an open store, a transaction a file, and prints what each
   * stored and a summary. Returns the command's exit code.
   */
  private int loadCoded(EventStore store, PrintWriter err) {
    int articles = 0;
    int alreadyStored = 0;
    long mentions = 0;
    long newEvents = 0;
    int quarantined = 0;
    for (String f : files) {
      Path file = Path.of(f);
      if (!Files.isRegularFile(file)) {
        err.println(f + ": no such file");
        store.quarantine(List.of(new BadRecord(f, 0, "no such file", true)));
        quarantined++;
        continue;
      }
      CodedLoad r = store.loadCoded(file);
      r.quarantined().forEach(b -> err.println(b.message()));
      if (verbose) {
        err.printf("%s: %d articles, %d events stored%n", f, r.articles(), r.mentions());
      }
      articles += r.articles();
      alreadyStored += r.alreadyStored();
      mentions += r.mentions();
      newEvents += r.newEvents();
      quarantined += r.quarantined().size();
    }
    StoreStats s = store.stats();
    err.printf("ingest --coded: %d articles stored, %d already stored; %d events stored, %d new;"
        + " %d records quarantined%n", articles, alreadyStored, mentions, newEvents, quarantined);
    err.printf("%s: %d articles, %d events, %d mentions, %d actors, %d quarantined%n",
        store.describe(), s.articles(), s.events(), s.mentions(), s.actors(), s.quarantined());
    err.flush();
    return quarantined > 0 ? 1 : 0;
  }

  /**
   * The state of one ingest: the batch not yet handed to the writer and the counts for the
   * summary, which the writer's thread adds to as it commits.
   */
  private final class Run {
    private final EventStore store;
    private @Nullable StoreWriter writer;
    private final PrintWriter err;
    private final Progress progress;
    private final List<CodedArticle> pending = new ArrayList<>();
    private final List<BadRecord> quarantine = new ArrayList<>();
    private long oldestPending;
    int stored;
    int alreadyStored;
    int skippedRecords;
    long mentions;
    long newEvents;

    Run(EventStore store, PrintWriter err, Progress progress) {
      this.store = store;
      this.err = err;
      this.progress = progress;
    }

    synchronized void bad(BadRecord b) {
      err.println(b.message());
      quarantine.add(b);
      if (b.skipped()) {
        skippedRecords++;
      }
    }

    synchronized void alreadyStored(Article a, ArticleState state) {
      progress.tick(0);
      if (state == ArticleState.CHANGED) {
        bad(new BadRecord(a.id(), 0,
            "article id already stored with another text; the stored one is kept", true));
      } else {
        alreadyStored++;
      }
    }

    void coded(CodedArticle c) {
      if (pending.isEmpty()) {
        oldestPending = System.nanoTime();
      }
      pending.add(c);
      progress.tick(c.events().size());
      // commit per batch, and at least every 10 s so that a slow run loses little when killed
      if (pending.size() >= batch || System.nanoTime() - oldestPending > 10_000_000_000L) {
        flush();
      }
    }

    void failed(Article a, Exception e) {
      bad(new BadRecord(a.id(), 0, "coding failed: " + e, true));
    }

    /** Hands the pending batch to the writer and records the bad records seen so far. */
    void flush() {
      if (!pending.isEmpty()) {
        writer.submit(pending);
        pending.clear();
      }
      List<BadRecord> bad;
      synchronized (this) {
        bad = List.copyOf(quarantine);
        quarantine.clear();
      }
      if (!bad.isEmpty()) {
        store.quarantine(bad);
      }
    }

    /** Counts what a transaction stored; on the writer's thread. */
    synchronized void committed(SaveResult r) {
      stored += r.articles();
      alreadyStored += r.skipped().size() - r.changed().size();
      mentions += r.mentions();
      newEvents += r.newEvents();
      if (verbose) {
        err.println("committed " + r.articles() + " articles, " + r.mentions() + " events ("
            + stored + " articles in this run)");
        err.flush();
      }
    }

    synchronized void summary(StoreStats s) {
      err.printf("ingest: %d articles stored, %d already stored; %d events read, %d new;"
          + " %d records quarantined%n", stored, alreadyStored, mentions, newEvents,
          skippedRecords);
      err.printf("%s: %d articles, %d events, %d mentions, %d actors, %d quarantined%n",
          store.describe(), s.articles(), s.events(), s.mentions(), s.actors(), s.quarantined());
      err.flush();
    }
  }

  /** The articles of the inputs that the store does not hold, checked a window at a time. */
  private static final class FreshArticles implements Iterator<Article> {
    private static final int WINDOW = 64;
    private final Iterator<Article> in;
    private final EventStore store;
    private final Run run;
    private final ArrayDeque<Article> ready = new ArrayDeque<>();

    FreshArticles(Iterator<Article> in, EventStore store, Run run) {
      this.in = in;
      this.store = store;
      this.run = run;
    }

    @Override
    public boolean hasNext() {
      while (ready.isEmpty() && in.hasNext()) {
        List<Article> window = new ArrayList<>(WINDOW);
        while (window.size() < WINDOW && in.hasNext()) {
          window.add(in.next());
        }
        Map<String, ArticleState> states = store.check(window);
        for (Article a : window) {
          ArticleState s = states.get(a.id());
          if (s == ArticleState.NEW) {
            ready.add(a);
          } else {
            run.alreadyStored(a, s);
          }
        }
      }
      return !ready.isEmpty();
    }

    @Override
    public Article next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return ready.poll();
    }
  }
}
