package org.cryopath.notifications.application.mail;

import org.cryopath.domain.model.outbox.MessageKind;

/** The model of one email: which email it is; its record components are what its templates show. */
public sealed interface MailModel permits PatientMail, ReferrerSummary {

    MessageKind kind();

    /** The key of the subject in the mail bundles; an email with two situations overrides it. */
    default String subjectKey() {
        return kind().templateName() + ".subject";
    }
}
