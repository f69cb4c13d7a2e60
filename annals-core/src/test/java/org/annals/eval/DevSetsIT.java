package org.annals.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.EventCoder;
import org.annals.RealPipeline;
import org.annals.events.Event;
import org.annals.ingest.Article;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Scores the coder on the development gold of {@code ../shared/eval/dev} when it is present (it is
 * not part of the project): the floors here are the foundation issue's; the figures per set go in
 * docs/accuracy.md.
 */
class DevSetsIT {
  private static Path dev(String name) {
    Path p = Path.of(System.getProperty("annals.shared", "../../shared"), "eval", "dev", name);
    Assumptions.assumeTrue(Files.exists(p), "no shared gold at " + p);
    return p;
  }

  private static Map<String, List<SystemEvent>> code(List<GoldDocument> docs) {
    EventCoder coder = RealPipeline.coder();
    Map<String, List<SystemEvent>> out = new LinkedHashMap<>();
    for (GoldDocument d : docs) {
      List<SystemEvent> events = new ArrayList<>();
      for (Event e : coder.code(new Article(d.id(), d.date(), d.source(), d.title(), d.text(),
          Map.of()))) {
        events.add(SystemEvent.of(e));
      }
      out.put(d.id(), events);
    }
    return out;
  }

  @Test
  void seed_rootF1_atLeastHalf() throws IOException {
    GoldFile gold = GoldFile.read(dev("seed.jsonl"));
    EventScore s = Evaluation.scoreEvents(gold.documents(), code(gold.documents()));
    assertTrue(s.f1() >= 0.5, () -> "seed root F1 " + s.f1() + "\n" + EvalReport.errors(s));
  }

  @Test
  void seed_historicalEvents_keepTheirYears() throws IOException {
    GoldFile gold = GoldFile.read(dev("seed.jsonl"));
    EventScore s = Evaluation.scoreEvents(gold.documents(), code(gold.documents()));
    for (DocumentResult r : s.results()) {
      for (MatchedPair p : r.matched()) {
        String g = p.gold().date();
        if (g != null && g.length() == 4) {
          assertEquals(g, p.system().date() == null ? null : p.system().date().substring(0, 4),
              () -> "year of " + p.gold().evidence());
        }
      }
    }
  }
}
