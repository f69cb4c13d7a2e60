/**
 * Reading articles: plain text files, JSON Lines of articles and standard input, each streamed as
 * {@link org.annals.ingest.Article}s; bad records are reported with their file and line and never
 * stop a run. {@link org.annals.ingest.TextCleaner} repairs scraped text before sentence splitting.
 */
@NullMarked
package org.annals.ingest;

import org.jspecify.annotations.NullMarked;
