package org.cryopath.web.interfaces.rest;

import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;

/**
 * Reads the API's request bodies (the records of this package) in three steps, so that what reaches a resource has
 * been checked and anything else gets a precise problem: at most {@value #MAX_BODY_BYTES} bytes (413 beyond, before
 * reading further when Content-Length says so); strict JSON ({@link JsonText}, 400 malformed-json); the contract
 * ({@link JsonContract}, 400 contract-violation with every faulty field). Only then does JSON-B bind the record.
 * Being an application provider, it takes precedence over the server's own JSON-B reader for these types.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class JsonRequestReader implements MessageBodyReader<Record> {

    /** 64 KiB: a referral is a few hundred bytes; the longest one the rules allow is about 6 KiB. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    /** How much of a body that is too large is read (and dropped) so that its sender can read the 413. */
    static final int MAX_DISCARDED_BYTES = 4 * 1024 * 1024;

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && type.getPackageName().equals(JsonRequestReader.class.getPackageName());
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream entity) throws IOException, WebApplicationException {
        if (declaredOversize(headers.getFirst(HttpHeaders.CONTENT_LENGTH))) {
            throw tooLarge(entity);
        }
        byte[] body = entity.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw tooLarge(entity);
        }
        if (body.length == 0) {
            throw new ApiProblem(ProblemType.MALFORMED_JSON, "api.problem.malformed-json.empty");
        }
        JsonValue json = JsonText.parse(body);
        List<Problem.FieldError> errors = JsonContract.check(json, type);
        if (!errors.isEmpty()) {
            throw new ApiProblem(ProblemType.CONTRACT_VIOLATION, "api.problem.contract-violation.detail", errors,
                    errors.size());
        }
        try {
            return JSONB.fromJson(json.toString(), type);
        } catch (JsonbException e) {
            throw new ApiProblem(ProblemType.MALFORMED_JSON, "api.problem.malformed-json.unreadable");
        }
    }

    private static boolean declaredOversize(String contentLength) {
        try {
            return contentLength != null && Long.parseLong(contentLength.strip()) > MAX_BODY_BYTES;
        } catch (NumberFormatException e) {
            // the container refuses a malformed Content-Length; the bytes read decide
            return false;
        }
    }

    /**
     * The refusal of a body that is too large. Up to {@value #MAX_DISCARDED_BYTES} bytes of it are read and
     * dropped first: a client that sends its whole body before reading the answer (most do) would otherwise find the
     * connection closed under it and never see the 413. Beyond that the connection may as well close.
     */
    private static ApiProblem tooLarge(InputStream entity) {
        try {
            long discarded = 0;
            byte[] buffer = new byte[8192];
            int read;
            while (discarded < MAX_DISCARDED_BYTES && (read = entity.read(buffer)) != -1) {
                discarded += read;
            }
        } catch (IOException e) {
            // the client gave up sending: the answer is the same
        }
        return new ApiProblem(ProblemType.PAYLOAD_TOO_LARGE, "api.problem.payload-too-large.detail", MAX_BODY_BYTES / 1024);
    }
}
