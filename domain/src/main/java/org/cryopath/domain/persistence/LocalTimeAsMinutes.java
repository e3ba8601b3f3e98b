package org.cryopath.domain.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.LocalTime;

/**
 * Stores a clock time of the clinic's week (an opening or closing time) as minutes after midnight: a plain number,
 * the same on every database and untouched by any JVM's default time zone.
 */
@Converter
public class LocalTimeAsMinutes implements AttributeConverter<LocalTime, Integer> {

    @Override
    public Integer convertToDatabaseColumn(LocalTime time) {
        return time == null ? null : time.toSecondOfDay() / 60;
    }

    @Override
    public LocalTime convertToEntityAttribute(Integer minutes) {
        return minutes == null ? null : LocalTime.ofSecondOfDay(minutes * 60L);
    }
}
