package org.cryopath.scheduling.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes staff passwords with the container's PBKDF2 implementation, the one the database identity store
 * verifies with: PBKDF2 with HMAC-SHA512, 210,000 iterations (OWASP's 2023 advice), 32-byte salt and key. The
 * stored hash names its own parameters, so raising them later keeps old hashes valid.
 */
@ApplicationScoped
public class PasswordHashing {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(PARAMETERS);
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    /** True when {@code password} is the one {@code storedHash} was made from (its own parameters are used). */
    public boolean verify(char[] password, String storedHash) {
        return pbkdf2.verify(password, storedHash);
    }
}
