/** Grid search. */
package org.polyaxon.spec.search.grid;
