package org.cryopath.scheduling.application;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Set;
import org.cryopath.domain.model.staff.Role;

/**
 * The clinic administrator manages who may sign in. Every change is audited with the administrator as actor.
 * Refusals are {@link org.cryopath.domain.shared.DomainException}s naming the field at fault.
 */
@Local
public interface StaffAdministration {

    List<StaffAccount> accounts();

    StaffAccount create(NewStaffAccount account);

    StaffAccount assignRoles(long accountId, Set<Role> roles);

    StaffAccount resetPassword(long accountId, String newPassword);

    StaffAccount disable(long accountId);

    StaffAccount enable(long accountId);

    /** The display name of a signed-in user, for the top bar. */
    String displayNameOf(String username);
}
