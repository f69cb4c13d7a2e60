package org.annals.store;

/** A database error: the message says what failed and, where it can, what to do. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message and its cause. */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Creates an exception with a message. */
  public StoreException(String message) {
    super(message);
  }
}
