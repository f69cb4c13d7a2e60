package org.annals.ingest;

import java.io.IOException;
import java.util.Iterator;

/** A stream of articles read from one input; close it when done. */
public interface ArticleSource extends Iterator<Article>, AutoCloseable {
  @Override
  void close() throws IOException;
}
