package org.cryopath.it.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.cryopath.it.microprobe.MicroProbeApplication;
import org.cryopath.it.probe.ProbeApplication;
import org.cryopath.it.probe.ProbeAuthentication;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployments of the integration tests: the real EAR as the ear module built it, plus a test-only probe web
 * module at {@code /it-probe} (added to the EAR's application.xml, after CryoPath's own modules); or, in the run on
 * Payara Micro ({@code it.edition=micro}), the real Micro WAR as the micro module built it, with the probe inside it
 * at {@code /cryopath/it-probe}.
 */
public final class CryoPathDeployment {

    public static final String PROBE_CONTEXT = "it-probe";

    private CryoPathDeployment() {
    }

    /** The edition under test: {@code server} (the EAR on Payara Server) or {@code micro} (the WAR on Payara Micro). */
    public static boolean onMicro() {
        return "micro".equals(System.getProperty("it.edition", "server"));
    }

    /** The real application with the probe, in the edition under test. */
    public static Archive<?> realWithProbe() {
        return onMicro() ? realMicroWarWithProbe() : realEarWithProbe();
    }

    /**
     * The Micro WAR with the probe as a library jar in WEB-INF/lib: the probe's resources under their own JAX-RS
     * application, its pages open to anyone (a web fragment adds a constraint without roles, more specific than the
     * WAR's {@code /*}), and its role header read by a decorator of CryoPath's authentication mechanism.
     */
    public static WebArchive realMicroWarWithProbe() {
        File war = new File(System.getProperty("cryopath.war", "target/micro/cryopath.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("No Micro WAR at " + war + ": run the tests with 'verify' so the micro module packages it first");
        }
        JavaArchive probe = ShrinkWrap.create(JavaArchive.class, PROBE_CONTEXT + ".jar")
                .addPackage(ProbeApplication.class.getPackage())
                .deleteClass(ProbeApplication.class)
                .deleteClass(ProbeAuthentication.class)
                .addPackage(MicroProbeApplication.class.getPackage())
                .addAsManifestResource(new StringAsset("""
                        <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                            <name>it_probe</name>
                            <!-- one fragment not distributable makes the whole WAR not distributable (Servlet 8.2.3),
                                 and its sessions would stay on their instance -->
                            <distributable/>
                            <security-constraint>
                                <web-resource-collection>
                                    <web-resource-name>The test probe</web-resource-name>
                                    <url-pattern>/%s/*</url-pattern>
                                </web-resource-collection>
                            </security-constraint>
                        </web-fragment>
                        """.formatted(MicroProbeApplication.PATH)), "web-fragment.xml")
                // every class a bean: the decorator needs no scope to be found
                .addAsManifestResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\""
                        + " bean-discovery-mode=\"all\"/>"), "beans.xml");
        return ShrinkWrap.createFromZipFile(WebArchive.class, war).addAsLibrary(probe);
    }

    public static EnterpriseArchive realEar() {
        File ear = new File(System.getProperty("cryopath.ear", "target/cryopath.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("No EAR at " + ear + ": run the tests with 'verify' so the ear module packages it first");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    public static EnterpriseArchive realEarWithProbe() {
        EnterpriseArchive ear = realEar();
        WebArchive probe = ShrinkWrap.create(WebArchive.class, PROBE_CONTEXT + ".war")
                .addPackage(ProbeApplication.class.getPackage());
        ear.addAsModule(probe);
        String applicationXml = read(ear, "META-INF/application.xml");
        int lastModule = applicationXml.lastIndexOf("</module>") + "</module>".length();
        ear.setApplicationXML(new StringAsset(applicationXml.substring(0, lastModule)
                + "<module><web><web-uri>" + PROBE_CONTEXT + ".war</web-uri><context-root>/" + PROBE_CONTEXT
                + "</context-root></web></module>" + applicationXml.substring(lastModule)));
        return ear;
    }

    private static String read(EnterpriseArchive ear, String path) {
        try (InputStream in = ear.get(path).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
