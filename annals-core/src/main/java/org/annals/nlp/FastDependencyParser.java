package org.annals.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CoreNLP's neural dependency parser ({@code depparse}) with a faster feed-forward pass, giving the
 * same parses as CoreNLP's own with {@code depparse.numPreComputed} set to the same number, and only
 * the enhanced++ graph that Annals reads ({@code FastDependencyParserIT} compares the two).
 *
 * <p>Why (issue 6, "Scale and speed", docs/performance.md): a JFR profile put 62% of CoreNLP's
 * time in {@code DependencyParser.predictInner} and 14% in building the four dependency graphs
 * Annals does not read. CoreNLP's classifier multiplies the 1,000 hidden units by the 85
 * transitions as 85 dot products, each a chain of dependent additions of a double and a float, and
 * keeps the hidden-layer products of rare features in one LRU cache behind a lock that all threads
 * share. Here the weights are widened to doubles once and the output weights transposed, so that
 * the same sums, in the same order, run as independent multiply-adds that the JIT vectorizes; the
 * rare features' products are computed the same way and cached without a lock. The model, its feature
 * extraction and its transition system stay CoreNLP's own, reached by reflection.
 */
final class FastDependencyParser {
  /** Rare-feature products kept before the cache is emptied (8 KB each). */
  private static final int CACHE_SIZE = 10_000;

  private final DependencyParser parser;
  private final ParsingSystem system;
  private final List<String> transitions;
  private final MethodHandle featureArray;
  private final MethodHandle relation;
  private final MethodHandle structure;
  private final int maxLength;
  private final int numTokens;
  private final int embeddingSize;
  private final int hiddenSize;
  private final int numTransitions;
  private final float[][] embeddings;
  /** W1 transposed: row {@code j * embeddingSize + e} holds the weights of unit e of slot j. */
  private final float[][] w1t;
  private final float[] b1;
  /** W2 transposed, flattened, widened: {@code w2t[i * numTransitions + k]} = W2[k][i]. */
  private final double[] w2t;
  /** The precomputed products of the model's most frequent features, {@code hiddenSize} a row. */
  private final double[] saved;
  /** Row of {@link #saved} for feature {@code tok * numTokens + slot}, or -1. */
  private final int[] savedRow;
  // shared and lock-free: a value is the same whichever thread computes it; per-thread caches
  // would grow with the threads of a server's pool
  private final Map<Integer, double[]> cache = new ConcurrentHashMap<>();

  /**
   * Loads CoreNLP's English UD model.
   *
   * @param preComputed how many of the model's most frequent features get their products computed
   *     now, 8 KB each (the model lists 99,990)
   * @param maxLength longer sentences are not parsed
   */
  FastDependencyParser(int preComputed, int maxLength) {
    Properties props = new Properties();
    props.setProperty("numPreComputed", "0"); // we precompute, below, as CoreNLP would
    this.parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, props);
    this.maxLength = maxLength;
    try {
      Object classifier = field(DependencyParser.class, "classifier").get(parser);
      this.system = (ParsingSystem) field(DependencyParser.class, "system").get(parser);
      if (!(system instanceof ArcStandard)) {
        throw new IllegalStateException("not an arc-standard parser: " + system.getClass());
      }
      @SuppressWarnings("unchecked")
      List<String> trans = (List<String>) field(ParsingSystem.class, "transitions").get(system);
      this.transitions = List.copyOf(trans);
      Class<?> cls = classifier.getClass();
      float[][] w1 = (float[][]) field(cls, "W1").get(classifier);
      float[][] w2 = (float[][]) field(cls, "W2").get(classifier);
      this.embeddings = (float[][]) field(cls, "E").get(classifier);
      this.b1 = (float[]) field(cls, "b1").get(classifier);
      @SuppressWarnings("unchecked")
      List<Integer> frequent =
          (List<Integer>) field(DependencyParser.class, "preComputed").get(parser);
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      this.featureArray = lookup.unreflect(method("getFeatureArray", Configuration.class));
      this.relation = lookup.unreflect(method("makeGrammaticalRelation", String.class));
      this.structure =
          lookup.unreflect(method("makeGrammaticalStructure", List.class, TreeGraphNode.class));
      this.embeddingSize = embeddings[0].length;
      this.hiddenSize = w1.length;
      this.numTokens = w1[0].length / embeddingSize;
      this.numTransitions = w2.length;
      this.w1t = transpose(w1);
      this.w2t = flatTranspose(w2);
      this.savedRow = new int[embeddings.length * numTokens];
      Arrays.fill(savedRow, -1);
      List<Integer> chosen = frequent.subList(0, Math.min(preComputed, frequent.size()));
      this.saved = new double[chosen.size() * hiddenSize];
      for (int row = 0; row < chosen.size(); row++) {
        int feature = chosen.get(row);
        savedRow[feature] = row;
        System.arraycopy(products(feature / numTokens, feature % numTokens), 0, saved,
            row * hiddenSize, hiddenSize);
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("unsupported CoreNLP dependency parser: " + e, e);
    }
  }

  /**
   * Parses one tokenized, tagged sentence and returns its enhanced++ graph, or null when the
   * sentence is longer than the length cap (as {@code depparse.maxlen}).
   */
  SemanticGraph parse(CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    if (tokens.size() > maxLength) {
      return null;
    }
    Configuration c = predict(sentence);
    GrammaticalStructure gs = structure(c, tokens);
    return SemanticGraphFactory.makeFromTree(
        gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, GrammaticalStructure.Extras.NONE, null);
  }

