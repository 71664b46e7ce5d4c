/**
 * Everything about a Polyaxonfile that needs no server: the model, the parser with positions, the
 * validator, templating of {@code run.cmd}, hyperparameter spaces and the search algorithms.
 *
 * <p>This module depends on nothing else of the platform.
 */
package org.polyaxon.spec;
