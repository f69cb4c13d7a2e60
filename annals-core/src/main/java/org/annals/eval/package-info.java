/**
 * Scoring Annals against hand-coded gold data. {@link org.annals.eval.GoldFile} reads the three
 * gold tasks (events per document, the quad class of a sentence, the PLOVER type of a sentence);
 * {@link org.annals.eval.Evaluation} matches system output to gold by the rules of the project's
 * gold format (primary actor codes, one-to-one greedy matching, symmetric roots, negated and
 * hypothetical traps) and computes precision, recall, agreements and class confusion; {@link
 * org.annals.eval.EvalReport} renders a score as text, as JSON or as an error listing.
 */
@NullMarked
package org.annals.eval;

import org.jspecify.annotations.NullMarked;
