/**
 * Linguistic analysis behind Annals' own sentence model. {@link org.annals.nlp.CoreNlpPipeline} is
 * the only class of the project that imports Stanford CoreNLP; everything else works on
 * {@link org.annals.nlp.ParsedSentence}s, so the coder's unit tests run without models.
 */
@NullMarked
package org.annals.nlp;

import org.jspecify.annotations.NullMarked;
