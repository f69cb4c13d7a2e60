package org.annals.store;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.annals.CodedArticle;
import org.annals.nlp.ParsedArticle;
import org.jspecify.annotations.Nullable;

/**
 * Stores batches of coded articles on a thread of its own, so that coding goes on while a batch
 * is written. A batch that comes while another is written joins its transaction ({@link
 * EventStore#saveBatches}), up to a number of rows (articles and events) a transaction: when
 * coding is ahead of storing, a DuckDB transaction of hundreds of thousands of rows writes whole
 * row groups (122,880 rows) to the file instead of the write-ahead log, and a load of a million
 * events takes a third less CPU in transactions of 500,000 rows than in transactions of 11,000
 * (issue 5, docs/performance.md). When storing keeps up, each batch is committed alone as soon as
 * it is written, as {@link EventStore#saveAll} commits it. The rows of a batch (event keys, text
 * hashes, the JSON of its events) are made on the thread that submits it, so that on two cores
 * making them and writing them overlap.
 *
 * <p>Each transaction is atomic: a process killed mid-write loses the batches not yet committed,
 * which a run started again stores. A failed write stops the writer: the next {@link #submit} or
 * {@link #close} throws its {@link StoreException}.
 */
public final class StoreWriter implements AutoCloseable {
  private final EventStore store;
  private final int maxRows;
  /** The rows that may wait: the writer takes a batch at a time, so a few batches suffice. */
  private final int maxWaiting;
  private final Consumer<SaveResult> committed;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final ArrayDeque<Queued> waiting = new ArrayDeque<>();
  private final Thread thread;
  private int waitingRows;
  private boolean closed;
  private boolean writing;
  private @Nullable RuntimeException failure;
  private long cpuNanos;

  /**
   * Starts a writer.
   *
   * @param store where the batches go
   * @param maxRows the most rows (articles and their events) of one transaction, unless a single
   *     batch is larger; a fortieth of them may wait to be written (12,500 of the default
   *     500,000: a batch of 1,000 articles while another is written; more waiting batches only
   *     gave the collector more to copy at each pause, a third more pause time in a load of a
   *     million events, issue 5)
   * @param committed called on the writer's thread with what each transaction stored
   */
  public StoreWriter(EventStore store, int maxRows, Consumer<SaveResult> committed) {
    if (maxRows < 1) {
      throw new IllegalArgumentException("maxRows must be positive: " + maxRows);
    }
    this.store = store;
    this.maxRows = maxRows;
    this.maxWaiting = Math.max(1, maxRows / 40);
    this.committed = committed;
    this.thread = new Thread(this::run, "annals-store-writer");
    thread.setDaemon(true); // a process that stops keeps what was committed
    thread.start();
  }

  /**
   * Makes a batch's rows and queues it; waits while a fortieth of {@code maxRows} rows wait
   * already.
   * Throws the error of an earlier write that failed.
   */
  public void submit(Collection<CodedArticle> batch) {
    List<CodedArticle> lean = new ArrayList<>(batch.size());
    int n = 0;
    for (CodedArticle c : batch) {
      lean.add(lean(c));
      n += rows(c);
    }
    // the rows are made here, while the writer's thread writes the batch before
    Batch.Made rows = new Batch.Made(lean);
    if (store instanceof JdbcEventStore j) {
      j.prepare(rows.rows);
    }
    lock.lock();
    try {
      while (waitingRows > 0 && waitingRows + n > maxWaiting && failure == null && !closed) {
        changed.awaitUninterruptibly();
      }
      check();
      if (closed) {
        throw new IllegalStateException("the writer is closed");
      }
      waiting.add(new Queued(rows, n));
      waitingRows += n;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Waits until every batch queued so far is committed; throws the error of a failed write. */
  public void flush() {
    lock.lock();
    try {
      while ((!waiting.isEmpty() || writing) && failure == null) {
        changed.awaitUninterruptibly();
      }
      check();
    } finally {
      lock.unlock();
    }
  }

  /** The CPU time of the writer's thread, once it has ended (after {@link #close}). */
  public long threadCpuNanos() {
    lock.lock();
    try {
      return cpuNanos;
    } finally {
      lock.unlock();
    }
  }

  /** Stores what is queued, then ends the writer's thread; throws the error of a failed write. */
  @Override
  public void close() {
    lock.lock();
    try {
      closed = true;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true; // the queued batches are stored all the same; the caller is told
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    lock.lock();
    try {
      check();
    } finally {
      lock.unlock();
    }
  }

  /** Throws the failure of a write, anew each time (try-with-resources cannot add it to itself). */
  private void check() {
    if (failure != null) {
      throw new StoreException(failure.getMessage(), failure);
    }
  }

  private void run() {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    try {
      while (awaitBatch()) {
        SaveResult r = store.saveBatches(new Transaction());
        committed.accept(r);
        done();
      }
    } catch (RuntimeException e) {
      fail(e);
    } finally {
      lock.lock();
      try {
        cpuNanos = cpu.isCurrentThreadCpuTimeSupported() ? cpu.getCurrentThreadCpuTime() : 0;
      } finally {
        lock.unlock();
      }
    }
  }

  /** Waits for a batch; false once the writer is closed and nothing waits. */
  private boolean awaitBatch() {
    lock.lock();
    try {
      while (waiting.isEmpty() && !closed) {
        changed.awaitUninterruptibly();
      }
      writing = !waiting.isEmpty();
      return writing;
    } finally {
      lock.unlock();
    }
  }

  /**
   * The batches of one transaction: those that wait when the last one is written, up to {@code
   * maxRows} rows (at least one batch). It ends when none waits, so that a writer that keeps up
   * commits each batch at once.
   */
  private final class Transaction implements Iterator<List<CodedArticle>> {
    private int rows;

    @Override
    public boolean hasNext() {
      lock.lock();
      try {
        Queued next = waiting.peek();
        return next != null && (rows == 0 || rows + next.rows() <= maxRows);
      } finally {
        lock.unlock();
      }
    }

    @Override
    public List<CodedArticle> next() {
      lock.lock();
      try {
        Queued next = waiting.poll();
        if (next == null) {
          throw new NoSuchElementException();
        }
        rows += next.rows();
        waitingRows -= next.rows();
        changed.signalAll();
        return next.articles();
      } finally {
        lock.unlock();
      }
    }
  }

  private void done() {
    lock.lock();
    try {
      writing = false;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void fail(RuntimeException e) {
    lock.lock();
    try {
      failure = e instanceof StoreException ? e : new StoreException(
          "cannot save articles in " + store.describe() + ": " + e, e);
      writing = false;
      waiting.clear();
      waitingRows = 0;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** A batch that waits, and the rows it makes. */
  private record Queued(Batch.Made articles, int rows) {}

  /** The rows an article makes: itself and its events. */
  private static int rows(CodedArticle c) {
    return 1 + c.events().size();
  }

  /**
   * The article without what the store does not keep (its parsed sentences and the explanations),
   * which would otherwise stay in memory while the batch waits.
   */
  private static CodedArticle lean(CodedArticle c) {
    if (c.parsed().sentences().isEmpty() && c.explanations().isEmpty()) {
      return c;
    }
    ParsedArticle p = c.parsed();
    return new CodedArticle(new ParsedArticle(p.article(), p.text(), List.of()), c.events(),
        Map.of());
  }
}
