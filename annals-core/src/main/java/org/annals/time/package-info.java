/**
 * When and whether: date expressions resolved against the publication date and attached to the
 * event they modify in the dependency tree ({@link org.annals.time.EventDater}), the mode of an
 * event from auxiliaries, negation and governing verbs ({@link org.annals.time.ModeDetector}), and
 * cause cues ("in retaliation for", "after") ({@link org.annals.time.CauseCues}).
 */
@NullMarked
package org.annals.time;

import org.jspecify.annotations.NullMarked;
