package org.cryopath.scheduling.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.cryopath.domain.model.staff.Role;

/** A staff account as the user administration page lists it (never the password hash); roles in their order. */
public record StaffAccount(long id, String username, String displayName, List<Role> roles, boolean enabled,
        boolean locked, Instant lastLoginAt) implements Serializable {

    public StaffAccount(long id, String username, String displayName, Collection<Role> roles, boolean enabled,
            boolean locked, Instant lastLoginAt) {
        this(id, username, displayName, roles.stream().sorted().toList(), enabled, locked, lastLoginAt);
    }

    public StaffAccount {
        roles = List.copyOf(roles);
    }
}
