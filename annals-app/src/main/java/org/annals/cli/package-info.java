/**
 * The {@code annals} command line: {@code code} prints the events of articles, {@code eval} scores
 * the coder against gold files. The only package that imports picocli.
 */
@NullMarked
package org.annals.cli;

import org.jspecify.annotations.NullMarked;
