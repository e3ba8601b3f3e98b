/** The application's data source, its schema migrations at start-up and the embedded database's shutdown. */
package org.cryopath.scheduling.infrastructure.persistence;
