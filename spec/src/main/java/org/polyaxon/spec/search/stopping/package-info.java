/** Early-stopping rules. */
package org.polyaxon.spec.search.stopping;
