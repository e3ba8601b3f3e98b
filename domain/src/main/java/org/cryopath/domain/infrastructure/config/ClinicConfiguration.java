package org.cryopath.domain.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.cryopath.domain.clinic.ClinicProfile;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the clinic's identity from MicroProfile Config ({@code cryopath.clinic.*}: system properties, environment
 * variables or {@code asadmin set-config-property}), so IT changes it without rebuilding the EAR, and offers the
 * clock every module reads "now" from.
 */
@ApplicationScoped
public class ClinicConfiguration {

    @Inject
    @ConfigProperty(name = "cryopath.clinic.name")
    String name;

    @Inject
    @ConfigProperty(name = "cryopath.clinic.phone")
    String schedulingPhone;

    @Inject
    @ConfigProperty(name = "cryopath.clinic.address")
    String address;

    @Inject
    @ConfigProperty(name = "cryopath.clinic.time-zone")
    String timeZone;

    @Inject
    @ConfigProperty(name = "cryopath.public-url")
    String publicUrl;

    /** A pseudo-scoped singleton: records are final, so a normal scope's client proxy is not possible. */
    @Produces
    @Singleton
    ClinicProfile clinicProfile() {
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new IllegalStateException("cryopath.clinic.time-zone is not a time zone: " + timeZone, e);
        }
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return new ClinicProfile(name, schedulingPhone, address, zone, base);
    }

    /** UTC: instants are stored and compared in UTC; the profile's zone is for showing them. */
    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
