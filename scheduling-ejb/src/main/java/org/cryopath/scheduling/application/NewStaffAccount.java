package org.cryopath.scheduling.application;

import java.util.Set;
import org.cryopath.domain.model.staff.Role;

/** An account an administrator creates: the password is the first one the person will use. */
public record NewStaffAccount(String username, String displayName, Set<Role> roles, String password) {
}
