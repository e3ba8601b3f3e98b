package org.cryopath.it.support;

import java.util.Map;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;

/**
 * Deploys the EAR once per test run instead of once per test class. Every integration test class deploys the same
 * real EAR (with the probe); deploying and undeploying it around each class cost about ten seconds a class, and
 * the suite runs on two databases. So an EAR already deployed by an earlier class is reused when the next class asks
 * for the same archive (the same entries), replaced when it asks for another, and undeployed once, before Arquillian
 * stops the server. The database always outlived a class's deployment anyway; what a class may no longer count on is
 * a freshly started application (the tests never did).
 */
public final class KeepDeployed {

    private static final Logger LOG = Logger.getLogger(KeepDeployed.class.getName());

    private static Deployed current;
    private static boolean leftoverCleared;
    private static boolean redeployNext;

    /**
     * The next class gets a fresh deployment: a test restarted the server, and the application it left is the one
     * the server loaded at start-up, not one deployed as every other class meets it.
     */
    public static synchronized void redeployNext() {
        redeployNext = true;
    }

    /** Registered in META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension. */
    public static final class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.observer(KeepDeployed.class);
        }
    }

    public void deploy(@Observes EventContext<DeployDeployment> context) {
        DeployDeployment event = context.getEvent();
        Archive<?> archive = event.getDeployment().getDescription().getArchive();
        String key = keyOf(archive);
        synchronized (KeepDeployed.class) {
            if (redeployNext) {
                redeployNext = false;
                undeployCurrent();
            }
            if (current != null && current.key().equals(key)) {
                event.getDeployment().deployed();
                return;
            }
            undeployCurrent();
            clearLeftover(event.getDeployableContainer(), archive);
            context.proceed();
            if (event.getDeployment().isDeployed()) {
                current = new Deployed(key, event.getDeployableContainer(), archive);
            }
        }
    }

    /** Leaves the EAR deployed for the next class; {@link #beforeStop} undeploys it at the end of the run. */
    public void undeploy(@Observes EventContext<UnDeployDeployment> context) {
        synchronized (KeepDeployed.class) {
            if (current == null) {
                context.proceed();
            }
        }
    }

    public void beforeStop(@Observes BeforeStop event) {
        synchronized (KeepDeployed.class) {
            undeployCurrent();
        }
    }

    private static void undeployCurrent() {
        if (current != null) {
            try {
                current.container().undeploy(current.archive());
            } catch (DeploymentException | RuntimeException e) {
                LOG.warning("Undeploying " + current.archive().getName() + " failed: " + e);
            }
            current = null;
        }
    }

    /**
     * A run that was killed leaves its EAR deployed in the domain, and the next run's first deployment would be
     * refused ("already registered"): before the first deployment of a run, an application of the same name goes.
     */
    private static void clearLeftover(DeployableContainer<?> container, Archive<?> archive) {
        if (leftoverCleared) {
            return;
        }
        leftoverCleared = true;
        try {
            container.undeploy(archive);
            LOG.info("Undeployed " + archive.getName() + ", left deployed by an earlier run");
        } catch (DeploymentException | RuntimeException nothingLeft) {
            // the usual case: nothing of that name is deployed
        }
    }

    /** The archive's name and entries: the EAR with the probe and the EAR alone are different deployments. */
    private static String keyOf(Archive<?> archive) {
        TreeSet<String> paths = new TreeSet<>();
        for (Map.Entry<ArchivePath, Node> entry : archive.getContent().entrySet()) {
            paths.add(entry.getKey().get());
        }
        return archive.getName() + paths;
    }

    private record Deployed(String key, DeployableContainer<?> container, Archive<?> archive) {
    }
}
