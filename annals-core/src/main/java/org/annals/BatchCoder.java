package org.annals;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.annals.ingest.Article;

/**
 * Codes a stream of articles on several threads with one shared {@link EventCoder}, handing the
 * results on in input order. An article whose coding fails is reported and skipped; the run goes
 * on. Close it to stop its threads.
 */
public final class BatchCoder implements AutoCloseable {
  private final EventCoder coder;
  private final ExecutorService pool;
  private final int threads;

  /** Creates a batch coder with {@code threads} worker threads. */
  public BatchCoder(EventCoder coder, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.coder = coder;
    this.threads = threads;
    AtomicInteger n = new AtomicInteger();
    ThreadFactory named = r -> {
      Thread t = new Thread(r, "annals-coder-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    this.pool = Executors.newFixedThreadPool(threads, named);
  }

  /**
   * Codes every article of {@code articles}, calling {@code done} for each in input order and
   * {@code failed} for each that threw.
   */
  public void codeAll(Iterator<Article> articles, Consumer<CodedArticle> done,
      BiConsumer<Article, Exception> failed) {
    int window = threads * 4;
    List<Article> batch = new ArrayList<>(window);
    while (articles.hasNext()) {
      batch.add(articles.next());
      if (batch.size() == window) {
        run(batch, done, failed);
        batch.clear();
      }
    }
    run(batch, done, failed);
  }

  private void run(List<Article> batch, Consumer<CodedArticle> done,
      BiConsumer<Article, Exception> failed) {
    List<Future<CodedArticle>> futures = new ArrayList<>(batch.size());
    for (Article a : batch) {
      futures.add(pool.submit(() -> coder.codeExplained(a)));
    }
    for (int i = 0; i < batch.size(); i++) {
      try {
        done.accept(futures.get(i).get());
      } catch (ExecutionException e) {
        failed.accept(batch.get(i), e.getCause() instanceof Exception x ? x : e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
