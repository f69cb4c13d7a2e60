package org.annals.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.annals.api.ApiServer;
import org.annals.store.EventStore;
import org.annals.store.EventStores;
import org.annals.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code annals serve}: serves the stored events as a JSON API and a dashboard until the process
 * is stopped (or the thread running it is interrupted). A DuckDB file is opened read-only, unless
 * {@code --ingest} names files to code into it while serving: DuckDB lets one process write a file,
 * so the server's process is the one that ingests. Exit code 0, 2 for a usage error, 3 when the
 * database failed.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the stored events as a JSON API (/api) and a dashboard (/).")
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--db", defaultValue = "annals.duckdb",
      description = "A DuckDB file (default: ${DEFAULT-VALUE}) or a PostgreSQL URL.")
  String db;

  @Option(names = "--port", defaultValue = "7070",
      description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--bind", defaultValue = "127.0.0.1",
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String bind;

  @Option(names = "--ingest", paramLabel = "FILE", arity = "1..*",
      description = "Code these files (as `annals ingest` does) into the database while serving"
          + " it; requests see each batch once it is committed.")
  List<String> ingest;

  /** With --ingest: the profile and worker threads of the coding. */
  @Mixin CodingOptions coding = new CodingOptions();

  @Option(names = "--batch", defaultValue = "100",
      description = "With --ingest: articles per transaction (default: ${DEFAULT-VALUE}).")
  int batch;

  @Override
  public Integer call() {
    if (batch < 1 || coding.threads < 1) {
      throw new ParameterException(spec.commandLine(), "--batch and --threads must be positive");
    }
    PrintWriter err = spec.commandLine().getErr();
    boolean writes = ingest != null && !ingest.isEmpty();
    try (EventStore store = EventStores.open(db, /* readOnly= */ !writes);
        ApiServer server = ApiServer.create(store).start(bind, port)) {
      err.println("serve: " + store.describe() + " on http://" + bind + ":" + server.port() + "/");
      err.flush();
      Thread job = writes ? startIngest(store, err) : null;
      awaitStop();
      if (job != null) {
        job.interrupt();
      }
      return 0;
    } catch (StoreException e) {
      err.println("annals serve: " + e.getMessage());
      return 3;
    }
  }

  /** Codes the {@code --ingest} files into the served store on a thread of its own. */
  private Thread startIngest(EventStore store, PrintWriter err) {
    IngestCommand job = new IngestCommand();
    job.files = ingest;
    job.coding = coding;
    job.batch = batch;
    job.quiet = true;
    Thread t = new Thread(() -> {
      int code = job.into(store, err);
      err.println("serve: ingest finished with exit code " + code + "; still serving");
      err.flush();
    }, "annals-serve-ingest");
    t.setDaemon(true); // a stopped server ends the ingest; committed batches stay
    t.start();
    return t;
  }

  /** Waits until the process is asked to stop, or the thread running the command is interrupted. */
  private static void awaitStop() {
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(stopped::countDown, "annals-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      stopped.await();
    } catch (InterruptedException e) {
      // the interrupt is the request to stop, consumed here: stopping Jetty waits interruptibly
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // the JVM is shutting down: the hook has run
      }
    }
  }
}
