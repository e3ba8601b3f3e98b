package org.cryopath.scheduling.application;

import jakarta.ejb.Local;
import java.util.Set;
import org.cryopath.domain.model.staff.Role;

/**
 * The clinic administrator manages who may sign in. Every change is audited with the administrator as actor.
 * Refusals are {@link org.cryopath.domain.shared.DomainException}s naming the field at fault.
 */
@Local
public interface StaffAdministration {

    /** The most accounts one page of the list holds, whatever is asked. */
    int MAX_PAGE_SIZE = 100;

    /**
     * One page of the staff accounts, by username, with how many there are in all.
     *
     * @param first the position of the page's first account, from 0
     * @param pageSize at most this many, and never more than {@link #MAX_PAGE_SIZE}
     */
    Page<StaffAccount> accounts(int first, int pageSize);

    StaffAccount create(NewStaffAccount account);

    StaffAccount assignRoles(long accountId, Set<Role> roles);

    StaffAccount resetPassword(long accountId, String newPassword);

    StaffAccount disable(long accountId);

    StaffAccount enable(long accountId);

    /** The display name of a signed-in user, for the top bar. */
    String displayNameOf(String username);
}
