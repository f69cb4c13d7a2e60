package org.annals.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Config;
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
 * rare features' products are computed the same way and cached without a lock. The model stays
 * CoreNLP's own, reached by reflection; its feature extraction and arc-standard transitions are
 * redone on int arrays ({@link ArcStandardState}), and a transition that is the only legal one is
 * taken without scoring.
 *
 * <p>The parser is bound by memory traffic: each configuration adds 48 rows of 1,000 products,
 * 8 KB each, from a table of hundreds of megabytes, then multiplies by a 680 KB output matrix.
 * The sums add four rows (and four hidden units) a pass, each sum still in CoreNLP's order, so
 * that the running totals stay in registers. Outside the exact mode (the fast profile), the
 * products, the hidden layer and the output weights are single-precision floats: half the
 * memory traffic and twice the values per vector instruction, for scores that differ from
 * CoreNLP's in the seventh digit, which rarely changes a transition (issue 6). The fast profile
 * also keeps the sum of each stack word's child features until the word gets a child, and takes
 * its output layer from {@link OutputLayer#of} (the Vector API when the JVM has it).
 */
final class FastDependencyParser {
  /** Rare-feature products kept before the cache is emptied (8 KB each). */
  private static final int CACHE_SIZE = 10_000;
  /**
   * The same in the fast profile (4 KB each): computing them was a tenth of its parse time with
   * 10,000 on Guardian articles (issue 6).
   */
  private static final int CACHE_SIZE_SINGLE = 40_000;

  private final DependencyParser parser;
  /** The kind of each transition: a left arc, a right arc or a shift. */
  private enum Move { LEFT, RIGHT, SHIFT }

  // CoreNLP's feature layout (DependencyParser.getFeatureArray): 18 words, 18 tags, 12 labels
  private static final int POS_OFFSET = 18;
  private static final int DEP_OFFSET = 36;
  private static final int STACK_OFFSET = 6;
  private static final int STACK_NUMBER = 6;
  /** The features of the top three of the stack and the first three of the buffer. */
  private static final int[] BASE_SLOTS = {0, 1, 2, 3, 4, 5, 18, 19, 20, 21, 22, 23};
  /** The features of the children of the top of the stack ([0]) and of the second ([1]). */
  private static final int[][] CHILD_SLOTS = {childSlots(0), childSlots(1)};

  /** The move of each transition, in the model's order of transitions (and scores). */
  private final Move[] moves;
  /** The label of each arc transition, as an index into the model's labels (-1 for the shift). */
  private final int[] labelOf;
  /** Whether each transition's label is the root label. */
  private final boolean[] rootLabel;
  /** The label names, by index. */
  private final List<String> labels;
  /** The embedding id of each label. */
  private final int[] labelIds;
  private final int shift;
  /** The root's arc to the last word: {@code R(root)}. */
  private final int rootArc;
  private final int nullWord;
  private final int rootWord;
  private final int nullTag;
  private final int rootTag;
  private final int nullLabel;
  /** Fast profile: the sums of the child features' products of a stack word without children. */
  private final float[][] noChildren;
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
  /** Whether the scores are CoreNLP's to the last bit (double precision) or floats. */
  private final boolean exact;
  /** W2 transposed, flattened, widened: {@code w2t[i * numTransitions + k]} = W2[k][i]. */
  private final double[] w2t;
  /** The output layer in floats (not exact). */
  private final OutputLayer output;
  /** The precomputed products of the model's most frequent features, {@code hiddenSize} a row. */
  private final double[] saved;
  /** The same products rounded to floats (not exact). */
  private final float[] savedF;
  /** Row of {@link #saved} for feature {@code tok * numTokens + slot}, or -1. */
  private final int[] savedRow;
  // shared and lock-free: a value is the same whichever thread computes it; per-thread caches
  // would grow with the threads of a server's pool
  private final Map<Integer, double[]> cache = new ConcurrentHashMap<>();
  private final Map<Integer, float[]> cacheF = new ConcurrentHashMap<>();

  /**
   * Loads CoreNLP's English UD model.
   *
   * @param preComputed how many of the model's most frequent features get their products computed
   *     now, 8 KB each (the model lists 99,990)
   * @param maxLength longer sentences are not parsed
   * @param exact whether to compute CoreNLP's scores exactly (in doubles) or in floats
   */
  FastDependencyParser(int preComputed, int maxLength, boolean exact) {
    Properties props = new Properties();
    props.setProperty("numPreComputed", "0"); // we precompute, below, as CoreNLP would
    this.parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, props);
    this.maxLength = maxLength;
    this.exact = exact;
    try {
      Object classifier = field(DependencyParser.class, "classifier").get(parser);
      ParsingSystem system = (ParsingSystem) field(DependencyParser.class, "system").get(parser);
      if (!(system instanceof ArcStandard)) {
        throw new IllegalStateException("not an arc-standard parser: " + system.getClass());
      }
      @SuppressWarnings("unchecked")
      List<String> trans = (List<String>) field(ParsingSystem.class, "transitions").get(system);
      @SuppressWarnings("unchecked")
      List<String> names = (List<String>) field(ParsingSystem.class, "labels").get(system);
      String root = (String) field(ParsingSystem.class, "rootLabel").get(system);
      this.labels = List.copyOf(names);
      this.labelIds = labels.stream().mapToInt(parser::getLabelID).toArray();
      this.moves = new Move[trans.size()];
      this.labelOf = new int[trans.size()];
      this.rootLabel = new boolean[trans.size()];
      int shiftAt = -1;
      int rootArcAt = -1;
      for (int j = 0; j < trans.size(); j++) {
        String t = trans.get(j);
        moves[j] = t.startsWith("L") ? Move.LEFT : t.startsWith("R") ? Move.RIGHT : Move.SHIFT;
        String label = moves[j] == Move.SHIFT ? null : t.substring(2, t.length() - 1);
        labelOf[j] = label == null ? -1 : labels.indexOf(label);
        rootLabel[j] = root.equals(label);
        if (moves[j] == Move.SHIFT) {
          shiftAt = j;
        } else if (labelOf[j] < 0) {
          throw new IllegalStateException("transition of an unknown label: " + t);
        } else if (moves[j] == Move.RIGHT && rootLabel[j]) {
          rootArcAt = j;
        }
      }
      if (shiftAt < 0 || rootArcAt < 0) {
        throw new IllegalStateException("no shift or no root arc among " + trans);
      }
      this.shift = shiftAt;
      this.rootArc = rootArcAt;
      this.nullWord = parser.getWordID(Config.NULL);
      this.rootWord = parser.getWordID(Config.ROOT);
      this.nullTag = parser.getPosID(Config.NULL);
      this.rootTag = parser.getPosID(Config.ROOT);
      this.nullLabel = parser.getLabelID(Config.NULL);
      Class<?> cls = classifier.getClass();
      float[][] w1 = (float[][]) field(cls, "W1").get(classifier);
      float[][] w2 = (float[][]) field(cls, "W2").get(classifier);
      this.embeddings = (float[][]) field(cls, "E").get(classifier);
      this.b1 = (float[]) field(cls, "b1").get(classifier);
      @SuppressWarnings("unchecked")
      List<Integer> frequent =
          (List<Integer>) field(DependencyParser.class, "preComputed").get(parser);
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      this.relation = lookup.unreflect(method("makeGrammaticalRelation", String.class));
      this.structure =
          lookup.unreflect(method("makeGrammaticalStructure", List.class, TreeGraphNode.class));
      this.embeddingSize = embeddings[0].length;
      this.hiddenSize = w1.length;
      this.numTokens = w1[0].length / embeddingSize;
      this.numTransitions = w2.length;
      if (numTokens != DEP_OFFSET + 2 * STACK_NUMBER || numTransitions != trans.size()) {
        throw new IllegalStateException("unexpected model layout: " + numTokens + " features, "
            + numTransitions + " scores for " + trans.size() + " transitions");
      }
      this.w1t = transpose(w1);
      this.w2t = exact ? flatTranspose(w2) : null;
      // -Dannals.parser.vector=false keeps the plain loop even when the Vector API is there
      this.output = exact ? null : OutputLayer.of(w2,
          /* vector= */ Boolean.parseBoolean(System.getProperty("annals.parser.vector", "true")));
      this.savedRow = new int[embeddings.length * numTokens];
      Arrays.fill(savedRow, -1);
      List<Integer> chosen = frequent.subList(0, Math.min(preComputed, frequent.size()));
      this.saved = exact ? new double[chosen.size() * hiddenSize] : null;
      this.savedF = exact ? null : new float[chosen.size() * hiddenSize];
      for (int row = 0; row < chosen.size(); row++) {
        int feature = chosen.get(row);
        savedRow[feature] = row;
        double[] p = products(feature / numTokens, feature % numTokens);
        for (int i = 0; i < hiddenSize; i++) {
          if (exact) {
            saved[row * hiddenSize + i] = p[i];
          } else {
            savedF[row * hiddenSize + i] = (float) p[i];
          }
        }
      }
      this.noChildren = new float[2][];
      for (int j = 0; j < 2 && !exact; j++) {
        noChildren[j] = new float[hiddenSize];
        for (int slot : CHILD_SLOTS[j]) {
          int tok = slot < POS_OFFSET ? nullWord : slot < DEP_OFFSET ? nullTag : nullLabel;
          double[] p = products(tok, slot);
          int row = savedRow[tok * numTokens + slot];
          for (int i = 0; i < hiddenSize; i++) {
            noChildren[j][i] += row >= 0 ? savedF[row * hiddenSize + i] : (float) p[i];
          }
        }
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("unsupported CoreNLP dependency parser: " + e, e);
    }
  }

  private static int[] childSlots(int j) {
    int[] out = new int[3 * STACK_NUMBER];
    for (int m = 0; m < STACK_NUMBER; m++) {
      int at = STACK_OFFSET + j * STACK_NUMBER + m;
      out[m] = at;
      out[STACK_NUMBER + m] = POS_OFFSET + at;
      out[2 * STACK_NUMBER + m] = DEP_OFFSET - STACK_OFFSET + at;
    }
    return out;
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
    ArcStandardState c = predict(tokens);
    GrammaticalStructure gs = structure(c, tokens);
    return SemanticGraphFactory.makeFromTree(
        gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, GrammaticalStructure.Extras.NONE, null);
  }

  /**
   * CoreNLP's {@code predictInner}: the greedy transition loop, on our own state. A transition that
   * is the only legal one is taken without scoring (CoreNLP would score it and take it anyway).
   */
  private ArcStandardState predict(List<CoreLabel> tokens) {
    ArcStandardState c = new ArcStandardState(tokens.size());
    Scratch scratch = new Scratch(numTokens, hiddenSize, numTransitions, tokens.size());
    double[] scores = scratch.scores;
    int[] words = new int[tokens.size() + 2];
    int[] tags = new int[tokens.size() + 2];
    words[0] = nullWord;
    words[1] = rootWord;
    tags[0] = nullTag;
    tags[1] = rootTag;
    for (int i = 0; i < tokens.size(); i++) {
      words[i + 2] = parser.getWordID(tokens.get(i).word());
      tags[i + 2] = parser.getPosID(tokens.get(i).tag());
    }
    int[] feature = new int[numTokens];
    while (!c.isTerminal()) {
      int chosen;
      if (c.isForced()) {
        chosen = c.canShift() ? shift : rootArc;
      } else {
        features(c, words, tags, feature);
        if (exact) {
          scores(feature, scratch);
        } else {
          scoresGrouped(c, feature, scratch);
        }
        chosen = best(c, scores);
      }
      apply(c, chosen);
    }
    return c;
  }

  /** The legal transition with the highest score, the first of equals (as CoreNLP). */
  private int best(ArcStandardState c, double[] scores) {
    double optScore = Double.NEGATIVE_INFINITY;
    int opt = -1;
    for (int j = 0; j < numTransitions; ++j) {
      if (scores[j] > optScore && canApply(c, j)) {
        optScore = scores[j];
        opt = j;
      }
    }
    if (opt < 0) {
      throw new IllegalStateException("no legal transition");
    }
    return opt;
  }

  private boolean canApply(ArcStandardState c, int transition) {
    return switch (moves[transition]) {
      case LEFT -> c.canLeftArc(rootLabel[transition]);
      case RIGHT -> c.canRightArc(rootLabel[transition]);
      default -> c.canShift();
    };
  }

  private void apply(ArcStandardState c, int transition) {
    switch (moves[transition]) {
      case LEFT -> c.leftArc(labelOf[transition]);
      case RIGHT -> c.rightArc(labelOf[transition]);
      default -> c.shift();
    }
  }

  /**
   * CoreNLP's {@code DependencyParser.getFeatureArray}: words, tags and labels of the top three of
   * the stack, the first three of the buffer, and the children of the top two of the stack.
   * {@code words} and {@code tags} hold the ids of no token, the root, then the sentence's tokens.
   */
  private void features(ArcStandardState c, int[] words, int[] tags, int[] feature) {
    for (int j = 2; j >= 0; --j) {
      int index = c.stack(j);
      feature[2 - j] = words[index + 1];
      feature[POS_OFFSET + 2 - j] = tags[index + 1];
    }
    for (int j = 0; j <= 2; ++j) {
      int index = c.buffer(j);
      feature[3 + j] = words[index + 1];
      feature[POS_OFFSET + 3 + j] = tags[index + 1];
    }
    for (int j = 0; j <= 1; ++j) {
      int k = c.stack(j);
      int at = STACK_OFFSET + j * STACK_NUMBER;
      child(c, c.leftChild(k, 1), words, tags, feature, at);
      child(c, c.rightChild(k, 1), words, tags, feature, at + 1);
      child(c, c.leftChild(k, 2), words, tags, feature, at + 2);
      child(c, c.rightChild(k, 2), words, tags, feature, at + 3);
      child(c, c.leftChild(c.leftChild(k, 1), 1), words, tags, feature, at + 4);
      child(c, c.rightChild(c.rightChild(k, 1), 1), words, tags, feature, at + 5);
    }
  }

  private void child(ArcStandardState c, int index, int[] words, int[] tags, int[] feature,
      int at) {
    feature[at] = words[index + 1];
    feature[POS_OFFSET + at] = tags[index + 1];
    // DependencyTree.getLabel: no token, and the root, have the null label; a child is attached
    feature[DEP_OFFSET - STACK_OFFSET + at] = index <= 0 ? nullLabel : labelIds[c.label(index)];
  }

  /** Per-sentence working arrays of the forward pass. */
  private static final class Scratch {
    final double[] hidden;
    final float[] hiddenF;
    final double[] scores;
    final float[] scoresF;
    final double[][] rows;
    final float[][] rowsF;
    final int[] offsets;
    /**
     * Fast profile: the sum of the child features' products of token k as the top of the stack
     * (index 2k) or the second (2k + 1), computed when it had {@code childSumOf[i]} children.
     */
    final float[][] childSums;
    final int[] childSumOf;

    Scratch(int features, int hiddenSize, int transitions, int length) {
      hidden = new double[hiddenSize];
      hiddenF = new float[hiddenSize];
      scores = new double[transitions];
      scoresF = new float[transitions + 64]; // room for an output layer's padding
      rows = new double[features][];
      rowsF = new float[features][];
      offsets = new int[features];
      childSums = new float[2 * (length + 1)][];
      childSumOf = new int[2 * (length + 1)];
    }
  }

  /**
   * CoreNLP's {@code Classifier.computeScores} at test time, the same floating-point operations in
   * the same order per output, arranged so that independent outputs are computed together.
   */
  private void scores(int[] feature, Scratch s) {
    for (int j = 0; j < feature.length; j++) {
      int index = feature[j] * numTokens + j;
      int row = savedRow[index];
      if (row >= 0) {
        s.rows[j] = saved;
        s.offsets[j] = row * hiddenSize;
      } else {
        double[] slice = cache.get(index);
        if (slice == null) {
          slice = slice(feature[j], j);
          if (cache.size() >= CACHE_SIZE) {
            cache.clear();
          }
          cache.put(index, slice);
        }
        s.rows[j] = slice;
        s.offsets[j] = 0;
      }
    }
    double[] hidden = s.hidden;
    Arrays.fill(hidden, 0.0);
    int j = 0;
    for (; j + 4 <= feature.length; j += 4) {
      addFour(hidden, s.rows, s.offsets, j);
    }
    for (; j < feature.length; j++) {
      addInPlace(hidden, s.rows[j], s.offsets[j]);
    }
    for (int i = 0; i < hiddenSize; i++) {
      hidden[i] += b1[i];
      hidden[i] = hidden[i] * hidden[i] * hidden[i];
    }
    double[] scores = s.scores;
    Arrays.fill(scores, 0.0);
    int i = 0;
    for (; i + 4 <= hiddenSize; i += 4) {
      multiplyAddFour(scores, hidden, i);
    }
    for (; i < hiddenSize; i++) {
      multiplyAdd(scores, hidden[i], w2t, i * numTransitions);
    }
  }

  /**
   * {@link #scores} in floats, the fast profile's forward pass. The 18 child features of a stack
   * word (its children's and grandchildren's words, tags and labels) change only when it gets a
   * child, so their products' sum is kept per word and position on the stack, and a word without
   * children has the sum of the null features: 12 to 30 rows are added per transition, not 48.
   */
  private void scoresGrouped(ArcStandardState c, int[] feature, Scratch s) {
    float[] hidden = s.hiddenF;
    Arrays.fill(hidden, 0f);
    gatherSingle(feature, BASE_SLOTS, s);
    addRows(hidden, s, BASE_SLOTS.length);
    float[] top = childSum(c, 0, feature, s);
    float[] second = childSum(c, 1, feature, s);
    for (int i = 0; i < hiddenSize; i++) {
      hidden[i] += top[i] + second[i];
    }
    outputSingle(hidden, s);
  }

  /** The sum of the child features' products of the j-th word of the stack. */
  private float[] childSum(ArcStandardState c, int j, int[] feature, Scratch s) {
    int k = c.stack(j);
    int children = c.children(k);
    if (children == 0) {
      return noChildren[j];
    }
    int at = 2 * k + j;
    if (s.childSums[at] == null || s.childSumOf[at] != children) {
      float[] sum = s.childSums[at] == null ? new float[hiddenSize] : s.childSums[at];
      Arrays.fill(sum, 0f);
      gatherSingle(feature, CHILD_SLOTS[j], s);
      addRows(sum, s, CHILD_SLOTS[j].length);
      s.childSums[at] = sum;
      s.childSumOf[at] = children;
    }
    return s.childSums[at];
  }

  /** Adds the first {@code count} rows that {@link #gatherSingle} found to {@code to}. */
  private void addRows(float[] to, Scratch s, int count) {
    int j = 0;
    for (; j + 4 <= count; j += 4) {
      addFour(to, s.rowsF, s.offsets, j);
    }
    for (; j < count; j++) {
      float[] from = s.rowsF[j];
      int offset = s.offsets[j];
      for (int i = 0; i < hiddenSize; i++) {
        to[i] += from[offset + i];
      }
    }
  }

  /** Finds the product rows of the features in {@code slots}, in that order. */
  private void gatherSingle(int[] feature, int[] slots, Scratch s) {
    for (int n = 0; n < slots.length; n++) {
      int j = slots[n];
      float[] slice = null;
      int offset = 0;
      int index = feature[j] * numTokens + j;
      int row = savedRow[index];
      if (row >= 0) {
        slice = savedF;
        offset = row * hiddenSize;
      } else {
        slice = cacheF.get(index);
        if (slice == null) {
          slice = productsSingle(feature[j], j);
          if (cacheF.size() >= CACHE_SIZE_SINGLE) {
            cacheF.clear();
          }
          cacheF.put(index, slice);
        }
      }
      s.rowsF[n] = slice;
      s.offsets[n] = offset;
    }
  }

  private void outputSingle(float[] hidden, Scratch s) {
    for (int i = 0; i < hiddenSize; i++) {
      float h = hidden[i] + b1[i];
      hidden[i] = h * h * h;
    }
    output.scores(hidden, s.scoresF);
    for (int k = 0; k < numTransitions; k++) {
      s.scores[k] = s.scoresF[k];
    }
  }


  /** Adds rows j to j + 3 to {@code to}, each sum in row order as four separate adds would. */
  private static void addFour(double[] to, double[][] rows, int[] offsets, int j) {
    double[] a = rows[j];
    double[] b = rows[j + 1];
    double[] c = rows[j + 2];
    double[] d = rows[j + 3];
    int oa = offsets[j];
    int ob = offsets[j + 1];
    int oc = offsets[j + 2];
    int od = offsets[j + 3];
    for (int i = 0; i < to.length; i++) {
      double x = to[i];
      x += a[oa + i];
      x += b[ob + i];
      x += c[oc + i];
      x += d[od + i];
      to[i] = x;
    }
  }

  private static void addFour(float[] to, float[][] rows, int[] offsets, int j) {
    float[] a = rows[j];
    float[] b = rows[j + 1];
    float[] c = rows[j + 2];
    float[] d = rows[j + 3];
    int oa = offsets[j];
    int ob = offsets[j + 1];
    int oc = offsets[j + 2];
    int od = offsets[j + 3];
    for (int i = 0; i < to.length; i++) {
      to[i] += a[oa + i] + b[ob + i] + c[oc + i] + d[od + i];
    }
  }

  /** Hidden units i to i + 3 into every score, each score's sum in unit order. */
  private void multiplyAddFour(double[] scores, double[] hidden, int i) {
    int n = numTransitions;
    double h0 = hidden[i];
    double h1 = hidden[i + 1];
    double h2 = hidden[i + 2];
    double h3 = hidden[i + 3];
    double[] w = w2t;
    int o0 = i * n;
    for (int k = 0; k < n; k++) {
      double x = scores[k];
      x += h0 * w[o0 + k];
      x += h1 * w[o0 + n + k];
      x += h2 * w[o0 + 2 * n + k];
      x += h3 * w[o0 + 3 * n + k];
      scores[k] = x;
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

  /** {@link #products} in floats, for the fast profile: twice the values per vector operation. */
  private float[] productsSingle(int tok, int slot) {
    float[] partial = new float[hiddenSize];
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

  private void multiplyAdd(double[] scores, double h, double[] w, int offset) {
    for (int k = 0; k < numTransitions; k++) {
      scores[k] += h * w[offset + k];
    }
  }

  /** The rest of CoreNLP's {@code DependencyParser.predict}: typed dependencies to a structure. */
  private GrammaticalStructure structure(ArcStandardState c, List<CoreLabel> tokens) {
    IndexedWord root = new IndexedWord(new Word("ROOT"));
    root.set(CoreAnnotations.IndexAnnotation.class, 0);
    List<TypedDependency> deps = new ArrayList<>(tokens.size());
    try {
      for (int i = 1; i <= tokens.size(); i++) {
        int head = c.head(i);
        IndexedWord word = new IndexedWord(tokens.get(i - 1));
        IndexedWord headWord = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
        GrammaticalRelation rel = head == 0
            ? GrammaticalRelation.ROOT
            : (GrammaticalRelation) relation.invoke(parser, labels.get(c.label(i)));
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
