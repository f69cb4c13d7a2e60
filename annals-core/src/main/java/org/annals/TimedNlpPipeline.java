package org.annals;

import java.util.List;
import java.util.function.Predicate;
import org.annals.StageTimer.Stage;
import org.annals.nlp.NlpPipeline;
import org.annals.nlp.ParsedSentence;
import org.annals.nlp.Token;

/**
 * Times an {@link NlpPipeline}'s split and parse and counts the sentences selected for parsing: a
 * decorator that {@link EventCoder} puts around its pipeline only when a {@link StageTimer} is set.
 */
final class TimedNlpPipeline implements NlpPipeline {
  private final NlpPipeline nlp;
  private final StageTimer timer;

  TimedNlpPipeline(NlpPipeline nlp, StageTimer timer) {
    this.nlp = nlp;
    this.timer = timer;
  }

  @Override
  public List<ParsedSentence> split(String text) {
    long t = timer.start();
    List<ParsedSentence> out = nlp.split(text);
    timer.stop(Stage.SPLIT, t);
    return out;
  }

  @Override
  public List<ParsedSentence> split(String text, Predicate<List<Token>> tag) {
    long t = timer.start();
    List<ParsedSentence> out = nlp.split(text, tag);
    timer.stop(Stage.SPLIT, t);
    return out;
  }

  @Override
  public List<ParsedSentence> parse(List<ParsedSentence> sentences,
      Predicate<ParsedSentence> select) {
    int[] chosen = {0};
    long t = timer.start();
    List<ParsedSentence> out = nlp.parse(sentences, s -> {
      boolean yes = select.test(s);
      chosen[0] += yes ? 1 : 0;
      return yes;
    });
    timer.stop(Stage.PARSE, t);
    timer.sentences(sentences.size(), chosen[0]);
    return out;
  }
}
