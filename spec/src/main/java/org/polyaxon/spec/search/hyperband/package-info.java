/** Hyperband: the bracket schedule and successive halving. */
package org.polyaxon.spec.search.hyperband;
