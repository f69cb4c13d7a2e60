package org.annals.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * The Stanford CoreNLP implementation of {@link NlpPipeline}: tokenize, ssplit, pos and lemma
 * over the whole text; the dependency parse only over the sentences the coder selects. No
 * named-entity recognizer: no stage reads entity labels (the lexicons name the actors), and it
 * cost a quarter of the CPU (docs/performance.md). Built once and safe to share across threads.
 */
final class CoreNlpPipeline implements NlpPipeline {
  /** Sentences longer than this (in tokens) are not parsed. */
  private static final int MAX_LENGTH = 150;

  /** A repair of one misreading of the parser: the repaired edges and root, or null. */
  private interface ParseRepair {
    ReducedRelatives.Repair apply(List<Token> tokens, List<Dependency> deps, int root);
  }

  /**
   * The parser's misreadings repaired, in order: a reported clause's subject read as the report
   * verb's object, a verb of will read as an auxiliary, a participle read as a clause, and the
   * object left out of a relative clause without a relative word.
   */
  private static final List<ParseRepair> REPAIRS = List.of(SpeechClauses::repair,
      ControlVerbs::repair, ReducedRelatives::repair, ObjectGaps::repair);
  /**
   * The fast profile parses no sentence longer than this: the parser's cost grows with length,
   * and long sentences (lists, quotes run together) give few events.
   */
  static final int FAST_MAX_LENGTH = 40;
  /**
   * The fast profile's cap for an article's first sentence: the lead tells the story's main acts
   * and is often long, and one sentence an article costs little.
   */
  static final int FAST_LEAD_MAX_LENGTH = 80;

  private final StanfordCoreNLP splitter;
  /** The fast profile's tokenizer and sentence splitter, without tags; null when accurate. */
  private final @org.jspecify.annotations.Nullable StanfordCoreNLP tokenizer;
  /** The fast profile's tagger and lemmatizer, for the chosen sentences; null when accurate. */
  private final @org.jspecify.annotations.Nullable StanfordCoreNLP tagger;
  private final FastDependencyParser parser;

  CoreNlpPipeline(boolean accurate) {
    Properties split = new Properties();
    split.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    split.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=false,ptb3Escaping=false");
    // why: one huge "sentence" of a scraped table costs the parser minutes; cap sentence length
    split.setProperty("ssplit.maxSentenceLength", String.valueOf(MAX_LENGTH));
    split.setProperty("pos.maxlen", String.valueOf(MAX_LENGTH));
    this.splitter = new StanfordCoreNLP(split);
    if (accurate) {
      this.tokenizer = null;
      this.tagger = null;
    } else {
      // why: tagging was a third of the fast profile's time on long articles, most of it spent on
      // sentences that cannot hold an event (issue 6); the coder says which to tag
      Properties tokens = new Properties();
      tokens.putAll(split);
      tokens.setProperty("annotators", "tokenize,ssplit");
      this.tokenizer = new StanfordCoreNLP(tokens);
      Properties tags = new Properties();
      tags.putAll(split);
      tags.setProperty("annotators", "pos,lemma");
      tags.setProperty("enforceRequirements", "false");
      this.tagger = new StanfordCoreNLP(tags);
    }
    // why: the parser precomputes the hidden-layer products of its most frequent features; the
    // model lists 99,990, CoreNLP takes 20,000. 60,000 (480 MB) cover 97% of the features met in
    // Guardian articles (issue "Scale and speed", docs/performance.md). The fast profile computes
    // in floats, so all 99,990 take 400 MB, and fewer rare features cost a product at parse time
    this.parser = accurate
        ? new FastDependencyParser(/* preComputed= */ 60_000, MAX_LENGTH, /* exact= */ true)
        : new FastDependencyParser(/* preComputed= */ 99_990, FAST_LEAD_MAX_LENGTH,
            /* exact= */ false);
  }

  @Override
  public List<ParsedSentence> split(String text) {
    Annotation doc = new Annotation(text);
    splitter.annotate(doc);
    List<CoreMap> maps = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<ParsedSentence> out = new ArrayList<>(maps.size());
    for (CoreMap m : maps) {
      int begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      out.add(new ParsedSentence(out.size(), text.substring(begin, end), begin, tokens(m), List.of(),
          -1, m));
    }
    return out;
  }

