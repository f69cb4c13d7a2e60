package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Random;
import org.junit.jupiter.api.Test;

class OutputLayerTest {
  @Test
  void scores_randomWeights_bothLayersGiveTheProducts() {
    Random random = new Random(6);
    // the model's shape (85 transitions, 1,000 hidden units), and odd ones for the padding
    int[][] shapes = {{85, 1000}, {1, 3}, {7, 5}, {8, 8}, {33, 17}, {64, 9}, {100, 2}};
    for (int[] shape : shapes) {
      float[][] w2 = new float[shape[0]][shape[1]];
      float[] hidden = new float[shape[1]];
      for (float[] row : w2) {
        for (int i = 0; i < row.length; i++) {
          row[i] = random.nextFloat() * 2 - 1;
        }
      }
      for (int i = 0; i < hidden.length; i++) {
        hidden[i] = random.nextFloat() * 4 - 2;
      }
      for (boolean vector : new boolean[] {false, true}) {
        float[] scores = new float[shape[0] + 64];
        OutputLayer.of(w2, vector).scores(hidden, scores);
        for (int k = 0; k < shape[0]; k++) {
          double expected = 0;
          for (int i = 0; i < hidden.length; i++) {
            expected += (double) w2[k][i] * hidden[i];
          }
          assertEquals(expected, scores[k], 1e-4 * (1 + Math.abs(expected)),
              "score " + k + " of " + shape[0] + "x" + shape[1] + ", vector " + vector);
        }
      }
    }
  }

  @Test
  void of_vectorModulePresent_takesTheVectorLayer() {
    float[][] w2 = {{1f, 2f}};
    boolean present = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    // the build runs the tests with the module (annals-core/pom.xml)
    assertEquals(true, present);
    assertInstanceOf(VectorOutputLayer.class, OutputLayer.of(w2, /* vector= */ true));
    assertInstanceOf(PlainOutputLayer.class, OutputLayer.of(w2, /* vector= */ false));
  }
}
