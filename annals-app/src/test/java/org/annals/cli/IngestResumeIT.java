package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.annals.store.EventDetail;
import org.annals.store.EventStore;
import org.annals.store.EventStores;
import org.annals.store.Mention;
import org.annals.store.StoreStats;
import org.annals.store.StoredEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code annals ingest} killed with SIGKILL mid-run, then run again: the job finishes with every
 * article stored once and the same events as a run that was never interrupted.
 */
class IngestResumeIT {
  private static final int ARTICLES = 90;
  private static final String[] STORIES = {
    "Norway expelled two Russian diplomats on Friday.",
    "France criticized Iran on Monday over its nuclear programme.",
    "Germany will host talks with Ukraine next week.",
    "The markets were calm and the weather was mild.",
    "China accused the United States of interference on Tuesday.",
  };

  @TempDir Path dir;

  @Test
  void ingest_killedMidRunThenRunAgain_storesEverythingOnce() throws Exception {
    Path input = input();
    Path db = dir.resolve("resumed.duckdb");
    int committed = killAfterCommits(input, db, 2);
    try (EventStore store = EventStores.duckDbReadOnly(db)) {
      long partial = store.stats().articles();
      assertTrue(partial >= committed && partial < ARTICLES,
          "killed mid-run: " + partial + " of " + ARTICLES + " articles stored");
    }
    CliRun resumed = CliRun.of("ingest", "-q", "--profile", "fast", "--batch", "4", "--db",
        db.toString(), input.toString());
    assertEquals(0, resumed.code(), resumed.err());
    Path clean = dir.resolve("clean.duckdb");
    CliRun once = CliRun.of("ingest", "-q", "--profile", "fast", "--db", clean.toString(),
        input.toString());
    assertEquals(0, once.code(), once.err());
    try (EventStore r = EventStores.duckDbReadOnly(db);
        EventStore c = EventStores.duckDbReadOnly(clean)) {
      StoreStats rs = r.stats();
      assertEquals(ARTICLES, rs.articles());
      assertEquals(c.stats(), rs);
      assertEquals(mentionKeys(c), mentionKeys(r));
      assertEquals(rs.mentions(), mentionKeys(r).size(), "no mention stored twice");
    }
  }

  /** Runs the ingest in a child JVM and kills it (SIGKILL) once it has committed some batches. */
  private int killAfterCommits(Path input, Path db, int commits) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // one batch a transaction: batches that wait would otherwise join one transaction, and on a
    // fast machine the second commit could hold every article before the kill
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx2g", "-cp",
        System.getProperty("java.class.path"), "org.annals.cli.Main", "ingest", "-q", "-v",
        "--profile", "fast", "--threads", "1", "--batch", "4", "--transaction-rows", "1",
        "--db", db.toString(), input.toString());
    pb.redirectErrorStream(true);
    Process p = pb.start();
    int seen = 0;
    int articles = 0;
    List<String> log = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (seen < commits && (line = out.readLine()) != null) {
        log.add(line);
        if (line.startsWith("committed ")) {
          seen++;
          articles += Integer.parseInt(line.split(" ")[1]);
        }
      }
      p.destroyForcibly();
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child ended");
    }
    assertEquals(commits, seen, "the child committed batches before it was killed: " + log);
    return articles;
  }

  private Path input() throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < ARTICLES; i++) {
      String text = STORIES[i % STORIES.length] + " Officials met in the capital " + i + ".";
      b.append("{\"id\":\"r").append(i).append("\",\"date\":\"")
          .append(LocalDate.of(2024, 3, 10).plusDays(i / 10)).append("\",\"text\":\"")
          .append(text).append("\"}\n");
    }
    return Files.writeString(dir.resolve("many.jsonl"), b.toString());
  }

  private static Set<String> mentionKeys(EventStore store) {
    Set<String> keys = new HashSet<>();
    for (StoredEvent e : IngestCommandIT.all(store)) {
      EventDetail d = store.event(e.id()).orElseThrow();
      for (Mention m : d.mentions()) {
        keys.add(e.id() + "/" + m.article().id() + "/" + m.event().id());
      }
    }
    return keys;
  }
}
