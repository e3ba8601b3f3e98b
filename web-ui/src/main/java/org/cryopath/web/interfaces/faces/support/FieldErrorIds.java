package org.cryopath.web.interfaces.faces.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.NamingContainer;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Iterator;

/**
 * The client id of the message shown for an input, as the input renders: in a table, the message of the same row
 * (see {@link FieldErrorsDescribed}).
 */
@Named
@ApplicationScoped
public class FieldErrorIds {

    /** The id of the message element for {@code input}, or an empty text when it has none. */
    public String messageIdFor(UIComponent input) {
        UIComponent container = input;
        while (container.getParent() != null && !(container instanceof NamingContainer)) {
            container = container.getParent();
        }
        UIMessage message = messageFor(container, input);
        return message == null ? "" : message.getClientId(FacesContext.getCurrentInstance());
    }

    private static UIMessage messageFor(UIComponent root, UIComponent input) {
        for (Iterator<UIComponent> children = root.getFacetsAndChildren(); children.hasNext();) {
            UIComponent child = children.next();
            if (child instanceof UIMessage message && message.getFor() != null && targetOf(message) == input) {
                return message;
            }
            UIMessage found = messageFor(child, input);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The component a message is for, or null when its {@code for} finds none. */
    static UIComponent targetOf(UIMessage message) {
        try {
            return message.findComponent(message.getFor());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
