package org.annals.nlp;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The fast profile's output layer with JDK 17's incubating Vector API: the transitions' scores are
 * kept in up to four vector registers while the hidden units stream by, each score a chain of
 * fused multiply-adds in hidden-unit order. The JIT's own vectorization of the plain loop has to
 * load and store the scores for every few hidden units; this ran six times as fast on the
 * benchmark machine (issue 6, docs/performance.md). Loaded only when the JVM was started with
 * {@code --add-modules jdk.incubator.vector} ({@link OutputLayer#of}).
 */
final class VectorOutputLayer implements OutputLayer {
  private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
  /** Vectors of scores summed in one pass over the hidden units. */
  private static final int GROUP = 4;

  private final int hiddenSize;
  private final int outputs;
  /** The scores padded to whole vectors. */
  private final int padded;
  /**
   * The weights by groups of up to {@link #GROUP} vectors of transitions; within a group, hidden
   * unit by hidden unit, that unit's weights of the group's transitions (zero for the padding).
   */
  private final float[] weights;

  /** Takes the output weights as the model has them: {@code w2[transition][hidden unit]}. */
  VectorOutputLayer(float[][] w2) {
    this.outputs = w2.length;
    this.hiddenSize = w2[0].length;
    int lanes = SPECIES.length();
    this.padded = (outputs + lanes - 1) / lanes * lanes;
    this.weights = new float[padded * hiddenSize];
    int base = 0;
    for (int first = 0; first < padded; first += GROUP * lanes) {
      int width = Math.min(GROUP * lanes, padded - first);
      for (int i = 0; i < hiddenSize; i++) {
        for (int l = 0; l < width && first + l < outputs; l++) {
          weights[base + i * width + l] = w2[first + l][i];
        }
      }
      base += width * hiddenSize;
    }
  }

  @Override
  public void scores(float[] hidden, float[] scores) {
    int lanes = SPECIES.length();
    float[] out = scores.length >= padded ? scores : new float[padded];
    int base = 0;
    for (int first = 0; first < padded; first += GROUP * lanes) {
      int vectors = Math.min(GROUP, (padded - first) / lanes);
      if (vectors == GROUP) {
        four(hidden, base, out, first);
      } else if (vectors == 3) {
        three(hidden, base, out, first);
      } else {
        for (int v = 0; v < vectors; v++) {
          one(hidden, base, vectors * lanes, v * lanes, out, first + v * lanes);
        }
      }
      base += vectors * lanes * hiddenSize;
    }
    if (out != scores) {
      System.arraycopy(out, 0, scores, 0, outputs);
    }
  }

  private void four(float[] hidden, int base, float[] out, int first) {
    int lanes = SPECIES.length();
    int width = GROUP * lanes;
    FloatVector a0 = FloatVector.zero(SPECIES);
    FloatVector a1 = a0;
    FloatVector a2 = a0;
    FloatVector a3 = a0;
    for (int i = 0, o = base; i < hiddenSize; i++, o += width) {
      FloatVector h = FloatVector.broadcast(SPECIES, hidden[i]);
      a0 = FloatVector.fromArray(SPECIES, weights, o).fma(h, a0);
      a1 = FloatVector.fromArray(SPECIES, weights, o + lanes).fma(h, a1);
      a2 = FloatVector.fromArray(SPECIES, weights, o + 2 * lanes).fma(h, a2);
      a3 = FloatVector.fromArray(SPECIES, weights, o + 3 * lanes).fma(h, a3);
    }
    a0.intoArray(out, first);
    a1.intoArray(out, first + lanes);
    a2.intoArray(out, first + 2 * lanes);
    a3.intoArray(out, first + 3 * lanes);
  }

  private void three(float[] hidden, int base, float[] out, int first) {
    int lanes = SPECIES.length();
    int width = 3 * lanes;
    FloatVector a0 = FloatVector.zero(SPECIES);
    FloatVector a1 = a0;
    FloatVector a2 = a0;
    for (int i = 0, o = base; i < hiddenSize; i++, o += width) {
      FloatVector h = FloatVector.broadcast(SPECIES, hidden[i]);
      a0 = FloatVector.fromArray(SPECIES, weights, o).fma(h, a0);
      a1 = FloatVector.fromArray(SPECIES, weights, o + lanes).fma(h, a1);
      a2 = FloatVector.fromArray(SPECIES, weights, o + 2 * lanes).fma(h, a2);
    }
    a0.intoArray(out, first);
    a1.intoArray(out, first + lanes);
    a2.intoArray(out, first + 2 * lanes);
  }

  /** One vector of scores at {@code lane} of a group {@code width} wide. */
  private void one(float[] hidden, int base, int width, int lane, float[] out, int at) {
    FloatVector a = FloatVector.zero(SPECIES);
    for (int i = 0, o = base + lane; i < hiddenSize; i++, o += width) {
      a = FloatVector.fromArray(SPECIES, weights, o).fma(FloatVector.broadcast(SPECIES, hidden[i]), a);
    }
    a.intoArray(out, at);
  }
}
