/** Configuration shared by every module of the EAR, read once from MicroProfile Config. */
package org.cryopath.domain.infrastructure.config;
