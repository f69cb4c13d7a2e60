package org.annals.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.annals.api.ApiServer;
import org.annals.store.EventStore;

/**
 * The API half of {@code annals bench-store --api}: starts the real {@link ApiServer} over a
 * loaded store on a loopback port, sends the dashboard's main requests over HTTP and reports the
 * latency percentiles of each. Every timed request must answer 200.
 */
final class ApiBench {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int WARMUP = 5;
  private static final int PAGES = 5;

  private final HttpClient http = HttpClient.newHttpClient();
  private final int requests;
  private String base = "";

  /**
   * The latencies of one kind of request, in milliseconds, and the process's CPU time per request
   * (server and client threads): on a machine that other jobs load, latencies grow with the
   * queue for the cores, the CPU time much less.
   */
  record Result(String name, double[] millis, double cpuMillis) {
    double percentile(double p) {
      double[] sorted = millis.clone();
      Arrays.sort(sorted);
      int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
  }

  ApiBench(int requests) {
    this.requests = requests;
  }

  /** Serves the store and times each request kind; prints a table to {@code out}. */
  List<Result> run(EventStore store, PrintWriter out) throws IOException, InterruptedException {
    List<Result> results = new ArrayList<>();
    try (ApiServer server = ApiServer.create(store).start("127.0.0.1", 0)) {
      base = "http://127.0.0.1:" + server.port();
      for (String path : List.of("/api/events", "/api/events?root=17",
          "/api/events?actor=RUS", "/api/events?source=USAGOV&target=CHN",
          "/api/events?country=UKR&from=2022-01-01&to=2022-12-31",
          "/api/events?code=19&mode=asserted&limit=100",
          "/api/aggregates?period=month&by=none", "/api/aggregates?period=day",
          "/api/aggregates?period=month&by=root",
          "/api/aggregates?period=month&by=dyad", "/api/aggregates?period=week&by=quad&actor=IRN",
          "/api/actors")) {
        results.add(time(path, () -> path));
      }
      List<String> cursors = cursors("/api/events?root=19");
      int[] page = {0};
      results.add(time("/api/events?root=19&cursor=... (pages 2-" + (cursors.size() + 1) + ")",
          () -> "/api/events?root=19&cursor=" + encode(cursors.get(page[0]++ % cursors.size()))));
      List<String> ids = ids("/api/events?limit=500");
      int[] id = {0};
      results.add(time("/api/events/{id}", () -> "/api/events/" + ids.get(id[0]++ % ids.size())));
    }
    print(results, out);
    return results;
  }

  private Result time(String name, PathSource paths) throws IOException, InterruptedException {
    for (int i = 0; i < WARMUP; i++) {
      get(paths.next());
    }
    double[] millis = new double[requests];
    long cpu = processCpuNanos();
    for (int i = 0; i < requests; i++) {
      String path = paths.next();
      long t = System.nanoTime();
      get(path);
      millis[i] = (System.nanoTime() - t) / 1e6;
    }
    return new Result(name, millis, (processCpuNanos() - cpu) / 1e6 / requests);
  }

  /** The cursors of the pages after the first, following {@code next}. */
  private List<String> cursors(String path) throws IOException, InterruptedException {
    List<String> out = new ArrayList<>();
    JsonNode page = JSON.readTree(get(path));
    while (out.size() < PAGES - 1 && page.hasNonNull("next")) {
      String next = page.get("next").asText();
      out.add(next);
      page = JSON.readTree(get(path + "&cursor=" + encode(next)));
    }
    if (out.isEmpty()) {
      throw new IllegalStateException(path + " has one page only: load more events");
    }
    return out;
  }

  private List<String> ids(String path) throws IOException, InterruptedException {
    List<String> out = new ArrayList<>();
    JSON.readTree(get(path)).get("items").forEach(e -> out.add(e.get("id").asText()));
    if (out.isEmpty()) {
      throw new IllegalStateException("no events stored");
    }
    return out;
  }

  private String get(String path) throws IOException, InterruptedException {
    HttpRequest r = HttpRequest.newBuilder(URI.create(base + path)).build();
    HttpResponse<String> response = http.send(r, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + response.statusCode() + ": "
          + response.body());
    }
    return response.body();
  }

  private void print(List<Result> results, PrintWriter out) {
    out.printf("API over HTTP on loopback, %d requests each after %d warm-up requests%n",
        requests, WARMUP);
    out.printf(Locale.ROOT, "%-62s %9s %9s %9s %9s%n", "request", "p50 ms", "p95 ms", "max ms",
        "CPU ms");
    for (Result r : results) {
      out.printf(Locale.ROOT, "%-62s %9.1f %9.1f %9.1f %9.1f%n", r.name(), r.percentile(50),
          r.percentile(95), r.percentile(100), r.cpuMillis());
    }
    out.flush();
  }

  /** The CPU time of the whole process (every thread, DuckDB's included), or 0 if unknown. */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The path of each request of a kind. */
  private interface PathSource {
    String next();
  }
}
