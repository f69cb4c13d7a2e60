/**
 * The verb and noun pattern lexicon ({@code lexicon/patterns.tsv}): each entry maps a trigger lemma
 * with its argument structure to a CAMEO code and carries an example sentence of our own.
 */
@NullMarked
package org.annals.coding.pattern;

import org.jspecify.annotations.NullMarked;
