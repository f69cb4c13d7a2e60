/** The CAMEO code table with Goldstein weights, quad classes and PLOVER types. */
@NullMarked
package org.annals.coding.ontology;

import org.jspecify.annotations.NullMarked;
