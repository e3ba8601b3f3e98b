package org.cryopath.web.interfaces.faces.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.cryopath.domain.model.staff.Role;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.scheduling.application.NewStaffAccount;
import org.cryopath.scheduling.application.StaffAccount;
import org.cryopath.scheduling.application.StaffAdministration;
import org.cryopath.web.interfaces.faces.support.DomainErrors;
import org.cryopath.web.interfaces.faces.support.PagedResults;
import org.cryopath.web.interfaces.faces.support.ServiceReference;
import org.cryopath.web.interfaces.faces.support.Texts;
import org.omnifaces.util.Messages;

/**
 * The administrator manages staff accounts ({@code /admin/users.xhtml}): creates them, sets roles, resets a
 * forgotten password, disables and enables. Every change is audited by the service. The accounts are listed by
 * username, {@value #PAGE_SIZE} to a page.
 */
@Named
@ViewScoped
public class UserAdministration implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String NEW_FORM = "newUser";
    static final String EDIT_FORM = "editUser";
    /** Accounts on one page of the list. */
    public static final int PAGE_SIZE = 25;

    @EJB
    transient StaffAdministration staff;

    @Inject
    DomainErrors errors;

    private final PagedResults<StaffAccount> accounts = new PagedResults<>((first, size) -> staff.accounts(first, size),
            account -> Long.toString(account.id()));

    private String username;
    private String displayName;
    private List<Role> roles = new ArrayList<>();
    private String password;

    private StaffAccount selected;
    private List<Role> selectedRoles = new ArrayList<>();
    private String newPassword;

    /** The list shows the accounts as they are now, from its first page. */
    void load() {
        accounts.restart();
    }

    public void create() {
        try {
            StaffAccount created = staff.create(new NewStaffAccount(username, displayName, roleSet(roles), password));
            Messages.addGlobalInfo(Texts.get("admin.users.created", created.username()));
            username = null;
            displayName = null;
            roles = new ArrayList<>();
            load();
        } catch (DomainException e) {
            errors.show(e, NEW_FORM);
        } finally {
            password = null;
        }
    }

    public void select(StaffAccount account) {
        selected = account;
        selectedRoles = new ArrayList<>(account.roles());
        newPassword = null;
    }

    public void saveRoles() {
        apply(() -> staff.assignRoles(selected.id(), roleSet(selectedRoles)), "admin.users.rolesSaved");
    }

    public void resetPassword() {
        try {
            apply(() -> staff.resetPassword(selected.id(), newPassword), "admin.users.passwordReset");
        } finally {
            newPassword = null;
        }
    }

    public void disable(StaffAccount account) {
        selected = account;
        apply(() -> staff.disable(account.id()), "admin.users.wasDisabled");
    }

    public void enable(StaffAccount account) {
        selected = account;
        apply(() -> staff.enable(account.id()), "admin.users.wasEnabled");
    }

    private void apply(java.util.function.Supplier<StaffAccount> change, String confirmationKey) {
        try {
            selected = change.get();
            Messages.addGlobalInfo(Texts.get(confirmationKey, selected.username()));
            load();
        } catch (DomainException e) {
            errors.show(e, EDIT_FORM);
        }
    }

    private static EnumSet<Role> roleSet(List<Role> roles) {
        return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public List<Role> getAllRoles() {
        return List.of(Role.values());
    }

    public PagedResults<StaffAccount> getAccounts() {
        return accounts;
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public StaffAccount getSelected() {
        return selected;
    }

    public List<Role> getSelectedRoles() {
        return selectedRoles;
    }

    public void setSelectedRoles(List<Role> selectedRoles) {
        this.selectedRoles = selectedRoles;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    /** Deserialized on another instance: the services are looked up there (see {@link ServiceReference}). */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        staff = ServiceReference.lookedUpOnFirstUse(StaffAdministration.class);
    }
}
