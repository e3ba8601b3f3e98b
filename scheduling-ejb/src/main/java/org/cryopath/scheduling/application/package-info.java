/**
 * The scheduling line's use cases as service interfaces, with their commands and read models. Implementations
 * in {@code internal} are the transaction boundary.
 */
package org.cryopath.scheduling.application;
