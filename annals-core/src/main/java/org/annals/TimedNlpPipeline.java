package org.annals;

import java.util.List;
import java.util.function.Predicate;
import org.annals.StageTimer.Stage;
import org.annals.nlp.NlpPipeline;
import org.annals.nlp.ParsedSentence;
import org.annals.nlp.Token;

/**
 * Times an {@link NlpPipeline}'s split and parse, and apart from them the coder's predicates that
 * choose the sentences to tag and to parse ({@link StageTimer.Stage#SELECTION}), and counts the
 * sentences selected for parsing: a decorator that {@link EventCoder} puts around its pipeline only
 * when a {@link StageTimer} is set.
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
    // the pipeline asks the predicate between its own steps: the time inside it is selection,
    // the time between two calls CoreNLP's (one clock read at each switch)
    long[] mark = {timer.start()};
    List<ParsedSentence> out = nlp.split(text, tokens -> {
      long now = timer.stop(Stage.SPLIT, mark[0]);
      boolean yes = tag.test(tokens);
      mark[0] = timer.stop(Stage.SELECTION, now);
      return yes;
    });
    timer.stop(Stage.SPLIT, mark[0]);
    return out;
  }

  @Override
  public List<ParsedSentence> parse(List<ParsedSentence> sentences,
      Predicate<ParsedSentence> select) {
    int[] chosen = {0};
    long[] mark = {timer.start()};
    List<ParsedSentence> out = nlp.parse(sentences, s -> {
      long now = timer.stop(Stage.PARSE, mark[0]);
      boolean yes = select.test(s);
      chosen[0] += yes ? 1 : 0;
      mark[0] = timer.stop(Stage.SELECTION, now);
      return yes;
    });
    timer.stop(Stage.PARSE, mark[0]);
    timer.sentences(sentences.size(), chosen[0]);
    return out;
  }
}
