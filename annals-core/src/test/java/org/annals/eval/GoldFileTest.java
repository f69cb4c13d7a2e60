package org.annals.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldFileTest {
  private static final String DOC =
      "{\"task\":\"events\",\"id\":\"doc-1\",\"date\":\"2030-02-03\",\"source\":\"Gazette\","
          + "\"title\":\"Ruritania recalls envoy\",\"text\":\"Ruritania recalled its envoy.\","
          + "\"events\":[{\"source\":\"RURGOV\",\"target\":\"GRDGOV\",\"code\":\"1623\","
          + "\"date\":\"2030-02\",\"mode\":\"asserted\",\"sentence\":0,\"trigger\":\"recalled\","
          + "\"evidence\":\"Ruritania recalled its envoy\",\"cause\":1},"
          + "{\"source\":\"GRDGOV\",\"target\":\"RURGOV\",\"code\":\"111\",\"date\":null,"
          + "\"mode\":\"negated\",\"sentence\":1,\"trigger\":\"denied\",\"evidence\":\"x\"}]}";
  private static final String QUAD =
      "{\"task\":\"quad\",\"id\":\"q-1\",\"text\":\"The mayor praised the union.\","
          + "\"quad\":\"verbal_coop\",\"source_spans\":[\"The mayor\"],\"target_spans\":[]}";
  private static final String PLOVER =
      "{\"task\":\"plover\",\"id\":\"p-1\",\"date\":\"2031-01-01\",\"text\":\"They signed.\","
          + "\"event\":\"AGREE\",\"source\":[\"RUR\",\"GRD\"],\"target\":[]}";

  @TempDir Path dir;

  @Test
  void read_allTasks_groupsLinesByTask() throws IOException {
    Path file = write(DOC, "", QUAD, PLOVER);

    GoldFile gold = GoldFile.read(file);

    assertEquals(Set.of("events", "quad", "plover"), gold.tasks());
    GoldDocument doc = gold.documents().get(0);
    assertEquals(Optional.of(LocalDate.of(2030, 2, 3)), doc.date());
    assertEquals("Gazette", doc.source());
    assertEquals(2, doc.events().size());
    GoldEvent first = doc.events().get(0);
    assertEquals("1623", first.code());
    assertEquals("2030-02", first.date());
    assertEquals(1, first.cause());
    assertFalse(first.isTrap());
    assertNull(doc.events().get(1).date());
    assertTrue(doc.events().get(1).isTrap());
    assertEquals(List.of("The mayor"), gold.quad().get(0).sources());
    assertEquals("verbal_coop", gold.sentences("quad").get(0).label());
    assertEquals(List.of("RUR", "GRD"), gold.plover().get(0).sources());
  }

  @Test
  void read_brokenJson_namesFileAndLine() throws IOException {
    Path file = write(QUAD, PLOVER, "{\"task\":\"quad\",\"id\":");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GoldFile.read(file));

    assertTrue(e.getMessage().contains("gold.jsonl:3:"), e.getMessage());
  }

  @Test
  void read_unknownTask_namesLine() throws IOException {
    Path file = write("{\"task\":\"sentiment\",\"id\":\"x\"}");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GoldFile.read(file));

    assertTrue(e.getMessage().contains(":1:"), e.getMessage());
    assertTrue(e.getMessage().contains("sentiment"), e.getMessage());
  }

  @Test
  void read_causeOutOfRange_isRejected() throws IOException {
    Path file = write(QUAD, DOC.replace("\"cause\":1", "\"cause\":7"));

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GoldFile.read(file));

    assertTrue(e.getMessage().contains(":2:"), e.getMessage());
    assertTrue(e.getMessage().contains("cause"), e.getMessage());
  }

  @Test
  void read_eventWithoutTarget_isRejected() throws IOException {
    Path file = write(DOC.replace("\"target\":\"GRDGOV\",", ""));

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GoldFile.read(file));

    assertTrue(e.getMessage().contains("'target'"), e.getMessage());
  }

  @Test
  void read_unknownQuadClass_isRejected() throws IOException {
    Path file = write(QUAD.replace("verbal_coop", "friendly"));

    assertThrows(IllegalArgumentException.class, () -> GoldFile.read(file));
  }

  @Test
  void read_sharedDevFiles_parseAndScorePerfectlyAgainstThemselves() throws IOException {
    Path dev = SharedFiles.dir().resolve("eval/dev");
    assumeTrue(Files.isDirectory(dev), "shared gold data not present");
    try (var files = Files.list(dev)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).toList()) {
        GoldFile gold = GoldFile.read(f);
        assertFalse(gold.tasks().isEmpty(), f.toString());
        EventScore s = Evaluation.scoreEvents(gold.documents(), asSystem(gold.documents()));
        assertEquals(0, s.overall().fp() + s.overall().fn(), f.toString());
        assertEquals(s.causeRecall().total(), s.causeRecall().hits(), f.toString());
      }
    }
  }

  /** Turns gold events into system events with the same content and linked causes. */
  private static Map<String, List<SystemEvent>> asSystem(List<GoldDocument> docs) {
    return docs.stream()
        .collect(
            Collectors.toMap(
                GoldDocument::id,
                d -> {
                  List<GoldEvent> ev = d.events();
                  return java.util.stream.IntStream.range(0, ev.size())
                      .mapToObj(
                          i -> {
                            GoldEvent g = ev.get(i);
                            String cause = g.cause() == null ? null : d.id() + "#" + g.cause();
                            return new SystemEvent(
                                d.id(),
                                d.id() + "#" + i,
                                g.source(),
                                g.target(),
                                g.code(),
                                g.date(),
                                g.mode(),
                                cause,
                                Math.max(0, g.sentence()),
                                i,
                                "",
                                "");
                          })
                      .toList();
                }));
  }

  private Path write(String... lines) throws IOException {
    Path file = dir.resolve("gold.jsonl");
    Files.write(file, List.of(lines), StandardCharsets.UTF_8);
    return file;
  }
}
