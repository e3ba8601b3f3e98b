package org.cryopath.web.interfaces.faces.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.List;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.domain.shared.InvalidInputException;

/**
 * Shows a refusal from the application services where the user will look for it: each violation next to the
 * input it concerns (the input's id is the field name with dots as underscores: {@code patient.email} is
 * {@code patient_email}), and anything without a field, or whose field the form lacks, at the top of the page.
 * The one place where domain errors become Faces messages.
 */
@ApplicationScoped
public class DomainErrors {

    /** Shows {@code error} on the inputs of the form {@code formId}. */
    public void show(DomainException error, String formId) {
        FacesContext context = FacesContext.getCurrentInstance();
        List<DomainException> violations = error instanceof InvalidInputException invalid
                ? invalid.violations() : List.of(error);
        for (DomainException violation : violations) {
            FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text(violation), null);
            UIComponent input = violation.field()
                    .map(field -> context.getViewRoot().findComponent(":" + formId + ":" + field.replace('.', '_')))
                    .orElse(null);
            if (input != null) {
                if (input instanceof UIInput uiInput) {
                    uiInput.setValid(false);
                }
                context.addMessage(input.getClientId(context), message);
            } else {
                context.addMessage(null, message);
            }
        }
        context.validationFailed();
    }

    /** The message of a domain error in the view's language. */
    public String text(DomainException error) {
        return Texts.getOrElse(error.messageKey(), "error.unexpected", error.arguments().toArray());
    }
}
