package org.cryopath.scheduling.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's one {@link CredentialCheck}: the container's PBKDF2 verification, a dummy hash made at start-up
 * with the real parameters (for unknown usernames), and the remembered checks, shared by every call.
 */
@ApplicationScoped
public class StaffCredentials {

    @Inject
    PasswordHashing passwords;

    /** How long a successful password check is remembered for the same username and password. */
    @Inject
    @ConfigProperty(name = "cryopath.login.remember-seconds", defaultValue = "300")
    long rememberSeconds;

    private CredentialCheck check;

    @PostConstruct
    void start() {
        byte[] nobodysPassword = new byte[24];
        new SecureRandom().nextBytes(nobodysPassword);
        String dummyHash = passwords.hash(Base64.getEncoder().encodeToString(nobodysPassword));
        check = new CredentialCheck(passwords::verify, dummyHash, Duration.ofSeconds(Math.max(0, rememberSeconds)));
    }

    public CredentialCheck check() {
        return check;
    }
}
