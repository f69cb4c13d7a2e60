package org.annals.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * An {@link NlpPipeline} for unit tests that returns pre-built sentences instead of running models.
 *
 * <p>{@link #split} finds the registered sentences' texts in the given text, in order, and returns
 * them re-based on where they were found (index and character offsets), stripped of their parse
 * as a real splitter would; {@link #parse} gives the full pre-built parse back to the sentences the
 * caller selects. Text with no registered sentence gives no sentences.
 */
public final class FakeNlpPipeline implements NlpPipeline {
  private final List<ParsedSentence> sentences;
  private final List<String> parsed = Collections.synchronizedList(new ArrayList<>());

  private FakeNlpPipeline(List<ParsedSentence> sentences) {
    this.sentences = List.copyOf(sentences);
  }

  /** Returns a pipeline that knows these sentences (built with {@link Sentences}). */
  public static FakeNlpPipeline of(ParsedSentence... sentences) {
    return new FakeNlpPipeline(List.of(sentences));
  }

  @Override
  public List<ParsedSentence> split(String text) {
    List<ParsedSentence> out = new ArrayList<>();
    int from = 0;
    for (ParsedSentence s : sentences) {
      int at = text.indexOf(s.text(), from);
      if (at < 0) {
        continue;
      }
      ParsedSentence full = rebase(s, out.size(), at);
      out.add(new ParsedSentence(full.index(), full.text(), full.begin(), full.tokens(), List.of(),
          -1, full));
      from = at + s.text().length();
    }
    return out;
  }

  @Override
  public List<ParsedSentence> parse(List<ParsedSentence> in, Predicate<ParsedSentence> select) {
    List<ParsedSentence> out = new ArrayList<>(in.size());
    for (ParsedSentence s : in) {
      if (!s.isParsed() && s.opaque() instanceof ParsedSentence full && select.test(s)) {
        parsed.add(s.text());
        out.add(full);
      } else {
        out.add(s);
      }
    }
    return out;
  }

  /** Returns the texts of the sentences that were parsed, in order. */
  public List<String> parsedTexts() {
    synchronized (parsed) {
      return List.copyOf(parsed);
    }
  }

  private static ParsedSentence rebase(ParsedSentence s, int index, int begin) {
    int shift = begin - s.begin();
    List<Token> toks = new ArrayList<>(s.tokens().size());
    for (Token t : s.tokens()) {
      toks.add(new Token(t.index(), t.word(), t.lemma(), t.tag(), t.ner(), t.begin() + shift,
          t.end() + shift));
    }
    return new ParsedSentence(index, s.text(), begin, toks, s.dependencies(), s.root(), null);
  }
}
