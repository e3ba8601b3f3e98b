/** Synthetic demo data for the run command: invented people, loaded through the real services. */
package org.cryopath.scheduling.infrastructure.demo;
