/** The application services' implementations: stateless session beans, each method one transaction. */
package org.cryopath.scheduling.application.internal;
