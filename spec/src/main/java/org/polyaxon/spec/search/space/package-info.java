/** Enumeration and seeded sampling of matrix options, and the lazy grid. */
package org.polyaxon.spec.search.space;
