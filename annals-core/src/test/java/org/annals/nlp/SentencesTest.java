package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
  private static final String TOKENS =
      "Georgia/NNP recalled/VBD/recall its/PRP$ envoy/NN ,/, officials/NNS/official said/VBD/say"
          + " ./.";

  @Test
  void parse_tokenSpec_computesTextAndOffsets() {
    ParsedSentence s = Sentences.sentence(3, 100, TOKENS);

    assertEquals("Georgia recalled its envoy, officials said.", s.text());
    assertEquals(3, s.index());
    assertEquals(100, s.begin());
    Token envoy = s.tokens().get(3);
    assertEquals("envoy", s.text().substring(envoy.begin() - 100, envoy.end() - 100));
    Token comma = s.tokens().get(4);
    assertEquals(envoy.end(), comma.begin());
    assertEquals("recall", s.tokens().get(1).lemma());
    assertEquals("georgia", s.tokens().get(0).lemma());
    assertEquals("O", s.tokens().get(0).ner());
    assertFalse(s.isParsed());
  }

  @Test
  void parse_edgesOneBased_storesZeroBasedEdgesAndRoot() {
    ParsedSentence s =
        Sentences.parse(
            TOKENS,
            "root(ROOT-0, said-7)",
            "ccomp(said-7, recalled-2)",
            "nsubj(recalled-2, Georgia-1)",
            "obj:x(recalled-2, envoy-4)");

    assertTrue(s.isParsed());
    assertEquals(6, s.root());
    assertEquals(3, s.dependencies().size());
    assertEquals(List.of(3), s.children(1, "obj:x"));
    assertEquals(new Dependency(6, 1, "ccomp"), s.heads(1).get(0));
  }

  @Test
  void parse_noRootEdge_takesHeadlessGovernorAsRoot() {
    ParsedSentence s = Sentences.parse(TOKENS, "nsubj(recalled-2, Georgia-1)");

    assertEquals(1, s.root());
  }

  @Test
  void parse_edgeNamingWrongWord_throws() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Sentences.parse(TOKENS, "nsubj(recalled-2, Russia-1)"));
  }

  @Test
  void parse_wordWithHyphenInEdge_readsIndexAfterLastHyphen() {
    ParsedSentence s =
        Sentences.parse(
            "a/DT tit-for-tat/JJ move/NN", "amod(move-3, tit-for-tat-2)", "det(move-3, a-1)");

    assertEquals(List.of(1), s.children(2, "amod"));
  }

  @Test
  void fourPartToken_setsNer() {
    ParsedSentence s = Sentences.tokensOnly("Tbilisi/NNP/tbilisi/LOCATION");

    assertEquals("LOCATION", s.tokens().get(0).ner());
  }

  @Test
  void at_knownWord_returnsZeroBasedIndex() {
    assertEquals(6, Sentences.at(Sentences.tokensOnly(TOKENS), "said"));
  }
}
