package org.cryopath.web.infrastructure.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.cryopath.scheduling.application.SignIn;

/**
 * Staff sign in against the application's own accounts, checked by the scheduling module ({@link SignIn#verify}): the
 * stored PBKDF2 hash of an enabled, unlocked account, and its roles as the caller's groups. Unlike the container's
 * database identity store, it costs the same for an unknown username as for a wrong password (no timing tells which
 * accounts exist), and it remembers a successful check for a few minutes, so the API's HTTP Basic callers do not pay
 * the full PBKDF2 on every call.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @EJB
    SignIn signIn;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        SignIn.Verification verification = signIn.verify(credential.getCaller(), credential.getPasswordAsString());
        return verification.valid()
                ? new CredentialValidationResult(verification.username(), verification.roles())
                : CredentialValidationResult.INVALID_RESULT;
    }
}
