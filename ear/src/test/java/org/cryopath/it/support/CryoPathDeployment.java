package org.cryopath.it.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.cryopath.it.probe.ProbeApplication;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployments of the integration tests: the real EAR as the ear module built it, plus a test-only probe web
 * module at {@code /it-probe} (added to the EAR's application.xml, after CryoPath's own modules).
 */
public final class CryoPathDeployment {

    public static final String PROBE_CONTEXT = "it-probe";

    private CryoPathDeployment() {
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
