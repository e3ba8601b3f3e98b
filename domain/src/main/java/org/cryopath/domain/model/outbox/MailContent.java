package org.cryopath.domain.model.outbox;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;
import java.util.Objects;
import org.cryopath.domain.shared.Require;

/**
 * A rendered email: subject, plain text, HTML, and optionally an iCalendar part with its METHOD. Rendered when
 * the message is enqueued, so what is sent is what was decided in that transaction, and staff can preview it.
 */
@Embeddable
@Access(AccessType.FIELD)
public class MailContent {

    public static final int SUBJECT_MAX_LENGTH = 300;

    @Column(name = "SUBJECT", length = SUBJECT_MAX_LENGTH)
    private String subject;

    @Lob
    @Column(name = "TEXT_BODY")
    private String text;

    @Lob
    @Column(name = "HTML_BODY")
    private String html;

    @Lob
    @Column(name = "CALENDAR")
    private String calendar;

    @Column(name = "CALENDAR_METHOD", length = 16)
    private String calendarMethod;

    protected MailContent() {
    }

    private MailContent(String subject, String text, String html, String calendar, String calendarMethod) {
        this.subject = subject;
        this.text = text;
        this.html = html;
        this.calendar = calendar;
        this.calendarMethod = calendarMethod;
    }

    public static MailContent of(String subject, String text, String html) {
        return new MailContent(Require.text(subject, "subject", SUBJECT_MAX_LENGTH), Require.text(text, "text"),
                Require.text(html, "html"), null, null);
    }

    /** The same message with an iCalendar invitation or cancellation attached. */
    public MailContent withCalendar(String icsText, String method) {
        return new MailContent(subject, text, html, Require.text(icsText, "calendar"), Require.text(method, "calendarMethod"));
    }

    public String subject() {
        return subject;
    }

    public String text() {
        return text;
    }

    public String html() {
        return html;
    }

    public String calendar() {
        return calendar;
    }

    public String calendarMethod() {
        return calendarMethod;
    }

    public boolean hasCalendar() {
        return calendar != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MailContent that && Objects.equals(subject, that.subject)
                && Objects.equals(text, that.text) && Objects.equals(html, that.html)
                && Objects.equals(calendar, that.calendar) && Objects.equals(calendarMethod, that.calendarMethod);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, text, html, calendar, calendarMethod);
    }
}
