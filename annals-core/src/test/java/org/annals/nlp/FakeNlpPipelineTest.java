package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FakeNlpPipelineTest {
  private static final ParsedSentence FIRST =
      Sentences.parse(
          "Armenia/NNP protested/VBD/protest ./.",
          "root(ROOT-0, protested-2)",
          "nsubj(protested-2, Armenia-1)");
  private static final ParsedSentence SECOND =
      Sentences.parse(
          "Baku/NNP replied/VBD/reply ./.",
          "root(ROOT-0, replied-2)",
          "nsubj(replied-2, Baku-1)");

  @Test
  void split_registeredTexts_returnsUnparsedSentencesAtTheirOffsets() {
    FakeNlpPipeline nlp = FakeNlpPipeline.of(FIRST, SECOND);
    String text = "Armenia protested.\n\nBaku replied.";

    List<ParsedSentence> out = nlp.split(text);

    assertEquals(2, out.size());
    ParsedSentence baku = out.get(1);
    assertEquals(1, baku.index());
    assertEquals(20, baku.begin());
    assertFalse(baku.isParsed());
    Token replied = baku.tokens().get(1);
    assertEquals("replied", text.substring(replied.begin(), replied.end()));
  }

  @Test
  void split_unknownText_returnsNothing() {
    assertTrue(FakeNlpPipeline.of(FIRST).split("Nothing registered here.").isEmpty());
  }

  @Test
  void parse_selectedSentenceOnly_getsItsDependencies() {
    FakeNlpPipeline nlp = FakeNlpPipeline.of(FIRST, SECOND);
    List<ParsedSentence> split = nlp.split("Armenia protested. Baku replied.");

    List<ParsedSentence> out = nlp.parse(split, s -> s.text().startsWith("Baku"));

    assertFalse(out.get(0).isParsed());
    assertTrue(out.get(1).isParsed());
    assertEquals(1, out.get(1).index());
    assertEquals(19, out.get(1).tokens().get(0).begin());
    assertEquals(List.of(0), out.get(1).children(1, "nsubj"));
    assertEquals(List.of("Baku replied."), nlp.parsedTexts());
  }
}
