package org.annals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.annals.coding.pattern.EventPattern;
import org.annals.coding.pattern.PatternLexicon;
import org.annals.events.Event;
import org.annals.ingest.Article;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every pattern's example sentence through the whole pipeline (real CoreNLP models) and
 * checks that it gives the pattern's code between the expected actors.
 */
class PatternExamplesIT {
  @TestFactory
  Stream<DynamicTest> eachPatternExample_codesItsEvent() {
    EventCoder coder = RealPipeline.coder();
    return PatternLexicon.load().all().stream().map(p -> DynamicTest.dynamicTest(
        p.id() + ": " + p.example(), () -> check(coder, p)));
  }

  /**
   * Whether a coded event has the pattern's code: an unspecified appeal or demand ("020", "100")
   * is met by any code of its root, since the coder refines them by what they ask for.
   */
  private static boolean fits(String coded, String code) {
    boolean request = code.equals("020") || code.equals("100");
    return coded.equals(code) || request && coded.startsWith(code.substring(0, 2));
  }

  private static void check(EventCoder coder, EventPattern p) {
    String[] expect = p.expect().split(">");
    List<Event> events = coder.code(Article.of("example", LocalDate.of(2024, 1, 15),
        p.example()));
    boolean found = events.stream().anyMatch(e -> fits(e.code().code(), p.code())
        && e.source().primary().equals(expect[0]) && e.target().primary().equals(expect[1]));
    assertTrue(found, () -> "expected " + p.code() + " " + p.expect() + " from '" + p.example()
        + "' but got " + events.stream().map(e -> e.source().code() + ">" + e.target().code()
        + " " + e.code().code() + " (" + e.pattern() + ")").toList());
  }
}
