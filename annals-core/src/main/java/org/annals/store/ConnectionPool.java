package org.annals.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The read connections of a store: opened on demand, a few kept idle for the next read. A
 * connection whose work failed is closed rather than kept.
 */
final class ConnectionPool implements AutoCloseable {
  /** Opens a new connection. */
  interface Opener {
    Connection open() throws SQLException;
  }

  /** Work to do on a connection. */
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private static final int MAX_IDLE = 4;

  private final Opener opener;
  private final ArrayDeque<Connection> idle = new ArrayDeque<>();
  private boolean closed;

  ConnectionPool(Opener opener) {
    this.opener = opener;
  }

  /** Runs work on a connection of the pool. */
  <T> T with(Work<T> work) throws SQLException {
    Connection c = take();
    boolean healthy = false;
    try {
      T result = work.run(c);
      healthy = true;
      return result;
    } finally {
      release(c, healthy);
    }
  }

  private Connection take() throws SQLException {
    Connection c;
    synchronized (this) {
      if (closed) {
        throw new StoreException("the store is closed");
      }
      c = idle.pollFirst();
    }
    return c != null ? c : opener.open();
  }

  private void release(Connection c, boolean healthy) {
    synchronized (this) {
      if (healthy && !closed && idle.size() < MAX_IDLE) {
        idle.addFirst(c);
        return;
      }
    }
    closeQuietly(c);
  }

  static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception e) {
      // closing is best effort: the connection is dropped either way
    }
  }

  @Override
  public void close() {
    List<Connection> all;
    synchronized (this) {
      closed = true;
      all = new ArrayList<>(idle);
      idle.clear();
    }
    all.forEach(ConnectionPool::closeQuietly);
  }
}
