/**
 * How the domain is stored: attribute converters shared by the entities, the schema migrations runner, and how a
 * failure caused by concurrent transactions is told from a fault and turned into a {@code ConcurrentChange}.
 */
package org.cryopath.domain.persistence;
