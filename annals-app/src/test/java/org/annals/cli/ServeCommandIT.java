package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.annals.store.EventStore;
import org.annals.store.EventStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code annals serve --ingest} with the real CoreNLP models: the server answers while its own
 * process codes articles into the DuckDB file, and requests see the committed batches.
 */
class ServeCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void serveIngest_newDatabase_servesEventsAsTheyAreStored() throws Exception {
    Path input = Files.writeString(dir.resolve("in.jsonl"), String.join("\n",
        IngestCommandIT.article("a1", "2024-03-10", IngestCommandIT.EXPEL),
        "{\"id\": broken",
        IngestCommandIT.article("a2", "2024-03-10", "Oslo said on Sunday that "
            + IngestCommandIT.EXPEL)) + "\n");
    Path db = dir.resolve("live.duckdb");
    ServeCommandTest.Server serve = ServeCommandTest.Server.start("serve", "--db", db.toString(),
        "--port", "0", "--ingest", input.toString(), "--profile", "fast", "--batch", "1",
        "--threads", "1");
    try {
      HttpClient http = HttpClient.newHttpClient();
      // the server answers from the start, before the models are loaded
      HttpResponse<String> empty = ServeCommandTest.get(http, serve.port, "/api/events");
      assertEquals(200, empty.statusCode(), empty.body());
      for (int i = 0; i < 600 && !serve.err.toString().contains("ingest finished"); i++) {
        Thread.sleep(200);
      }
      assertTrue(serve.err.toString().contains("ingest finished with exit code 1"),
          serve.err.toString());
      HttpResponse<String> events = ServeCommandTest.get(http, serve.port, "/api/events?root=17");
      assertEquals(200, events.statusCode(), events.body());
      JsonNode items = JSON.readTree(events.body()).get("items");
      assertEquals(1, items.size(), events.body());
      assertEquals("NOR", items.get(0).get("source").get("code").asText());
      assertEquals(2, items.get(0).get("mentions").asInt(), events.body());
    } finally {
      assertEquals(0, serve.stop(), serve.err.toString());
    }
    try (EventStore store = EventStores.duckDbReadOnly(db)) {
      assertEquals(2, store.stats().articles());
      assertEquals(1, store.quarantined().size());
    }
  }
}
