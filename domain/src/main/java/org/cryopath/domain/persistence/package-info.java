/** How the domain is stored: attribute converters shared by the entities, and the schema migrations runner. */
package org.cryopath.domain.persistence;