  /**
   * The fast profile tokenizes all the text but tags and lemmatizes only the sentences {@code tag}
   * accepts and that are short enough to be parsed (CoreNLP tags each sentence apart, so they get
   * the tags they would get in the whole text); the accurate profile tags every sentence.
   */
  @Override
  public List<ParsedSentence> split(String text, Predicate<List<Token>> tag) {
    if (tokenizer == null || tagger == null) {
      return split(text);
    }
    Annotation doc = new Annotation(text);
    tokenizer.annotate(doc);
    List<CoreMap> maps = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<List<Token>> untagged = new ArrayList<>(maps.size());
    List<CoreMap> chosen = new ArrayList<>();
    boolean[] tagged = new boolean[maps.size()];
    for (int i = 0; i < maps.size(); i++) {
      untagged.add(untaggedTokens(maps.get(i)));
      // a sentence the fast profile will not parse need not be tagged either; the predicate
      // still sees it, in order
      tagged[i] = tag.test(untagged.get(i)) && fastParses(i, untagged.get(i).size());
      if (tagged[i]) {
        chosen.add(maps.get(i));
      }
    }
    if (!chosen.isEmpty()) {
      Annotation some = new Annotation(text);
      some.set(CoreAnnotations.SentencesAnnotation.class, chosen);
      tagger.annotate(some);
    }
    List<ParsedSentence> out = new ArrayList<>(maps.size());
    for (int i = 0; i < maps.size(); i++) {
      CoreMap m = maps.get(i);
      int begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      out.add(new ParsedSentence(out.size(), text.substring(begin, end), begin,
          tagged[i] ? tokens(m) : untagged.get(i), List.of(), -1, m));
    }
    return out;
  }

  /** Whether the fast profile parses the sentence at this index of an article, of this length. */
  static boolean fastParses(int index, int tokens) {
    return tokens <= (index == 0 ? FAST_LEAD_MAX_LENGTH : FAST_MAX_LENGTH);
  }

  @Override
  public List<ParsedSentence> parse(List<ParsedSentence> sentences, Predicate<ParsedSentence> select) {
    List<CoreMap> chosen = new ArrayList<>();
    java.util.Set<CoreMap> picked =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (ParsedSentence s : sentences) {
      // an untagged sentence (fast profile) cannot be parsed; the coder never selects one
      boolean tagged = s.tokens().isEmpty() || s.tokens().get(0).isTagged();
      if (!s.isParsed() && tagged && s.opaque() instanceof CoreMap m && select.test(s)) {
        chosen.add(m);
        picked.add(m);
      }
    }
    if (chosen.isEmpty()) {
      return sentences;
    }
    for (CoreMap m : chosen) {
      m.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
          parser.parse(m));
    }
    List<ParsedSentence> out = new ArrayList<>(sentences.size());
    for (ParsedSentence s : sentences) {
      if (s.opaque() instanceof CoreMap m && picked.contains(m)) {
        out.add(withGraph(s, m));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  private static ParsedSentence withGraph(ParsedSentence s, CoreMap m) {
    SemanticGraph g =
        m.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (g == null) {
      return s;
    }
    List<Dependency> deps = new ArrayList<>(g.edgeCount());
    for (SemanticGraphEdge e : g.edgeIterable()) {
      if (e.getGovernor().copyCount() > 0 || e.getDependent().copyCount() > 0) {
        continue;
      }
      deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
          e.getRelation().toString()));
    }
    int root = -1;
    for (IndexedWord r : g.getRoots()) {
      root = r.index() - 1;
      break;
    }
    root = Math.max(root, 0);
    for (ParseRepair repair : REPAIRS) {
      ReducedRelatives.Repair fixed = repair.apply(s.tokens(), deps, root);
      if (fixed != null) {
        deps = fixed.dependencies();
        root = fixed.root();
      }
    }
    // keep our own tokens (the caller may have shifted their offsets)
    return s.withParse(s.tokens(), deps, root);
  }

  /** Tokens without tags: an empty tag, the lower-case word as lemma. */
  private static List<Token> untaggedTokens(CoreMap m) {
    List<CoreLabel> labels = m.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> out = new ArrayList<>(labels.size());
    for (CoreLabel l : labels) {
      out.add(new Token(out.size(), l.word(), l.word().toLowerCase(Locale.ROOT), "", "O",
          l.beginPosition(), l.endPosition()));
    }
    return out;
  }

  private static List<Token> tokens(CoreMap m) {
    List<CoreLabel> labels = m.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> out = new ArrayList<>(labels.size());
    for (CoreLabel l : labels) {
      String lemma = l.lemma() == null ? l.word() : l.lemma();
      String ner = l.ner() == null ? "O" : l.ner();
      out.add(new Token(out.size(), l.word(), lemma.toLowerCase(Locale.ROOT), l.tag(), ner,
          l.beginPosition(), l.endPosition()));
    }
    return out;
  }
}
