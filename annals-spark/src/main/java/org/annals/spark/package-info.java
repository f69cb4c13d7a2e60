/**
 * The Spark job: codes article collections (JSON Lines or WARC files) on a cluster with the same
 * {@link org.annals.EventCoder} as the command line, and writes the events as Parquet or GDELT
 * rows. The only package that imports {@code org.apache.spark}; no CoreNLP object is ever
 * serialized: each executor JVM builds its coder once, from serializable settings.
 */
@NullMarked
package org.annals.spark;

import org.jspecify.annotations.NullMarked;
