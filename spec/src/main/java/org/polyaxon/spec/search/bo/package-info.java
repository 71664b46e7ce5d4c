/** Bayesian optimisation: encoding, Gaussian process, acquisition and its maximiser. */
package org.polyaxon.spec.search.bo;
