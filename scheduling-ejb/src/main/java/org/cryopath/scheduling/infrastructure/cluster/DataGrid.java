package org.cryopath.scheduling.infrastructure.cluster;

import java.util.Collection;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Payara's data grid (Hazelcast), which Payara Server and Payara Micro bind under {@value #JNDI_NAME} when it is on.
 * Read through its public interfaces by reflection: Hazelcast is Payara's, not an API the application compiles
 * against.
 */
public final class DataGrid {

    static final String JNDI_NAME = "payara/Hazelcast";

    private DataGrid() {
    }

    /**
     * How many server instances share this instance's data grid, itself included: 1 when it is alone, when the grid
     * is off ({@code --nocluster}) or when the server has none.
     */
    public static int members() {
        try {
            Object hazelcast = new InitialContext().lookup(JNDI_NAME);
            ClassLoader loader = hazelcast.getClass().getClassLoader();
            Object cluster = Class.forName("com.hazelcast.core.HazelcastInstance", false, loader)
                    .getMethod("getCluster").invoke(hazelcast);
            Object members = Class.forName("com.hazelcast.cluster.Cluster", false, loader)
                    .getMethod("getMembers").invoke(cluster);
            return ((Collection<?>) members).size();
        } catch (NamingException | ReflectiveOperationException | RuntimeException noGrid) {
            return 1;
        }
    }
}
