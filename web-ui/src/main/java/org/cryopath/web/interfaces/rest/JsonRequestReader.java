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

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && type.getPackageName().equals(JsonRequestReader.class.getPackageName());
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream entity) throws IOException, WebApplicationException {
        refuseDeclaredOversize(headers.getFirst(HttpHeaders.CONTENT_LENGTH));
        byte[] body = entity.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw tooLarge();
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

    private static void refuseDeclaredOversize(String contentLength) {
        if (contentLength == null) {
            return;
        }
        try {
            if (Long.parseLong(contentLength.strip()) > MAX_BODY_BYTES) {
                throw tooLarge();
            }
        } catch (NumberFormatException e) {
            // the container already refuses a malformed Content-Length; the bytes read decide
        }
    }

    private static ApiProblem tooLarge() {
        return new ApiProblem(ProblemType.PAYLOAD_TOO_LARGE, "api.problem.payload-too-large.detail", MAX_BODY_BYTES / 1024);
    }
}
