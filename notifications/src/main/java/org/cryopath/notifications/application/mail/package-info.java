/**
 * The template models of the patient emails E1 to E10: one record per email, holding exactly what its templates
 * show. A service that sends an email fills its record (times as instants, dates as clinic calendar dates, texts
 * from the clinic's protocol already in the patient's language) and renders it with
 * {@code MailTemplates.render(mail, language)}; the templates format every date and time in the clinic's zone and
 * the patient's language, and escape every value. Each record documents the variables its templates see.
 *
 * <p>Besides a record's components, every template sees {@code clinic} (name, phone, address), {@code fmt} (date
 * and time formatting: {@code date(instant)}, {@code dateTime(instant)}, {@code time(instant)},
 * {@code day(localDate)}, {@code shortDay(localDate)}, {@code clock(localTime)}), {@code words} (the mail bundle)
 * and {@code lang}.
 */
package org.cryopath.notifications.application.mail;
