package org.cryopath.web.interfaces.faces.referral;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.List;
import org.cryopath.domain.model.patient.Language;
import org.cryopath.domain.model.referral.GuidancePreference;
import org.cryopath.domain.model.referral.Priority;
import org.cryopath.domain.model.referral.TargetOrgan;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.scheduling.application.ReferralRegistration;
import org.cryopath.scheduling.application.ReferralService;
import org.cryopath.web.interfaces.faces.support.DomainErrors;
import org.cryopath.web.interfaces.faces.support.ServiceReference;
import org.cryopath.web.interfaces.faces.support.Texts;
import org.omnifaces.util.Messages;

/** The front desk registers a referral received by phone or fax. */
@Named
@ViewScoped
public class RegisterReferral implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "referralForm";

    @EJB
    transient ReferralService referrals;

    @Inject
    DomainErrors errors;

    private final ReferralForm form = new ReferralForm();

    /** Registers the referral and goes to the list; on refusal, marks the faulty fields and stays. */
    public String register() {
        try {
            ReferralRegistration registration = referrals.register(form.toIntake());
            Messages.addFlashGlobalInfo(Texts.get(registration.newPatient()
                    ? "referral.registered.newPatient" : "referral.registered.knownPatient"));
            if (registration.hasLookAlikes()) {
                Messages.addFlashGlobalWarn(Texts.get("referral.registered.lookAlike"));
            }
            return "/referral/list?faces-redirect=true";
        } catch (DomainException e) {
            errors.show(e, FORM);
            return null;
        }
    }

    public ReferralForm getForm() {
        return form;
    }

    public List<TargetOrgan> getOrgans() {
        return List.of(TargetOrgan.values());
    }

    public List<GuidancePreference> getGuidances() {
        return List.of(GuidancePreference.values());
    }

    public List<Priority> getPriorities() {
        return List.of(Priority.values());
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    /** Deserialized on another instance: the services are looked up there (see {@link ServiceReference}). */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        referrals = ServiceReference.lookedUpOnFirstUse(ReferralService.class);
    }
}
