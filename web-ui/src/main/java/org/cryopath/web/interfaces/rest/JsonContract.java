package org.cryopath.web.interfaces.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a JSON body against the API's contract, which is the request records themselves: each record is a JSON
 * object whose members are exactly its components (an unknown member is refused, not ignored: a misspelt
 * {@code anticoagulant} must not pass as "flag not stated"); a {@code String} is a JSON string of plain text (one
 * marked {@link IsoDate} a date {@code yyyy-MM-dd}), a {@code Boolean} is true or false, an enum is one of its
 * constants' names. Any member may be null or absent: whether a value is required is the clinic's rule, checked by
 * the application service (422), not a matter of the body's shape (400). Every mismatch is reported, with its JSON
 * path ({@code patient.dateOfBirth}).
 */
final class JsonContract {

    /** Control characters other than tab and line breaks, text-direction overrides and isolates, lone surrogates. */
    private static final Pattern NOT_PLAIN_TEXT = Pattern.compile(
            "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]"
                    + "|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]");

    private static final int MAX_ECHOED_NAME = 64;

    private JsonContract() {
    }

    /** The body's mismatches with {@code type}, empty when it fits. */
    static List<Problem.FieldError> check(JsonValue body, Class<? extends Record> type) {
        List<Problem.FieldError> errors = new ArrayList<>();
        checkObject(body, type, "", errors);
        return errors;
    }

    private static void checkObject(JsonValue value, Class<?> type, String path, List<Problem.FieldError> errors) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            errors.add(error(path, "api.json.object"));
            return;
        }
        JsonObject object = value.asJsonObject();
        RecordComponent[] components = type.getRecordComponents();
        Set<String> known = Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
        object.keySet().stream().filter(name -> !known.contains(name)).sorted()
                .forEach(name -> errors.add(error(join(path, shortened(name)), "api.json.unknownField")));
        for (RecordComponent component : components) {
            JsonValue member = object.get(component.getName());
            if (member != null && member.getValueType() != JsonValue.ValueType.NULL) {
                String memberPath = join(path, component.getName());
                if (component.isAnnotationPresent(IsoDate.class)) {
                    checkDate(member, memberPath, errors);
                } else if (component.isAnnotationPresent(IsoDateTime.class)) {
                    checkDateTime(member, memberPath, errors);
                } else {
                    checkValue(member, component.getType(), memberPath, errors);
                }
            }
        }
    }

    private static void checkValue(JsonValue value, Class<?> type, String path, List<Problem.FieldError> errors) {
        if (type.isRecord()) {
            checkObject(value, type, path, errors);
        } else if (type == String.class) {
            if (!(value instanceof JsonString text)) {
                errors.add(error(path, "api.json.string"));
            } else if (NOT_PLAIN_TEXT.matcher(text.getString()).find()) {
                errors.add(error(path, "api.json.plainText"));
            }
        } else if (type == Boolean.class) {
            if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
                errors.add(error(path, "api.json.boolean"));
            }
        } else if (type == Long.class || type == Integer.class) {
            if (!(value instanceof JsonNumber number) || !number.isIntegral()
                    || number.bigDecimalValue().compareTo(BigDecimal.ONE) < 0
                    || number.bigDecimalValue().compareTo(BigDecimal.valueOf(
                            type == Long.class ? Long.MAX_VALUE : Integer.MAX_VALUE)) > 0) {
                errors.add(error(path, "api.json.positiveInteger"));
            }
        } else if (type.isEnum()) {
            List<String> names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            if (!(value instanceof JsonString text) || !names.contains(text.getString())) {
                errors.add(error(path, "api.json.enum", String.join(", ", names)));
            }
        } else {
            throw new IllegalStateException("The API contract has no JSON form for " + type.getName());
        }
    }

    private static void checkDate(JsonValue value, String path, List<Problem.FieldError> errors) {
        if (!(value instanceof JsonString text) || !isIsoDate(text.getString())) {
            errors.add(error(path, "api.json.date"));
        }
    }

    private static void checkDateTime(JsonValue value, String path, List<Problem.FieldError> errors) {
        if (!(value instanceof JsonString text) || !isIsoDateTime(text.getString())) {
            errors.add(error(path, "api.json.dateTime"));
        }
    }

    /** An RFC 3339 date and time with its offset ({@code 2026-12-07T08:30:00-05:00} or {@code ...Z}). */
    static boolean isIsoDateTime(String text) {
        if (text.length() > 40) {
            return false;
        }
        try {
            OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Exactly {@code yyyy-MM-dd}, a real day (no 30 February): ISO 8601's calendar date, as JSON-B reads it. */
    private static boolean isIsoDate(String text) {
        if (text.length() != 10) {
            return false;
        }
        try {
            LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Problem.FieldError error(String path, String code, Object... arguments) {
        return new Problem.FieldError(path.isEmpty() ? null : path, ApiTexts.get(code, arguments), code);
    }

    /** An unknown member's name is echoed in the answer: not at any length. */
    private static String shortened(String name) {
        return name.length() <= MAX_ECHOED_NAME ? name : name.substring(0, MAX_ECHOED_NAME) + "\u2026";
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
