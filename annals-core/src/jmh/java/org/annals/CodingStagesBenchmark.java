package org.annals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.annals.actors.ActorLexicon;
import org.annals.actors.Mention;
import org.annals.coding.Candidate;
import org.annals.coding.DocumentContext;
import org.annals.coding.EventExtractor;
import org.annals.coding.pattern.PatternLexicon;
import org.annals.ingest.Article;
import org.annals.ingest.TextCleaner;
import org.annals.nlp.ParsedSentence;
import org.annals.nlp.Token;
import org.annals.time.EventDater;
import org.annals.time.ModeDetector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Speed of the coding stages after CoreNLP on pre-annotated sentences of our own ({@link
 * BenchSentences}; no model is loaded), in sentences per second on one thread: {@code actors}
 * (lexicon mentions in every sentence), {@code patterns} (event extraction), {@code
 * datesAndModes}, {@code cleaning} (text cleaning, before CoreNLP) and {@code allStages} ({@link
 * EventCoder#codeExplained} end to end with the analyses handed back by a {@link
 * PreParsedNlpPipeline}: cleaning, actors, sentence selection, patterns, dates, modes, linking).
 * As in a real run, only the sentences the coder selects carry a parse.
 *
 * <p>Run (from the repository root; about three minutes: {@code allStages} runs much code, which
 * the JIT compiles late on a busy machine, hence ten warm-up iterations). On a shared machine add
 * {@code -prof org.annals.CpuTimeProfiler}, which also reports sentences per CPU-second of the
 * benchmark thread ({@code cpu.ops/cpu-s}), steadier under other jobs' load than the wall-clock
 * score:
 *
 * <pre>
 * mvn -B -q -Pjmh -pl annals-core test-compile exec:exec
 * mvn -B -q -Pjmh -pl annals-core test-compile exec:exec \
 *     -Djmh.args="CodingStagesBenchmark -prof org.annals.CpuTimeProfiler"
 * mvn -B -q -Pjmh -pl annals-core test-compile exec:exec \
 *     -Djmh.args="CodingStagesBenchmark.allStages -f 1 -wi 15 -i 10"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@OperationsPerInvocation(CodingStagesBenchmark.SENTENCES)
public class CodingStagesBenchmark {
  /** The number of sentences in {@code bench-sentences.jsonl}; {@link #setup} checks it. */
  static final int SENTENCES = 85;

  private ActorLexicon actors;
  private EventExtractor extractor;
  private final ModeDetector modes = new ModeDetector();
  private final TextCleaner cleaner = new TextCleaner();
  private EventCoder coder;
  private final List<Prepared> stories = new ArrayList<>();

  /** A story as the coder sees it after CoreNLP: selected sentences parsed, mentions found. */
  private record Prepared(Article article, Optional<String> country, List<ParsedSentence> sentences,
      List<List<Mention>> mentions, List<List<Integer>> triggers) {}

  /** Loads the lexicons and the sentences, and runs each stage once to fill in its inputs. */
  @Setup(Level.Trial)
  public void setup() {
    actors = ActorLexicon.load();
    PatternLexicon patterns = PatternLexicon.load();
    extractor = new EventExtractor(patterns);
    PreParsedNlpPipeline nlp = new PreParsedNlpPipeline();
    int n = 0;
    for (BenchSentences.Story s : BenchSentences.load()) {
      nlp.add(cleaner.clean(s.text()), s.sentences());
      stories.add(prepare(s));
      n += s.sentences().size();
    }
    if (n != SENTENCES) {
      throw new IllegalStateException("bench-sentences.jsonl has " + n
          + " sentences: set CodingStagesBenchmark.SENTENCES to it");
    }
    coder = EventCoder.builder().nlp(nlp).actors(actors).patterns(patterns).build();
  }

  private Prepared prepare(BenchSentences.Story story) {
    Optional<java.time.LocalDate> date = Optional.of(story.date());
    List<ParsedSentence> sentences = new ArrayList<>();
    List<List<Mention>> mentions = new ArrayList<>();
    for (ParsedSentence s : story.sentences()) {
      List<Mention> m = actors.find(s.tokens(), date, false);
      mentions.add(m);
      sentences.add(selected(s, m) ? s
          : new ParsedSentence(s.index(), s.text(), s.begin(), s.tokens(), List.of(), -1, null));
    }
    Optional<String> country = DocumentContext.mainCountry(mentions);
    DocumentContext ctx = new DocumentContext(date, false, country);
    List<List<Integer>> triggers = new ArrayList<>();
    for (ParsedSentence s : sentences) {
      ctx.remember(s.index(), mentions.get(s.index()));
      triggers.add(extractor.extract(s, mentions.get(s.index()), ctx).stream()
          .map(Candidate::trigger).toList());
    }
    Article article = new Article(story.id(), date, "", "", story.text(), Map.of());
    return new Prepared(article, country, sentences, mentions, triggers);
  }

  /** The coder's selection rule: two actor mentions and a possible trigger. */
  private boolean selected(ParsedSentence s, List<Mention> mentions) {
    if (mentions.size() < 2) {
      return false;
    }
    for (Token t : s.tokens()) {
      if (extractor.mayTrigger(t)) {
        return true;
      }
    }
    return false;
  }

  /** Actor mentions in every sentence. */
  @Benchmark
  public void actors(Blackhole bh) {
    for (Prepared p : stories) {
      for (ParsedSentence s : p.sentences()) {
        bh.consume(actors.find(s.tokens(), p.article().date(), false));
      }
    }
  }

  /** Event extraction (pattern matching) in every sentence, with the article's context. */
  @Benchmark
  public void patterns(Blackhole bh) {
    for (Prepared p : stories) {
      DocumentContext ctx = new DocumentContext(p.article().date(), false, p.country());
      for (ParsedSentence s : p.sentences()) {
        ctx.remember(s.index(), p.mentions().get(s.index()));
        bh.consume(extractor.extract(s, p.mentions().get(s.index()), ctx));
      }
    }
  }

  /** Dates of every sentence's events and the mode of each. */
  @Benchmark
  public void datesAndModes(Blackhole bh) {
    for (Prepared p : stories) {
      EventDater dater = new EventDater(p.article().date(), modes);
      for (ParsedSentence s : p.sentences()) {
        List<Integer> triggers = p.triggers().get(s.index());
        bh.consume(dater.date(s, triggers));
        for (int t : triggers) {
          bh.consume(modes.mode(s, t));
        }
      }
    }
  }

  /** Text cleaning alone (before CoreNLP), which {@link #allStages} counts too. */
  @Benchmark
  public void cleaning(Blackhole bh) {
    for (Prepared p : stories) {
      bh.consume(cleaner.clean(p.article().text()));
    }
  }

  /** The whole coder after CoreNLP: cleaning, actors, selection, patterns, dates, linking. */
  @Benchmark
  public void allStages(Blackhole bh) {
    for (Prepared p : stories) {
      bh.consume(coder.codeExplained(p.article()));
    }
  }
}
