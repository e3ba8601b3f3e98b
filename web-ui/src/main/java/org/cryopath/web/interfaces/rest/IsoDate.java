package org.cryopath.web.interfaces.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text member of the contract that holds an ISO 8601 calendar date, {@code yyyy-MM-dd}; {@link JsonContract}
 * refuses anything else. Dates are strings in the request records (not {@code LocalDate}) because Payara's OpenAPI
 * scanner describes a {@code LocalDate} member as an object, whatever its {@code @Schema} says.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface IsoDate {
}
