package org.annals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.annals.StageTimer.Stage;
import org.annals.coding.pattern.EventPattern;
import org.annals.coding.pattern.PatternLexicon;
import org.annals.events.Event;
import org.annals.ingest.Article;
import org.annals.nlp.FakeNlpPipeline;
import org.annals.nlp.ParsedSentence;
import org.annals.nlp.Sentences;
import org.junit.jupiter.api.Test;

class StageTimesTest {
  private static final PatternLexicon PATTERNS = PatternLexicon.of(List.of(
      new EventPattern("expel-v", "174", false, "expel", "", Set.of(), false, List.of("obj"), "",
          "")));
  private static final ParsedSentence EXPULSION = Sentences.sentence(0, 0,
      "Norway/NNP expelled/VBD/expel Russian/JJ diplomats/NNS/diplomat ./.",
      "root(ROOT-0, expelled-2)", "nsubj(expelled-2, Norway-1)", "amod(diplomats-4, Russian-3)",
      "obj(expelled-2, diplomats-4)", "punct(expelled-2, .-5)");
  private static final ParsedSentence FILLER =
      Sentences.sentence(1, 0, "Nobody/NN gave/VBD/give figures/NNS/figure ./.");
  private static final Article STORY = Article.of("story", LocalDate.of(2024, 3, 10),
      EXPULSION.text() + " " + FILLER.text());

  @Test
  void code_withStageTimes_countsSentencesAndTimesEveryStage() {
    StageTimes times = new StageTimes();
    EventCoder coder = EventCoder.builder().nlp(FakeNlpPipeline.of(EXPULSION, FILLER))
        .patterns(PATTERNS).timer(times).build();

    coder.code(STORY);

    assertEquals(2, times.sentences());
    assertEquals(1, times.selected());
    assertTrue(times.totalNanos() > 0);
    long sum = 0;
    for (Stage s : Stage.values()) {
      assertTrue(times.nanos(s) >= 0, s.label());
      sum += times.nanos(s);
    }
    assertEquals(sum, times.totalNanos());
    assertTrue(times.afterCoreNlpNanos() <= times.totalNanos());
  }

  @Test
  void code_withTimer_findsTheSameEventsAsWithout() {
    EventCoder plain = EventCoder.builder().nlp(FakeNlpPipeline.of(EXPULSION, FILLER))
        .patterns(PATTERNS).build();
    EventCoder timed = EventCoder.builder().nlp(FakeNlpPipeline.of(EXPULSION, FILLER))
        .patterns(PATTERNS).timer(new StageTimes()).build();

    List<Event> expected = plain.code(STORY);

    assertEquals(expected, timed.code(STORY));
  }

  @Test
  void reset_afterCoding_setsEveryCountToZero() {
    StageTimes times = new StageTimes();
    EventCoder coder = EventCoder.builder().nlp(FakeNlpPipeline.of(EXPULSION, FILLER))
        .patterns(PATTERNS).timer(times).build();
    coder.code(STORY);

    times.reset();

    assertEquals(0, times.totalNanos());
    assertEquals(0, times.sentences());
    assertEquals(0, times.selected());
  }

  @Test
  void code_fastProfileSplit_timesTheSentenceChoiceAsSelection() {
    StageTimes times = new StageTimes();
    // a pipeline that, like the fast profile, asks the coder which sentences to tag
    FakeNlpPipeline fake = FakeNlpPipeline.of(EXPULSION, FILLER);
    org.annals.nlp.NlpPipeline choosing = new org.annals.nlp.NlpPipeline() {
      @Override
      public List<ParsedSentence> split(String text) {
        return fake.split(text);
      }

      @Override
      public List<ParsedSentence> split(String text,
          java.util.function.Predicate<List<org.annals.nlp.Token>> tag) {
        List<ParsedSentence> out = fake.split(text);
        for (int k = 0; k < 2_000; k++) {
          for (ParsedSentence s : out) {
            tag.test(s.tokens());
          }
        }
        return out;
      }

      @Override
      public List<ParsedSentence> parse(List<ParsedSentence> sentences,
          java.util.function.Predicate<ParsedSentence> select) {
        return fake.parse(sentences, select);
      }
    };
    EventCoder coder = EventCoder.builder().nlp(choosing).patterns(PATTERNS).timer(times).build();

    coder.code(STORY);

    // the predicate's thousands of calls are selection, not CoreNLP's split
    assertTrue(times.nanos(Stage.SELECTION) > 0);
    assertTrue(times.nanos(Stage.SPLIT) > 0);
    assertTrue(Stage.SELECTION.ownCode() && !Stage.SELECTION.afterCoreNlp());
  }

  @Test
  void none_readsNoClock() {
    assertEquals(0, StageTimer.NONE.start());
    assertEquals(0, StageTimer.NONE.stop(Stage.CODING, 12345));
  }
}
