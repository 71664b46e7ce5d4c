package org.polyaxon.spec.search;

/** {@code gaussian_process.kernel}. */
public enum KernelType {
  RBF,
  MATERN
}
