package org.cryopath.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The EAR IT deploys holds what the architecture promises, where an application server looks for it. */
class EarAssemblyIT {

    private final File ear = new File(System.getProperty("cryopath.ear", "target/cryopath.ear"));

    @Test
    void modulesAndLibrariesAreWhereTheServerLooks() throws IOException {
        try (ZipFile zip = new ZipFile(ear)) {
            List<String> entries = Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();

            assertThat(entries).contains("scheduling-ejb.jar", "notifications.jar", "web-ui.war",
                    "lib/domain.jar", "lib/derby.jar", "lib/derbyshared.jar", "lib/derbytools.jar",
                    "META-INF/application.xml");
            assertThat(entries).filteredOn(name -> name.startsWith("lib/"))
                    .anyMatch(name -> name.startsWith("lib/flyway-core"))
                    .noneMatch(name -> name.contains("primefaces") || name.contains("omnifaces"))
                    .noneMatch(name -> name.contains("jakarta.jakartaee-api"));
        }
    }

    @Test
    void applicationXmlIsVersion10AndInitialisesModulesInOrder() throws IOException {
        try (ZipFile zip = new ZipFile(ear); InputStream in = zip.getInputStream(zip.getEntry("META-INF/application.xml"))) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);

            assertThat(xml).contains("version=\"10\"", "<initialize-in-order>true</initialize-in-order>",
                    "<library-directory>lib</library-directory>", "<context-root>/cryopath</context-root>");
            assertThat(xml.indexOf("scheduling-ejb.jar")).isLessThan(xml.indexOf("notifications.jar"));
        }
    }

    @Test
    void theSkinnyWarCarriesOnlyWebLibraries() throws IOException {
        try (ZipFile zip = new ZipFile(ear)) {
            File war = File.createTempFile("web-ui", ".war");
            war.deleteOnExit();
            try (InputStream in = zip.getInputStream(zip.getEntry("web-ui.war"))) {
                java.nio.file.Files.copy(in, war.toPath(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            try (ZipFile warZip = new ZipFile(war)) {
                List<String> libs = Collections.list(warZip.entries()).stream().map(ZipEntry::getName)
                        .filter(name -> name.startsWith("WEB-INF/lib/")).toList();
                assertThat(libs).anyMatch(name -> name.contains("primefaces"))
                        .anyMatch(name -> name.contains("omnifaces"))
                        .noneMatch(name -> name.contains("domain") || name.contains("scheduling") || name.contains("flyway"));
            }
        }
    }
}
