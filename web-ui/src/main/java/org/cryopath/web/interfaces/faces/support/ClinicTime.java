package org.cryopath.web.interfaces.faces.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.cryopath.domain.clinic.ClinicProfile;

/** Shows stored instants as the clinic's wall-clock time, in the language of the page. */
@Named
@ApplicationScoped
public class ClinicTime {

    /** Formatters by style and language, made once: the today board formats two times on each of its many rows. */
    private final Map<String, DateTimeFormatter> formatters = new ConcurrentHashMap<>();

    @Inject
    ClinicProfile clinic;

    public String dateTime(Instant instant) {
        return instant == null ? "" : formatter("dateTime", () -> DateTimeFormatter.ofLocalizedDateTime(
                FormatStyle.MEDIUM, FormatStyle.SHORT)).format(clinic.localTime(instant));
    }

    /** The clinic's clock time of an instant: "8:30 AM", "8:30". */
    public String time(Instant instant) {
        return instant == null ? "" : formatter("time", () -> DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT))
                .format(clinic.localTime(instant));
    }

    public String date(LocalDate date) {
        return date == null ? "" : formatter("date", () -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM))
                .format(date);
    }

    /** A date written out, as in a letter: "Monday, December 7, 2026", "lunes, 7 de diciembre de 2026". */
    public String longDate(LocalDate date) {
        return date == null ? "" : formatter("longDate", () -> DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL))
                .format(date);
    }

    /** The clinic's calendar day of an instant. */
    public LocalDate dayOf(Instant instant) {
        return instant == null ? null : clinic.dateAt(instant);
    }

    /** The clinic's wall-clock date and time of an instant. */
    public java.time.LocalDateTime local(Instant instant) {
        return clinic.localTime(instant).toLocalDateTime();
    }

    /** The instant the clinic's day begins (see {@link ClinicProfile#startOf}). */
    public Instant startOf(LocalDate day) {
        return clinic.startOf(day);
    }

    /** A wall-clock time of a clinic day as an instant (see {@link ClinicProfile#instantAt}). */
    public Instant at(LocalDate day, java.time.LocalTime time) {
        return clinic.instantAt(day, time);
    }

    /** Today in the clinic, for date pickers that must not offer future dates. */
    public LocalDate today() {
        return clinic.dateAt(Instant.now());
    }

    /** The formatter of {@code style} in the page's language. */
    private DateTimeFormatter formatter(String style, Supplier<DateTimeFormatter> made) {
        Locale locale = locale();
        return formatters.computeIfAbsent(style + '/' + locale.toLanguageTag(), key -> made.get().withLocale(locale));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
