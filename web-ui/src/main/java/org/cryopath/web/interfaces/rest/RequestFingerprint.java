package org.cryopath.web.interfaces.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fingerprint an idempotency key is stored with: SHA-256 of the request as the API understood it, in a canonical
 * JSON form (members sorted by name, absent and null members alike left out, texts in NFC). Whitespace, member order
 * or an explicit {@code null} do not make a retry a different request; any changed value does.
 */
final class RequestFingerprint {

    /** Looked up once: {@code Json.createXxx} looks the provider up again (a class path scan) on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Jsonb JSONB = JsonbBuilder.create();

    private RequestFingerprint() {
    }

    /**
     * The SHA-256 (hex) of a request body in canonical form: members sorted, nulls dropped. {@code context} is what
     * else makes the request this one (the case or session in its path).
     */
    static String of(Record body, String context) {
        return of(context + "|" + canonical(JSON.createReader(new StringReader(JSONB.toJson(body))).readValue()));
    }

    private static String of(String canonical) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    static String of(ReferralRequest normalized) {
        JsonValue tree = JSON.createReader(new StringReader(JSONB.toJson(normalized))).readValue();
        String canonical = canonical(tree).toString();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private static JsonValue canonical(JsonValue value) {
        if (value instanceof JsonObject object) {
            Map<String, JsonValue> sorted = new TreeMap<>(object);
            JsonObjectBuilder builder = JSON.createObjectBuilder();
            sorted.forEach((name, member) -> {
                if (member.getValueType() != JsonValue.ValueType.NULL) {
                    builder.add(name, canonical(member));
                }
            });
            return builder.build();
        }
        if (value instanceof JsonArray array) {
            var builder = JSON.createArrayBuilder();
            array.forEach(element -> builder.add(canonical(element)));
            return builder.build();
        }
        return value;
    }
}