  /** CoreNLP's {@code predictInner}: the greedy transition loop. */
  private Configuration predict(CoreMap sentence) {
    Configuration c = system.initialConfiguration(sentence);
    Map<Integer, double[]> slices = cache;
    double[] hidden = new double[hiddenSize];
    double[] scores = new double[numTransitions];
    // ArcStandard.isTerminal, which is not public
    while (c.getStackSize() != 1 || c.getBufferSize() != 0) {
      scores(features(c), slices, hidden, scores);
      double optScore = Double.NEGATIVE_INFINITY;
      String optTrans = null;
      for (int j = 0; j < numTransitions; ++j) {
        if (scores[j] > optScore) {
          String tr = transitions.get(j);
          if (system.canApply(c, tr)) {
            optScore = scores[j];
            optTrans = tr;
          }
        }
      }
      system.apply(c, optTrans);
    }
    return c;
  }

  private int[] features(Configuration c) {
    try {
      return (int[]) featureArray.invoke(parser, c);
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * CoreNLP's {@code Classifier.computeScores} at test time, the same floating-point operations in
   * the same order per output, arranged so that independent outputs are computed together.
   */
  private void scores(int[] feature, Map<Integer, double[]> slices, double[] hidden,
      double[] scores) {
    Arrays.fill(hidden, 0.0);
    for (int j = 0; j < feature.length; j++) {
      int index = feature[j] * numTokens + j;
      int row = savedRow[index];
      if (row >= 0) {
        addInPlace(hidden, saved, row * hiddenSize);
      } else {
        double[] slice = slices.get(index);
        if (slice == null) {
          slice = slice(feature[j], j);
          if (slices.size() >= CACHE_SIZE) {
            slices.clear();
          }
          slices.put(index, slice);
        }
        addInPlace(hidden, slice, 0);
      }
    }
    for (int i = 0; i < hiddenSize; i++) {
      hidden[i] += b1[i];
      hidden[i] = hidden[i] * hidden[i] * hidden[i];
    }
    Arrays.fill(scores, 0.0);
    for (int i = 0; i < hiddenSize; i++) {
      multiplyAdd(scores, hidden[i], w2t, i * numTransitions);
    }
  }

  /**
   * The hidden-layer product of one input feature as CoreNLP's cache holds it ({@code
   * Classifier.matrixMultiplySlice}, rounded to floats).
   */
  private double[] slice(int tok, int slot) {
    double[] partial = products(tok, slot);
    for (int i = 0; i < hiddenSize; i++) {
      partial[i] = (float) partial[i];
    }
    return partial;
  }

  /**
   * The hidden-layer product of one input feature as CoreNLP precomputes it ({@code
   * Classifier.matrixMultiplySliceSum} into a zero row).
   */
  private double[] products(int tok, int slot) {
    double[] partial = new double[hiddenSize];
    float[] e = embeddings[tok];
    int offset = slot * embeddingSize;
    for (int j = 0; j < embeddingSize; j++) {
      float[] w = w1t[offset + j];
      float ej = e[j];
      for (int i = 0; i < hiddenSize; i++) {
        partial[i] += w[i] * ej;
      }
    }
    return partial;
  }

  private static void addInPlace(double[] to, double[] from, int offset) {
    for (int i = 0; i < to.length; i++) {
      to[i] += from[offset + i];
    }
  }

  private static void addInPlace(double[] to, float[] from) {
    for (int i = 0; i < to.length; i++) {
      to[i] += from[i];
    }
  }

  private void multiplyAdd(double[] scores, double h, double[] w, int offset) {
    for (int k = 0; k < numTransitions; k++) {
      scores[k] += h * w[offset + k];
    }
  }

  /** The rest of CoreNLP's {@code DependencyParser.predict}: typed dependencies to a structure. */
  private GrammaticalStructure structure(Configuration c, List<CoreLabel> tokens) {
    IndexedWord root = new IndexedWord(new Word("ROOT"));
    root.set(CoreAnnotations.IndexAnnotation.class, 0);
    List<TypedDependency> deps = new ArrayList<>(tokens.size());
    try {
      for (int i = 1; i <= tokens.size(); i++) {
        int head = c.getHead(i);
        IndexedWord word = new IndexedWord(tokens.get(i - 1));
        IndexedWord headWord = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
        GrammaticalRelation rel = head == 0
            ? GrammaticalRelation.ROOT
            : (GrammaticalRelation) relation.invoke(parser, c.getLabel(i));
        deps.add(new TypedDependency(rel, headWord, word));
      }
      return (GrammaticalStructure) structure.invoke(parser, deps, new TreeGraphNode(root));
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  private static float[][] transpose(float[][] m) {
    float[][] t = new float[m[0].length][m.length];
    for (int i = 0; i < m.length; i++) {
      for (int j = 0; j < m[i].length; j++) {
        t[j][i] = m[i][j];
      }
    }
    return t;
  }

  private static double[] flatTranspose(float[][] m) {
    int rows = m.length;
    double[] t = new double[rows * m[0].length];
    for (int k = 0; k < rows; k++) {
      for (int i = 0; i < m[k].length; i++) {
        t[i * rows + k] = m[k][i];
      }
    }
    return t;
  }

  private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  private static Method method(String name, Class<?>... params) throws NoSuchMethodException {
    Method m = DependencyParser.class.getDeclaredMethod(name, params);
    m.setAccessible(true);
    return m;
  }
}
