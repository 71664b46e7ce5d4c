/** Random search. */
package org.polyaxon.spec.search.random;
