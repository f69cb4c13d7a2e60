package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@link FastDependencyParser} against CoreNLP's own {@code depparse} annotator (real models). */
@Tag("long-running")
class FastDependencyParserIT {
  private static final String TEXT = "Russian forces shelled the Ukrainian city of Kharkiv on"
      + " Tuesday, killing three civilians, the regional governor said. The European Union"
      + " condemned the attack and promised more aid to Kyiv. Israel and Hamas agreed to a"
      + " four-day truce brokered by Qatar, Egypt and the United States, officials told reporters."
      + " Protesters in Nairobi demanded the resignation of President William Ruto, who had"
      + " threatened to deploy the army against them or to arrest the organisers. \"We will not"
      + " negotiate with terrorists,\" the prime minister told parliament on Wednesday.";

  @Test
  void parse_newsSentences_sameGraphsAsCoreNlp() {
    Properties split = new Properties();
    split.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    Annotation doc = new Annotation(TEXT);
    new StanfordCoreNLP(split).annotate(doc);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    FastDependencyParser fast = new FastDependencyParser(/* preComputed= */ 20_000, 150, /* exact= */ true);
    List<String> ours = sentences.stream().map(m -> edges(fast.parse(m))).toList();

    Properties parse = new Properties();
    parse.setProperty("annotators", "depparse");
    parse.setProperty("enforceRequirements", "false");
    parse.setProperty("depparse.numPreComputed", "20000");
    new StanfordCoreNLP(parse).annotate(doc);
    List<String> theirs = sentences.stream()
        .map(m -> edges(
            m.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class)))
        .toList();
    assertEquals(theirs, ours);
  }

  /** The edges as text, without the primes that mark copy nodes (CoreNLP counts them per graph). */
  private static String edges(SemanticGraph g) {
    return g.toList().replace("'", "");
  }
}
