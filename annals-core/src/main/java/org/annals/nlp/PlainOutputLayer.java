package org.annals.nlp;

import java.util.Arrays;

/**
 * The output layer as a plain loop: the weights transposed, so that four hidden units at a time
 * are multiplied into every score by independent multiply-adds that the JIT vectorizes.
 */
final class PlainOutputLayer implements OutputLayer {
  private final int hiddenSize;
  private final int outputs;
  /** {@code weights[i * outputs + k]} = W2[k][i]. */
  private final float[] weights;

  PlainOutputLayer(float[][] w2) {
    this.outputs = w2.length;
    this.hiddenSize = w2[0].length;
    this.weights = new float[outputs * hiddenSize];
    for (int k = 0; k < outputs; k++) {
      for (int i = 0; i < hiddenSize; i++) {
        weights[i * outputs + k] = w2[k][i];
      }
    }
  }

  @Override
  public void scores(float[] hidden, float[] scores) {
    Arrays.fill(scores, 0, outputs, 0f);
    int n = outputs;
    float[] w = weights;
    int i = 0;
    for (; i + 4 <= hiddenSize; i += 4) {
      float h0 = hidden[i];
      float h1 = hidden[i + 1];
      float h2 = hidden[i + 2];
      float h3 = hidden[i + 3];
      int o0 = i * n;
      for (int k = 0; k < n; k++) {
        scores[k] += h0 * w[o0 + k] + h1 * w[o0 + n + k] + h2 * w[o0 + 2 * n + k]
            + h3 * w[o0 + 3 * n + k];
      }
    }
    for (; i < hiddenSize; i++) {
      for (int k = 0; k < n; k++) {
        scores[k] += hidden[i] * w[i * n + k];
      }
    }
  }
}
