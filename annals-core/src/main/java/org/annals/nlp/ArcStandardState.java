package org.annals.nlp;

/**
 * The state of CoreNLP's arc-standard transition system ({@code nndep.Configuration} with {@code
 * ArcStandard}'s moves and legality test) in int arrays. Tokens are numbered from 1, 0 is the root,
 * {@link #NONE} stands for a missing token; labels are indexes into the parser's label list, the
 * first of which is the root label. Not thread-safe: one per sentence being parsed.
 *
 * <p>Why (issue 6, docs/performance.md): CoreNLP's configuration keeps boxed lists and label
 * strings, and its legality test cuts a substring out of every transition's name it looks at; the
 * parser asks both about 50 times per transition.
 */
final class ArcStandardState {
  /** A missing token ({@code Config.NONEXIST}). */
  static final int NONE = -1;
  /** The label of a token not yet attached ({@code Config.UNKNOWN}). */
  static final int UNATTACHED = -1;

  private final int length;
  private final int[] stack;
  private int stackSize;
  /** The first token of the buffer, which always holds tokens {@code next} to {@code length}. */
  private int next;
  private final int[] heads;
  private final int[] labels;
  private final int[] childCounts;

  /** The initial state of a sentence of {@code length} tokens: the root on the stack. */
  ArcStandardState(int length) {
    this.length = length;
    this.stack = new int[length + 1];
    this.heads = new int[length + 1];
    this.labels = new int[length + 1];
    this.childCounts = new int[length + 1];
    java.util.Arrays.fill(heads, NONE);
    java.util.Arrays.fill(labels, UNATTACHED);
    stackSize = 1; // the root, 0
    next = 1;
  }

  int stackSize() {
    return stackSize;
  }

  int bufferSize() {
    return length - next + 1;
  }

  /** Returns the k-th token from the top of the stack (0 is the top), or {@link #NONE}. */
  int stack(int k) {
    return k >= 0 && k < stackSize ? stack[stackSize - 1 - k] : NONE;
  }

  /** Returns the k-th token of the buffer (0 is the first), or {@link #NONE}. */
  int buffer(int k) {
    return k >= 0 && k < bufferSize() ? next + k : NONE;
  }

  /** Returns the head of token k, or {@link #NONE} when it has none yet or k is no token. */
  int head(int k) {
    return k <= 0 || k > length ? NONE : heads[k];
  }

  /** Returns the label of token k, {@link #UNATTACHED} when it has none or k is no token. */
  int label(int k) {
    return k <= 0 || k > length ? UNATTACHED : labels[k];
  }

  /** Returns how many dependents token k (or the root, 0) has, 0 when k is no token. */
  int children(int k) {
    return k < 0 || k > length ? 0 : childCounts[k];
  }

  /** Returns the cnt-th leftmost dependent of k left of it, or {@link #NONE}. */
  int leftChild(int k, int cnt) {
    if (k < 0 || k > length) {
      return NONE;
    }
    int c = 0;
    for (int i = 1; i < k; i++) {
      if (heads[i] == k && ++c == cnt) {
        return i;
      }
    }
    return NONE;
  }

  /** Returns the cnt-th rightmost dependent of k right of it, or {@link #NONE}. */
  int rightChild(int k, int cnt) {
    if (k < 0 || k > length) {
      return NONE;
    }
    int c = 0;
    for (int i = length; i > k; i--) {
      if (heads[i] == k && ++c == cnt) {
        return i;
      }
    }
    return NONE;
  }

  /** Whether the parse is complete: only the root on the stack, the buffer empty. */
  boolean isTerminal() {
    return stackSize == 1 && next > length;
  }

  /** Whether a left arc (top of the stack heads the one below) with this label is legal. */
  boolean canLeftArc(boolean rootLabel) {
    return labelFits(stack(0), rootLabel) && stackSize > 2;
  }

  /** Whether a right arc (the second of the stack heads the top) with this label is legal. */
  boolean canRightArc(boolean rootLabel) {
    // ArcStandard's singleRoot: the root takes a dependent only when all else is attached
    return labelFits(stack(1), rootLabel)
        && (stackSize > 2 || stackSize == 2 && bufferSize() == 0);
  }

  boolean canShift() {
    return bufferSize() > 0;
  }

  /**
   * Whether exactly one transition is legal, whatever its score: a shift while the stack holds at
   * most one word, or the root's arc to the last word.
   */
  boolean isForced() {
    return stackSize <= 2 && (bufferSize() > 0 || stackSize == 2);
  }

  private static boolean labelFits(int head, boolean rootLabel) {
    return head >= 0 && (head == 0) == rootLabel;
  }

  void shift() {
    stack[stackSize++] = next++;
  }

  /** The top of the stack becomes the head of the word below it, which leaves the stack. */
  void leftArc(int label) {
    int dependent = stack[stackSize - 2];
    heads[dependent] = stack[stackSize - 1];
    labels[dependent] = label;
    childCounts[heads[dependent]]++;
    stack[stackSize - 2] = stack[stackSize - 1];
    stackSize--;
  }

  /** The word below the top of the stack becomes the head of the top, which leaves the stack. */
  void rightArc(int label) {
    int dependent = stack[stackSize - 1];
    heads[dependent] = stack[stackSize - 2];
    labels[dependent] = label;
    childCounts[heads[dependent]]++;
    stackSize--;
  }
}
