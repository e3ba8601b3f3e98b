package org.cryopath.web.interfaces.faces.support;

import jakarta.el.ValueExpression;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
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
 * holds whatever part of the page an update renders. The id is worked out as the input renders
 * ({@link FieldErrorIds}), so an input repeated in a table names its own row's message. Runs before every rendering
 * (faces-config.xml).
 */
public class FieldErrorsDescribed implements SystemEventListener {

    static final String ATTRIBUTE = "aria-describedby";
    static final String MESSAGE_ID = "#{fieldErrorIds.messageIdFor(component)}";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext context = FacesContext.getCurrentInstance();
        ValueExpression messageId = context.getApplication().getExpressionFactory()
                .createValueExpression(context.getELContext(), MESSAGE_ID, String.class);
        describe((UIComponent) event.getSource(), messageId);
    }

    private static void describe(UIComponent component, ValueExpression messageId) {
        if (component instanceof UIMessage message && message.getFor() != null) {
            UIComponent input = FieldErrorIds.targetOf(message);
            if (input instanceof EditableValueHolder) {
                input.getPassThroughAttributes().put(ATTRIBUTE, messageId);
            }
        }
        for (Iterator<UIComponent> children = component.getFacetsAndChildren(); children.hasNext();) {
            describe(children.next(), messageId);
        }
    }
}
