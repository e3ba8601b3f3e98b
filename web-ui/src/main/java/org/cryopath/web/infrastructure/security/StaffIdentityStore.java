package org.cryopath.web.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Staff sign in against the application's own database: the container's database identity store reads the
 * PBKDF2 hash of an enabled account and its roles (the groups are the role names). Hashes are made by the
 * scheduling module's {@code PasswordHashing}; each hash names its own algorithm, iterations and salt, so the
 * store needs no parameters to verify it.
 */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:app/jdbc/cryopath",
        callerQuery = "SELECT PASSWORD_HASH FROM STAFF_USER WHERE USERNAME = ? AND ENABLED = TRUE",
        groupsQuery = "SELECT r.ROLE FROM STAFF_USER_ROLE r JOIN STAFF_USER u ON u.ID = r.USER_ID "
                + "WHERE u.USERNAME = ? AND u.ENABLED = TRUE",
        hashAlgorithm = Pbkdf2PasswordHash.class)
@ApplicationScoped
public class StaffIdentityStore {
}
