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
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.cryopath.domain.clinic.ClinicProfile;
import org.cryopath.domain.model.outbox.MailContent;
import org.cryopath.domain.model.outbox.MessageKind;
import org.cryopath.domain.model.patient.Language;

/**
 * Renders patient email from FreeMarker templates: one HTML ({@code .ftlh}, every value HTML-escaped) and one
 * plain-text ({@code .ftl}) template per email and language, under {@code templates/<language>/}. Subjects,
 * date formats and the shared layout's words come from the {@code mail} bundle of that language.
 *
 * <p>Every template sees {@code clinic} (name, phone, address) and {@code lang}; the caller adds the rest,
 * already reduced to what the patient needs (never a diagnosis or an organ in a subject).
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

    /** Subject, text and HTML of one email in one language. */
    public MailContent render(MessageKind kind, Language language, Map<String, ?> variables) {
        ResourceBundle words = words(language);
        Map<String, Object> model = new HashMap<>(variables);
        model.put("clinic", Map.of("name", clinic.name(), "phone", clinic.schedulingPhone(),
                "address", clinic.address()));
        model.put("lang", language.locale().getLanguage());
        model.put("words", bundleAsMap(words));
        String subject = MessageFormat.format(words.getString(kind.templateName() + ".subject"), clinic.name());
        model.put("subject", subject);
        String folder = language.name().toLowerCase(Locale.ROOT) + "/";
        return MailContent.of(subject,
                process(folder + kind.templateName() + ".ftl", model),
                process(folder + kind.templateName() + ".ftlh", model));
    }

    /** A calendar date as the patient reads it: "Monday 7 December 2026", "lunes 7 de diciembre de 2026". */
    public String formatDate(LocalDate date, Language language) {
        return format(date, "format.date", language);
    }

    /** A clinic-local date and time: "Monday 7 December, 8:30 AM", "lunes 7 de diciembre, 8:30". */
    public String formatDateTime(ZonedDateTime dateTime, Language language) {
        return format(dateTime, "format.dateTime", language);
    }

    /** A clinic-local clock time: "8:30 AM", "8:30". */
    public String formatTime(ZonedDateTime dateTime, Language language) {
        return format(dateTime, "format.time", language);
    }

    private String format(java.time.temporal.TemporalAccessor value, String patternKey, Language language) {
        String pattern = words(language).getString(patternKey);
        return DateTimeFormatter.ofPattern(pattern, language.locale()).format(value);
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
            throw new IllegalStateException("Mail template failed: " + templateName + ": " + e.getMessageWithoutStackTop(), e);
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
