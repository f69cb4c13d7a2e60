package org.annals.nlp;

/**
 * The fast profile's output layer: the transitions' scores from the cubed hidden layer, in
 * floats. {@link #of} takes the Vector API's implementation when the JVM has the incubating module
 * (issue 6: it is most of the parse's time), else a plain loop that the JIT vectorizes.
 */
interface OutputLayer {
  /** Writes the score of every transition into {@code scores} (at least as long as there are). */
  void scores(float[] hidden, float[] scores);

  /**
   * Returns the fastest output layer this JVM can run for {@code w2[transition][hidden unit]}.
   *
   * @param vector whether the Vector API may be used (when the JVM has {@code
   *     jdk.incubator.vector})
   */
  static OutputLayer of(float[][] w2, boolean vector) {
    if (vector && ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
      try {
        // by name: this class must load, and run, on a JVM without the module
        return (OutputLayer) Class.forName("org.annals.nlp.VectorOutputLayer")
            .getDeclaredConstructor(float[][].class).newInstance((Object) w2);
      } catch (ReflectiveOperationException | LinkageError e) {
        // fall through to the plain loop
      }
    }
    return new PlainOutputLayer(w2);
  }
}
