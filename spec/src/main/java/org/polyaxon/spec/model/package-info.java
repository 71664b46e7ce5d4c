/**
 * The typed model of a valid Polyaxonfile: one record per section, a sealed {@link
 * org.polyaxon.spec.model.Polyaxonfile} per kind. Absent optional sections are null; defaults are
 * already filled in by the compiler.
 */
package org.polyaxon.spec.model;
