/**
 * Annals: a political event coder. {@link org.annals.EventCoder} wires the stages together:
 * ingest (cleaning) → nlp (CoreNLP behind our sentence model) → actors → coding → time (dates,
 * modes, causes).
 */
@NullMarked
package org.annals;

import org.jspecify.annotations.NullMarked;
