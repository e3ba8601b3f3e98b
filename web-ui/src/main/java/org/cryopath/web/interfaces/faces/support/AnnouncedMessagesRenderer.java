package org.cryopath.web.interfaces.faces.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' {@code p:messages}, with its list left a list: PrimeFaces gives every {@code li} the role "alert", which
 * takes it out of the list for assistive technology (WCAG 1.3.1; axe-core's rule "list"). The messages are announced
 * instead by the live region around them (the layout's {@code announcements}), which stays in the page while an
 * update replaces its content. Registered for every {@code p:messages} in faces-config.xml.
 */
public class AnnouncedMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages messages, FacesMessage message, String severity,
            boolean escape) throws IOException {
        super.encodeMessage(new ResponseWriterWrapper(writer) {
            @Override
            public void writeAttribute(String name, Object value, String property) throws IOException {
                if (!"role".equals(name)) {
                    super.writeAttribute(name, value, property);
                }
            }
        }, messages, message, severity, escape);
    }
}
