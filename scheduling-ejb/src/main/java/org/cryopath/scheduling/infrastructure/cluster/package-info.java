/** What the application sees of Payara's data grid (Hazelcast), the clustering several instances share. */
package org.cryopath.scheduling.infrastructure.cluster;
