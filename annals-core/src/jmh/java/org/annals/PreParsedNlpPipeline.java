package org.annals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.annals.nlp.NlpPipeline;
import org.annals.nlp.ParsedSentence;

/**
 * An {@link NlpPipeline} that hands back sentences analysed beforehand, looked up by the text, so
 * that a benchmark of {@link EventCoder} measures the stages after CoreNLP alone. {@link #parse}
 * gives the full analysis to the sentences the coder selects, as the real pipeline does.
 */
final class PreParsedNlpPipeline implements NlpPipeline {
  private final Map<String, List<ParsedSentence>> split = new HashMap<>();

  /** Registers the fully parsed sentences of a (cleaned) text. */
  void add(String text, List<ParsedSentence> parsed) {
    List<ParsedSentence> bare = new ArrayList<>(parsed.size());
    for (ParsedSentence s : parsed) {
      bare.add(new ParsedSentence(s.index(), s.text(), s.begin(), s.tokens(), List.of(), -1, s));
    }
    split.put(text, List.copyOf(bare));
  }

  @Override
  public List<ParsedSentence> split(String text) {
    List<ParsedSentence> out = split.get(text);
    if (out == null) {
      throw new IllegalArgumentException("text not registered: " + text);
    }
    return out;
  }

  @Override
  public List<ParsedSentence> parse(List<ParsedSentence> sentences,
      Predicate<ParsedSentence> select) {
    List<ParsedSentence> out = new ArrayList<>(sentences.size());
    for (ParsedSentence s : sentences) {
      out.add(s.opaque() instanceof ParsedSentence full && select.test(s) ? full : s);
    }
    return out;
  }
}
