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
import org.jspecify.annotations.Nullable;

/**
 * The Stanford CoreNLP implementation of {@link NlpPipeline}: tokenize, ssplit, pos and lemma over the
 * whole text; ner (optional) and depparse only over the sentences the coder selects. All three
 * are built once and are safe to share across threads.
 */
final class CoreNlpPipeline implements NlpPipeline {
  /** Sentences longer than this (in tokens) are neither tagged for entities nor parsed. */
  private static final int MAX_LENGTH = 150;

  private final StanfordCoreNLP splitter;
  private final @Nullable StanfordCoreNLP entities;
  private final FastDependencyParser parser;

  CoreNlpPipeline(boolean ner) {
    Properties split = new Properties();
    split.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    split.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=false,ptb3Escaping=false");
    // why: one huge "sentence" of a scraped table costs the parser minutes; cap sentence length
    split.setProperty("ssplit.maxSentenceLength", String.valueOf(MAX_LENGTH));
    split.setProperty("pos.maxlen", String.valueOf(MAX_LENGTH));
    this.splitter = new StanfordCoreNLP(split);
    this.entities = ner ? new StanfordCoreNLP(nerProperties()) : null;
    // why: the parser precomputes the hidden-layer products of its most frequent features; the
    // model lists 99,990, CoreNLP takes 20,000. 60,000 (480 MB) cover 97% of the features met in
    // Guardian articles (issue "Scale and speed", docs/performance.md)
    this.parser = new FastDependencyParser(/* preComputed= */ 60_000, MAX_LENGTH);
  }

  private static Properties nerProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "ner");
    p.setProperty("enforceRequirements", "false");
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    return p;
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

  @Override
  public List<ParsedSentence> parse(List<ParsedSentence> sentences, Predicate<ParsedSentence> select) {
    List<CoreMap> chosen = new ArrayList<>();
    java.util.Set<CoreMap> picked =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<CoreLabel> allTokens = new ArrayList<>();
    for (ParsedSentence s : sentences) {
      if (!s.isParsed() && s.opaque() instanceof CoreMap m && select.test(s)) {
        chosen.add(m);
        picked.add(m);
        allTokens.addAll(m.get(CoreAnnotations.TokensAnnotation.class));
      }
    }
    if (chosen.isEmpty()) {
      return sentences;
    }
    if (entities != null) {
      Annotation sub = new Annotation("");
      sub.set(CoreAnnotations.SentencesAnnotation.class, chosen);
      sub.set(CoreAnnotations.TokensAnnotation.class, allTokens);
      entities.annotate(sub);
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
    // keep our own token offsets (the caller may have shifted them); take only the entities
    List<CoreLabel> labels = m.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> toks = new ArrayList<>(s.tokens().size());
    for (Token t : s.tokens()) {
      String ner = t.index() < labels.size() ? labels.get(t.index()).ner() : null;
      toks.add(new Token(t.index(), t.word(), t.lemma(), t.tag(), ner == null ? "O" : ner,
          t.begin(), t.end()));
    }
    return s.withParse(toks, deps, Math.max(root, 0));
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
