package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CoreNlpPipelineTest {
  @Test
  void fastParses_leadSentenceUpTo80Tokens_othersUpTo40() {
    assertTrue(CoreNlpPipeline.fastParses(0, 80), "a long lead");
    assertFalse(CoreNlpPipeline.fastParses(0, 81));
    assertTrue(CoreNlpPipeline.fastParses(1, 40));
    assertFalse(CoreNlpPipeline.fastParses(1, 41), "a long sentence after the lead");
  }
}
