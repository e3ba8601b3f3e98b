package org.cryopath.web.interfaces.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text member of the contract that holds an RFC 3339 date and time with its UTC offset
 * ({@code 2026-12-07T08:30:00-05:00}): a moment with no doubt about the zone. {@link JsonContract} refuses anything
 * else, a local time without an offset included.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface IsoDateTime {
}
