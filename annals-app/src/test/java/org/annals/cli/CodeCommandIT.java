package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annals code} end to end with the real CoreNLP models, on articles of our own. */
class CodeCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STORY = "Norway expelled two Russian diplomats on Friday. "
      + "Moscow condemned the decision and said it would respond.";

  @TempDir Path dir;

  private static List<JsonNode> lines(String out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String l : out.split("\n")) {
      if (!l.isBlank()) {
        nodes.add(JSON.readTree(l));
      }
    }
    return nodes;
  }

  @Test
  void code_textFile_printsDatedEventWithProvenance() throws IOException {
    Path f = Files.writeString(dir.resolve("story.txt"), STORY);
    CliRun run = CliRun.of("code", "--quiet", "--date", "2024-03-10", f.toString());
    assertEquals(0, run.code(), run.err());
    List<JsonNode> events = lines(run.out());
    JsonNode expel = events.stream().filter(e -> e.get("code").asText().equals("174"))
        .findFirst().orElseThrow(() -> new AssertionError(run.out()));
    assertEquals("NOR", expel.get("source").asText().substring(0, 3));
    assertEquals("RUS", expel.get("target").asText().substring(0, 3));
    assertEquals("story.txt", expel.get("doc").asText());
    assertEquals("2024-03-08", expel.get("date").asText());
    assertEquals("asserted", expel.get("mode").asText());
    assertEquals("expelled", expel.get("trigger").asText());
    assertEquals("17", expel.get("root").asText());
    assertEquals(0, expel.get("sentence").asInt());
    assertTrue(expel.get("pattern").asText().contains("174"), expel.toString());
    int b = expel.get("trigger_begin").asInt();
    assertEquals("expelled", STORY.substring(b, expel.get("trigger_end").asInt()));
  }

  @Test
  void code_jsonlWithBrokenLine_reportsLineAndCodesTheRest() throws IOException {
    String good1 = "{\"id\":\"a1\",\"date\":\"2024-03-10\",\"text\":\"" + STORY + "\"}";
    String good2 = "{\"id\":\"a2\",\"date\":\"2024-03-11\",\"text\":\"" + STORY
        + "\",\"url\":\"http://example.org/a2\"}";
    Path f = Files.writeString(dir.resolve("in.jsonl"), good1 + "\n{\"id\": broken\n" + good2
        + "\n");
    CliRun run = CliRun.of("code", "-q", f.toString());
    assertEquals(1, run.code());
    assertTrue(run.err().contains("in.jsonl:2"), run.err());
    List<JsonNode> events = lines(run.out());
    assertTrue(events.stream().anyMatch(e -> e.get("doc").asText().equals("a1")), run.out());
    assertTrue(events.stream().anyMatch(e -> e.get("doc").asText().equals("a2")), run.out());
  }

  @Test
  void code_gdeltFormat_writes61Columns() throws IOException {
    Path f = Files.writeString(dir.resolve("story.txt"), STORY);
    CliRun run = CliRun.of("code", "-q", "--format", "gdelt", "--date", "2024-03-10",
        f.toString());
    assertEquals(0, run.code(), run.err());
    String first = run.out().lines().findFirst().orElseThrow();
    assertEquals(61, first.split("\t", -1).length);
    assertTrue(run.out().contains("\t174\t"), run.out());
  }

  @Test
  void code_ploverFormat_givesEventType() throws IOException {
    Path f = Files.writeString(dir.resolve("story.txt"), STORY);
    CliRun run = CliRun.of("code", "-q", "--format", "plover", "--date", "2024-03-10",
        f.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(lines(run.out()).stream()
        .anyMatch(e -> e.path("event_type").asText().equals("COERCE")), run.out());
  }

  @Test
  void code_unknownFormat_isUsageError() throws IOException {
    Path f = Files.writeString(dir.resolve("story.txt"), STORY);
    CliRun run = CliRun.of("code", "--format", "xml", f.toString());
    assertEquals(2, run.code());
    assertTrue(run.err().contains("jsonl"), run.err());
  }

  @Test
  void code_emptyAndBinaryFiles_areReportedAndOthersCoded() throws IOException {
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    Path bin = Files.write(dir.resolve("blob.txt"), new byte[] {1, 0, 2, 0, 3});
    Path good = Files.writeString(dir.resolve("good.txt"), STORY);
    CliRun run = CliRun.of("code", "-q", "--date", "2024-03-10", empty.toString(),
        bin.toString(), good.toString());
    assertEquals(1, run.code());
    assertTrue(run.err().contains("empty.txt: empty file"), run.err());
    assertTrue(run.err().contains("blob.txt: binary"), run.err());
    assertTrue(run.out().contains("good.txt"), run.out());
  }

  @Test
  void code_nonUtf8File_isDecodedWithWarning() throws IOException {
    byte[] latin1 = ("Fran\u00e7ois' Norway expelled two Russian diplomats on Friday.")
        .getBytes(StandardCharsets.ISO_8859_1);
    Path f = Files.write(dir.resolve("latin.txt"), latin1);
    CliRun run = CliRun.of("code", "-q", "--date", "2024-03-10", f.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.err().contains("not UTF-8"), run.err());
    assertTrue(run.out().contains("\"174\""), run.out());
  }

  @Test
  void code_millionCharacterArticle_isCodedWhole() throws IOException {
    StringBuilder b = new StringBuilder();
    while (b.length() < 1_000_000) {
      b.append("The weather was mild and the markets were calm that week. ");
    }
    b.append("Norway expelled two Russian diplomats on Friday.");
    Path f = Files.writeString(dir.resolve("long.txt"), b.toString());
    CliRun run = CliRun.of("code", "-q", "--profile", "fast", "--date", "2024-03-10",
        f.toString());
    assertEquals(0, run.code(), run.err());
    List<JsonNode> events = lines(run.out());
    assertFalse(events.isEmpty(), "the event at the end of a long article is found");
    assertTrue(events.get(0).get("trigger_begin").asInt() > 1_000_000);
  }
}
