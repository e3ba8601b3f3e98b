package org.cryopath.web.interfaces.faces.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import java.util.Optional;
import org.cryopath.domain.shared.DomainException;

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
        for (DomainException violation : error.violations()) {
            FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text(violation), null);
            Optional<Row> row = violation.field().flatMap(DomainErrors::row);
            if (row.isPresent()) {
                // A row of an edited list: its inputs repeat per row, so the message at the top says which list and
                // row, and the input of that row, when the form shows one for the field, carries it too.
                context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get("validation.inRow",
                        Texts.get("list." + row.get().list()), row.get().index() + 1, message.getSummary()), null));
                row.get().field().ifPresent(field -> markInRow(context, formId, row.get(), field, message));
                continue;
            }
            UIComponent form = context.getViewRoot().findComponent(":" + formId);
            UIComponent input = form == null ? null : violation.field()
                    .map(field -> findById(form, inputId(field)))
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

    /** The input id of a field: dots become underscores ({@code patient.email} is {@code patient_email}). */
    static String inputId(String field) {
        return field.replace('.', '_');
    }

    /** The list, position and field of {@code items[3].text}: items, 3, text; empty for a field outside a list. */
    static Optional<Row> row(String field) {
        int open = field.indexOf('[');
        int close = field.indexOf(']');
        if (open < 1 || close < open) {
            return Optional.empty();
        }
        String rest = field.length() > close + 2 && field.charAt(close + 1) == '.' ? field.substring(close + 2) : null;
        return Optional.of(new Row(field.substring(0, open), Integer.parseInt(field.substring(open + 1, close)), rest));
    }

    /** A row of an edited list, counted from 0, and the field within it (null for the row as a whole). */
    record Row(String list, int index, String inRow) {

        Optional<String> field() {
            return Optional.ofNullable(inRow);
        }
    }

    /**
     * Marks the input of {@code field} in one row of the list (a table or repeat with the list's name as its id,
     * directly in the form: {@code protocol:medications:3:instructionEn}) and gives it the message.
     */
    private static void markInRow(FacesContext context, String formId, Row row, String field, FacesMessage message) {
        UIComponent form = context.getViewRoot().findComponent(":" + formId);
        if (form == null) {
            return;
        }
        char separator = UINamingContainer.getSeparatorChar(context);
        String clientId = form.getClientId(context) + separator + row.list() + separator + row.index() + separator
                + inputId(field);
        context.getViewRoot().invokeOnComponent(context, clientId, (inRow, input) -> {
            if (input instanceof UIInput uiInput) {
                uiInput.setValid(false);
            }
            inRow.addMessage(input.getClientId(inRow), message);
        });
    }

    /** The component with this id anywhere under {@code root}, naming containers (tabs, tables) included. */
    private static UIComponent findById(UIComponent root, String id) {
        if (id.equals(root.getId())) {
            return root;
        }
        for (var children = root.getFacetsAndChildren(); children.hasNext();) {
            UIComponent found = findById(children.next(), id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * The message of a domain error in the view's language. A status among its arguments is named in that language
     * too ({@code CaseStatus.SCHEDULED} is the text of {@code caseStatus.SCHEDULED}).
     */
    public String text(DomainException error) {
        Object[] arguments = error.arguments().stream()
                .map(argument -> argument instanceof Enum<?> value ? Texts.nameOf(value) : argument)
                .toArray();
        return Texts.getOrElse(error.messageKey(), "error.unexpected", arguments);
    }
}
