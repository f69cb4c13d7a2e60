package org.annals.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.annals.api.ApiServer;
import org.annals.store.EventStore;
import org.annals.store.EventStores;
import org.annals.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code annals serve}: serves the stored events as a JSON API and a dashboard until the process
 * is stopped. A DuckDB file is opened read-only. Exit code 0, 2 for a usage error, 3 when the
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

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    try (EventStore store = EventStores.open(db, /* readOnly= */ true);
        ApiServer server = ApiServer.create(store).start(bind, port)) {
      err.println("serve: " + store.describe() + " on http://" + bind + ":" + server.port() + "/");
      err.flush();
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "annals-serve-stop"));
      stopped.await();
      return 0;
    } catch (StoreException e) {
      err.println("annals serve: " + e.getMessage());
      return 3;
    }
  }
}
