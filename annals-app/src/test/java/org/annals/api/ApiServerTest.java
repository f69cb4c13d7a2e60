package org.annals.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.annals.store.EventStore;
import org.annals.store.EventStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real HTTP against a server on port 0 over an in-memory store of hand-built events. */
class ApiServerTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static EventStore store;
  private static ApiServer server;

  @BeforeAll
  static void start() {
    store = EventStores.inMemory();
    ApiFixtures.fill(store);
    server = ApiServer.create(store).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + server.port() + path)).GET().build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(String path) throws IOException, InterruptedException {
    HttpResponse<String> res = get(path);
    assertEquals(200, res.statusCode(), res.body());
    assertTrue(res.headers().firstValue("Content-Type").orElse("").startsWith(
        "application/json"));
    return MAPPER.readTree(res.body());
  }

  @Test
  void events_noFilter_returnsNewestFirstWithNextCursor() throws Exception {
    JsonNode page = json("/api/events");
    assertEquals(100, page.get("items").size());
    assertEquals("2024-03-08", page.get("items").get(0).get("date").asText());
    assertFalse(page.get("next").isNull());
  }

  @Test
  void events_filters_narrowTheResult() throws Exception {
    JsonNode bySource = json("/api/events?source=FRA");
    assertEquals(1, bySource.get("items").size());
    assertEquals("036", bySource.get("items").get(0).get("code").asText());
    assertEquals(1, json("/api/events?actor=DEU&quad=1").get("items").size());
    assertEquals(2, json("/api/events?target=RUS").get("items").size());
    assertEquals(1, json("/api/events?q=diplomats+on+Friday").get("items").size());
    assertEquals(2, json("/api/events?root=17&from=2024-02-01&to=2024-12-31").get("items")
        .size());
    assertEquals(0, json("/api/events?mode=negated").get("items").size());
    assertEquals(1, json("/api/events?country=FRA").get("items").size());
  }

  @Test
  void events_badFilter_gives400() throws Exception {
    assertEquals(400, get("/api/events?root=abc").statusCode());
    assertEquals(400, get("/api/events?from=yesterday").statusCode());
    assertEquals(400, get("/api/events?limit=0").statusCode());
    assertEquals(400, get("/api/events?cursor=nonsense").statusCode());
  }

  @Test
  void events_hugeLimit_isCappedAt500() throws Exception {
    JsonNode page = json("/api/events?limit=100000");
    assertEquals(EventsController.MAX_PAGE, page.get("items").size());
  }

  @Test
  void events_cursor_walksAllPagesOnce() throws Exception {
    Set<String> ids = new HashSet<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonNode page = json("/api/events?limit=200&root=17"
          + (cursor == null ? "" : "&cursor=" + cursor));
      page.get("items").forEach(e -> assertTrue(ids.add(e.get("id").asText())));
      cursor = page.get("next").isNull() ? null : page.get("next").asText();
      pages++;
    } while (cursor != null && pages < 10);
    assertEquals(ApiFixtures.BULK + 2, ids.size());
  }

  @Test
  void event_byId_hasMentionsWithArticles() throws Exception {
    String id = json("/api/events?source=NOR&target=RUSGOV").get("items").get(0).get("id")
        .asText();
    JsonNode event = json("/api/events/" + id);
    assertEquals(2, event.get("mentions").asInt());
    assertEquals(2, event.get("mention_list").size());
    assertEquals("expelled", event.get("trigger").asText());
    assertEquals("p174", event.get("pattern").asText());
    assertTrue(event.get("evidence").asText().contains("Russian diplomats"));
    assertEquals("a1", event.get("mention_list").get(0).get("article").get("id").asText());
  }

  @Test
  void event_unknownId_gives404() throws Exception {
    assertEquals(404, get("/api/events/12345").statusCode());
    assertEquals(404, get("/api/events/not-a-number").statusCode());
    assertEquals(404, get("/no/such/page").statusCode());
  }

  @Test
  void responses_carryContentSecurityPolicy() throws Exception {
    for (String path : new String[] {"/api/events", "/", "/app.js", "/api/events/1"}) {
      HttpResponse<String> res = get(path);
      assertTrue(res.headers().firstValue("Content-Security-Policy").orElse("")
          .contains("default-src 'self'"), path);
      assertEquals("nosniff", res.headers().firstValue("X-Content-Type-Options").orElse(""));
    }
  }

  @Test
  void scriptInEvidence_isReturnedAsJsonText() throws Exception {
    HttpResponse<String> res = get("/api/events?q=pwned");
    JsonNode page = MAPPER.readTree(res.body());
    assertEquals(ApiFixtures.SCRIPT_EVIDENCE, page.get("items").get(0).get("evidence").asText());
    assertTrue(res.headers().firstValue("Content-Type").orElse("").startsWith(
        "application/json"));
  }

  @Test
  void dashboard_isServedAndRendersDataAsText() throws Exception {
    HttpResponse<String> index = get("/");
    assertEquals(200, index.statusCode());
    assertTrue(index.body().contains("<script src=\"app.js\""));
    String js = get("/app.js").body();
    assertTrue(js.contains("textContent"));
    assertFalse(js.contains("innerHTML"), "the dashboard must not write HTML from data");
    assertFalse(js.contains("insertAdjacentHTML"));
    assertFalse(js.contains("document.write"));
    assertEquals(200, get("/app.css").statusCode());
  }

  @Test
  void aggregates_byMonthAndRoot_countAndSumGoldstein() throws Exception {
    JsonNode agg = json("/api/aggregates?period=month&by=root&from=2024-03-01");
    assertEquals(1, agg.get("buckets").size());
    JsonNode b = agg.get("buckets").get(0);
    assertEquals("2024-03-01", b.get("period").asText());
    assertEquals("17", b.get("key").asText());
    assertEquals(1, b.get("events").asInt());
    assertEquals(-5.0, b.get("goldstein").asDouble(), 1e-9);
    // FRA>DEU, NOR>RUS and NOR>RUSGOV, each in its own week
    assertEquals(3, json("/api/aggregates?period=week&by=dyad&from=2024-01-01").get("buckets")
        .size());
    assertEquals(400, get("/api/aggregates?period=fortnight").statusCode());
  }

  @Test
  void actors_listsCodesMostEventsFirst() throws Exception {
    JsonNode actors = json("/api/actors");
    assertEquals("CHL", actors.get("items").get(0).get("code").asText());
  }

  @Test
  void openApi_isServed() throws Exception {
    JsonNode doc = json("/openapi.json");
    assertTrue(doc.get("openapi").asText().startsWith("3."));
    assertTrue(doc.get("paths").has("/api/events/{id}"));
  }

  @Test
  void request_overSizeLimit_gives413() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + server.port() + "/api/events"))
        .POST(HttpRequest.BodyPublishers.ofString("x".repeat(1_000_000))).build();
    assertEquals(413, CLIENT.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
  }
}
