package org.cryopath.notifications.infrastructure.templates;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Dates and times as a patient reads them, in the clinic's time zone and the patient's language; templates call it
 * as {@code fmt}. The patterns come from the mail bundle of the language ({@code format.*}).
 */
public final class MailFormats {

    private final ZoneId zone;
    private final ResourceBundle words;
    private final Locale locale;
    private final DateTimeFormatter date;
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter time;

    MailFormats(ZoneId zone, ResourceBundle words, Locale locale) {
        this.zone = zone;
        this.words = words;
        this.locale = locale;
        this.date = pattern(words, "format.date", locale);
        this.shortDate = pattern(words, "format.shortDate", locale);
        this.dateTime = pattern(words, "format.dateTime", locale);
        this.time = pattern(words, "format.time", locale);
    }

    private static DateTimeFormatter pattern(ResourceBundle words, String key, Locale locale) {
        return DateTimeFormatter.ofPattern(words.getString(key), locale);
    }

    /** The clinic date of an instant: "Monday 7 December 2026", "lunes 7 de diciembre de 2026". */
    public String date(Instant instant) {
        return date.format(instant.atZone(zone));
    }

    /** A clinic calendar date: "Monday 7 December 2026", "lunes 7 de diciembre de 2026". */
    public String day(LocalDate day) {
        return date.format(day);
    }

    /** A clinic calendar date in short: "Mon 7 Dec", "lun 7 dic". */
    public String shortDay(LocalDate day) {
        return shortDate.format(day);
    }

    /** Clinic date and time of an instant: "Monday 7 December, 8:30 AM", "lunes 7 de diciembre, 8:30". */
    public String dateTime(Instant instant) {
        return dateTime.format(instant.atZone(zone));
    }

    /** Clinic clock time of an instant: "8:30 AM", "8:30". */
    public String time(Instant instant) {
        return time.format(instant.atZone(zone));
    }

    /** A clock time: "8:30 AM", "8:30". */
    public String clock(LocalTime clockTime) {
        return time.format(clockTime);
    }

    /**
     * How long before the procedure, as the patient reads it: "6 days before your procedure", "on the day of your
     * procedure", "2 hours before your appointment", "60 minutes before your appointment".
     */
    public String before(Duration before) {
        long minutes = before.toMinutes();
        if (minutes % (24 * 60) == 0) {
            long days = minutes / (24 * 60);
            return days == 0 ? words.getString("format.before.sameDay") : message("format.before.days", days);
        }
        return minutes % 60 == 0 ? message("format.before.hours", minutes / 60) : message("format.before.minutes", minutes);
    }

    private String message(String key, long value) {
        return new MessageFormat(words.getString(key), locale).format(new Object[] {value});
    }

    String format(TemporalAccessor value, String which) {
        return switch (which) {
            case "date" -> date.format(value);
            case "dateTime" -> dateTime.format(value);
            default -> time.format(value);
        };
    }
}
