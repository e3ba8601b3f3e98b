package org.cryopath.web.interfaces.faces.support;

import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIData;
import jakarta.faces.component.UIMessage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.Iterator;

/**
 * Ties every input to the message shown next to it ({@code h:message} / {@code p:message} with {@code for}): the
 * input gets {@code aria-describedby} naming the message's element, so a screen reader reads the error with the
 * field (WCAG 1.3.1, 3.3.1). The message element is always in the page (empty while the input is fine), so the tie
 * holds whichever part of the page an update renders. Runs before every rendering (faces-config.xml); inputs
 * repeated in a table are left out, since one attribute cannot name each row's message.
 */
public class FieldErrorsDescribed implements SystemEventListener {

    static final String ATTRIBUTE = "aria-describedby";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext context = FacesContext.getCurrentInstance();
        describe(context, (UIComponent) event.getSource());
    }

    private static void describe(FacesContext context, UIComponent component) {
        if (component instanceof UIData || component.getClass().getSimpleName().equals("UIRepeat")) {
            return; // repeated rows: see the class comment
        }
        if (component instanceof UIMessage message && message.getFor() != null) {
            UIComponent input = inputOf(message);
            if (input != null) {
                input.getPassThroughAttributes().put(ATTRIBUTE, message.getClientId(context));
            }
        }
        for (Iterator<UIComponent> children = component.getFacetsAndChildren(); children.hasNext();) {
            describe(context, children.next());
        }
    }

    private static UIComponent inputOf(UIMessage message) {
        try {
            UIComponent target = message.findComponent(message.getFor());
            return target instanceof EditableValueHolder ? target : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
