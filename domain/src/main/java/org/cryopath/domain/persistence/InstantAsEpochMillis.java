package org.cryopath.domain.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;

/**
 * Stores every {@link Instant} as milliseconds since the epoch (UTC). JDBC's TIMESTAMP goes through the JVM's
 * default time zone, which shifts or refuses instants in a daylight-saving gap of that zone; a number cannot.
 * Times are shown in the clinic's time zone by the interfaces, never by the database.
 */
@Converter(autoApply = true)
public class InstantAsEpochMillis implements AttributeConverter<Instant, Long> {

    @Override
    public Long convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    @Override
    public Instant convertToEntityAttribute(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
