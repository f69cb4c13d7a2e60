package org.annals.store;

/** Whether an article is in the store already. */
public enum ArticleState {
  /** Not stored: code and save it. */
  NEW,
  /** Stored with the same text: skip it. */
  STORED,
  /** Stored under the same id with another text: the stored one stays. */
  CHANGED
}
