/**
 * Who acts: the actor lexicons (countries with names, adjectives and capitals; international
 * organizations and named groups; role nouns; people with dated roles; a gazetteer of places) and
 * the composition of their mentions into CAMEO-style actor codes ("Russia's foreign minister" is
 * {@code RUSGOV}).
 */
@NullMarked
package org.annals.actors;

import org.jspecify.annotations.NullMarked;
