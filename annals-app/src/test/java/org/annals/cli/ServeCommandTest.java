package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.api.ApiFixtures;
import org.annals.store.EventStore;
import org.annals.store.EventStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code annals serve} run as the command line runs it, on a free port, over a DuckDB file made by
 * the store API: no CoreNLP models.
 */
class ServeCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LISTENING = Pattern.compile("on http://127\\.0\\.0\\.1:(\\d+)/");

  @TempDir Path dir;

  @Test
  void serve_duckDbFile_answersApiAndDashboardThenReleasesTheFile() throws Exception {
    Path db = dir.resolve("served.duckdb");
    try (EventStore store = EventStores.duckDb(db)) {
      ApiFixtures.fill(store);
    }
    Server serve = Server.start("serve", "--db", db.toString(), "--port", "0");
    try {
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> events = get(http, serve.port, "/api/events?actor=NOR&limit=5");
      assertEquals(200, events.statusCode(), events.body());
      JsonNode page = JSON.readTree(events.body());
      assertEquals(2, page.get("items").size(), events.body());
      assertEquals("174", page.get("items").get(0).get("code").asText());
      assertEquals(2, page.get("items").get(0).get("mentions").asInt());
      HttpResponse<String> one = get(http, serve.port,
          "/api/events/" + page.get("items").get(0).get("id").asText());
      assertEquals(200, one.statusCode(), one.body());
      HttpResponse<String> home = get(http, serve.port, "/");
      assertEquals(200, home.statusCode());
      assertTrue(home.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
      assertTrue(home.body().contains("<html"), home.body());
      assertEquals(404, get(http, serve.port, "/api/events/1").statusCode());
    } finally {
      assertEquals(0, serve.stop(), serve.err.toString());
    }
    try (EventStore writable = EventStores.duckDb(db)) { // serve let the file go
      assertEquals(ApiFixtures.BULK + 4, writable.stats().articles());
    }
  }

  @Test
  void serve_missingDuckDbFile_exitsWithDatabaseError() throws Exception {
    CliRun run = CliRun.of("serve", "--db", dir.resolve("none.duckdb").toString(), "--port", "0");

    assertEquals(3, run.code());
    assertTrue(run.err().contains("no database"), run.err());
  }

  static HttpResponse<String> get(HttpClient http, int port, String path) throws Exception {
    HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
    return http.send(r, HttpResponse.BodyHandlers.ofString());
  }

  /** {@code annals serve} running on a thread of the test, stopped by interrupting it. */
  static final class Server {
    final StringWriter err = new StringWriter();
    final AtomicInteger code = new AtomicInteger(-1);
    Thread thread;
    int port;

    static Server start(String... args) throws InterruptedException {
      Server s = new Server();
      picocli.CommandLine cl = Main.commandLine();
      cl.setOut(new PrintWriter(new StringWriter()));
      cl.setErr(new PrintWriter(s.err, /* autoFlush= */ true));
      s.thread = new Thread(() -> s.code.set(cl.execute(args)), "serve-under-test");
      s.thread.start();
      for (int i = 0; i < 300 && s.port == 0 && s.thread.isAlive(); i++) {
        Matcher m = LISTENING.matcher(s.err.toString());
        if (m.find()) {
          s.port = Integer.parseInt(m.group(1));
        } else {
          Thread.sleep(100);
        }
      }
      if (s.port == 0) {
        s.stop();
        throw new AssertionError("serve did not start: " + s.err);
      }
      return s;
    }

    int stop() throws InterruptedException {
      thread.interrupt();
      thread.join(30_000);
      return code.get();
    }
  }
}
