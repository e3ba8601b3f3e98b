package org.cryopath.it.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.spi.ConfigurationException;
import org.jboss.arquillian.container.spi.client.container.ContainerConfiguration;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.descriptor.api.Descriptor;

/**
 * The Payara Micro edition under test: deploying the WAR starts a {@link MicroInstance} with it, alone
 * ({@code --nocluster}), as IT would; undeploying stops that process. Payara Micro has no deploy-to-a-running-server
 * step: one process is one deployment. Its log is {@code it.serverLog}.
 *
 * <p>Registered only when {@code it.edition=micro} (the {@code it-micro} run of ear/pom.xml, which leaves the Payara
 * Server adapter off the class path): Arquillian takes exactly one kind of container per run.
 */
public final class MicroContainer implements DeployableContainer<MicroContainer.Configuration> {

    private Configuration configuration;
    private MicroInstance instance;

    /** Registered in META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension. */
    public static final class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            if ("micro".equals(System.getProperty("it.edition"))) {
                builder.service(DeployableContainer.class, MicroContainer.class);
            }
        }
    }

    /** The container's properties in arquillian.xml. */
    public static final class Configuration implements ContainerConfiguration {
        private String microJar;
        private String workDir;
        private String logFile;
        private String preBootCommands;
        private int httpPort;
        private int httpsPort;
        private int startupTimeoutSeconds = 600;
        private String javaOptions = "";

        @Override
        public void validate() throws ConfigurationException {
            if (microJar == null || !new File(microJar).isFile()) {
                throw new ConfigurationException("No Payara Micro at " + microJar + " (the ear module's build copies it)");
            }
            if (httpPort <= 0 || httpsPort <= 0 || workDir == null || logFile == null) {
                throw new ConfigurationException("httpPort, httpsPort, workDir and logFile are needed");
            }
        }

        public void setMicroJar(String microJar) {
            this.microJar = microJar;
        }

        public void setWorkDir(String workDir) {
            this.workDir = workDir;
        }

        public void setLogFile(String logFile) {
            this.logFile = logFile;
        }

        public void setPreBootCommands(String preBootCommands) {
            this.preBootCommands = preBootCommands;
        }

        public void setHttpPort(int httpPort) {
            this.httpPort = httpPort;
        }

        public void setHttpsPort(int httpsPort) {
            this.httpsPort = httpsPort;
        }

        public void setStartupTimeoutSeconds(int startupTimeoutSeconds) {
            this.startupTimeoutSeconds = startupTimeoutSeconds;
        }

        public void setJavaOptions(String javaOptions) {
            this.javaOptions = javaOptions;
        }
    }

    @Override
    public Class<Configuration> getConfigurationClass() {
        return Configuration.class;
    }

    @Override
    public void setup(Configuration configuration) {
        this.configuration = configuration;
    }

    @Override
    public void start() {
        // Payara Micro starts with its deployment
    }

    @Override
    public void stop() {
        // and stops with its undeployment
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return new ProtocolDescription("Local");
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        Path work = Path.of(configuration.workDir);
        Path war = work.resolve(archive.getName());
        try {
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new DeploymentException("No work directory for Payara Micro: " + e, e);
        }
        archive.as(ZipExporter.class).exportTo(war.toFile(), true);
        instance = MicroInstance.start(new MicroInstance.Options(Path.of(configuration.microJar), war, work,
                Path.of(configuration.logFile),
                configuration.preBootCommands == null ? null : Path.of(configuration.preBootCommands),
                configuration.httpPort, configuration.httpsPort,
                Arrays.stream(configuration.javaOptions.split(" ")).filter(o -> !o.isBlank()).toList(),
                List.of("--nocluster"), Map.of()));
        try {
            instance.awaitApplication(archive.getName().replaceFirst("\\.war$", ""),
                    Duration.ofSeconds(configuration.startupTimeoutSeconds));
        } catch (IllegalStateException e) {
            instance.stop();
            instance = null;
            throw new DeploymentException(e.getMessage(), e);
        }
        ProtocolMetaData metaData = new ProtocolMetaData();
        metaData.addContext(new HTTPContext("localhost", configuration.httpPort));
        return metaData;
    }

    @Override
    public void undeploy(Archive<?> archive) throws DeploymentException {
        if (instance == null) {
            throw new DeploymentException("Payara Micro is not running");
        }
        instance.stop();
        instance = null;
    }

    @Override
    public void deploy(Descriptor descriptor) {
        throw new UnsupportedOperationException("Payara Micro deploys archives only");
    }

    @Override
    public void undeploy(Descriptor descriptor) {
        throw new UnsupportedOperationException("Payara Micro deploys archives only");
    }
}
