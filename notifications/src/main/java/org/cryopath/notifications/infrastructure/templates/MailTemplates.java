package org.cryopath.notifications.infrastructure.templates;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.cryopath.domain.clinic.ClinicProfile;
import org.cryopath.domain.model.outbox.MailContent;
import org.cryopath.domain.model.patient.Language;
import org.cryopath.notifications.application.mail.MailModel;

/**
 * Renders patient email from FreeMarker templates: one HTML ({@code .ftlh}, every value HTML-escaped) and one
 * plain-text ({@code .ftl}) template per email and language, under {@code templates/<language>/}. Subjects, date
 * formats and the shared layout's words come from the {@code mail} bundle of that language.
 *
 * <p>A template sees the components of its model record (see {@code notifications.application.mail}) plus
 * {@code clinic} (name, phone, address from configuration), {@code fmt} ({@link MailFormats}: the clinic's zone,
 * the patient's language), {@code words} and {@code lang}. Subjects never name a diagnosis, an organ or a procedure.
 */
@ApplicationScoped
public class MailTemplates {

    private static final String TEMPLATE_ROOT = "org/cryopath/notifications/templates";
    private static final String BUNDLE = "org.cryopath.notifications.templates.mail";

    private ClinicProfile clinic;
    private Configuration freemarker;

    protected MailTemplates() {
        // for CDI's proxy
    }

    @Inject
    public MailTemplates(ClinicProfile clinic) {
        this.clinic = clinic;
        this.freemarker = configuration();
    }

    private static Configuration configuration() {
        // 2.3.34: record components (name()) read as properties (${patient.givenName})
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setClassLoaderForTemplateLoading(MailTemplates.class.getClassLoader(), TEMPLATE_ROOT);
        configuration.setDefaultEncoding("UTF-8");
        // .ftlh templates escape every interpolation as HTML; .ftl (plain text) escape nothing
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setLocalizedLookup(false);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setAPIBuiltinEnabled(false);
        return configuration;
    }

    /** Subject, plain text and HTML of one email in the patient's language (the referrer's summary: English). */
    public MailContent render(MailModel mail, Language language) {
        ResourceBundle words = words(language);
        Map<String, Object> model = new HashMap<>();
        for (RecordComponent component : mail.getClass().getRecordComponents()) {
            model.put(component.getName(), valueOf(mail, component));
        }
        model.put("clinic", Map.of("name", clinic.name(), "phone", clinic.schedulingPhone(),
                "address", clinic.address()));
        model.put("fmt", new MailFormats(clinic.zone(), words, language.locale()));
        model.put("lang", language.locale().getLanguage());
        model.put("words", bundleAsMap(words));
        String subject = MessageFormat.format(words.getString(mail.subjectKey()), clinic.name());
        model.put("subject", subject);
        String base = language.name().toLowerCase(Locale.ROOT) + "/" + mail.kind().templateName();
        return MailContent.of(subject, tidy(process(base + ".ftl", model)), process(base + ".ftlh", model));
    }

    /** The generic title of an appointment in a patient's calendar: "Clinic appointment", "Cita en la clínica". */
    public String calendarSummary(Language language) {
        return words(language).getString("calendar.summary");
    }

    /** A calendar date as the patient reads it: "Monday 7 December 2026", "lunes 7 de diciembre de 2026". */
    public String formatDate(LocalDate date, Language language) {
        return formats(language).day(date);
    }

    /** A clinic-local date and time: "Monday 7 December, 8:30 AM", "lunes 7 de diciembre, 8:30". */
    public String formatDateTime(ZonedDateTime dateTime, Language language) {
        return formats(language).format(dateTime.withZoneSameInstant(clinic.zone()), "dateTime");
    }

    private MailFormats formats(Language language) {
        return new MailFormats(clinic.zone(), words(language), language.locale());
    }

    private static Object valueOf(MailModel mail, RecordComponent component) {
        try {
            return component.getAccessor().invoke(mail);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + mail.kind(), e);
        }
    }

    /** Plain text with at most one blank line between paragraphs, however the optional parts came out. */
    private static String tidy(String text) {
        return text.replaceAll("(\r?\n[ \t]*){3,}", "\n\n").strip() + "\n";
    }

    private String process(String templateName, Map<String, Object> model) {
        try {
            Template template = freemarker.getTemplate(templateName);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Mail template missing or unreadable: " + templateName, e);
        } catch (TemplateException e) {
            // The message names the template and the expression, never the values: those are patient data.
            throw new IllegalStateException("Mail template failed: " + templateName + ": " + e.getBlamedExpressionString(), e);
        }
    }

    private static ResourceBundle words(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(), MailTemplates.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static Map<String, String> bundleAsMap(ResourceBundle bundle) {
        Map<String, String> words = new HashMap<>();
        bundle.keySet().forEach(key -> words.put(key, bundle.getString(key)));
        return words;
    }
}
