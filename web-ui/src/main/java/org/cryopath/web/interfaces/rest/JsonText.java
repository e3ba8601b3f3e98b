package org.cryopath.web.interfaces.rest;

import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * A request body read as JSON, strictly: UTF-8 only (RFC 8259; a byte that is not UTF-8 is refused, not replaced),
 * nested at most {@value #MAX_DEPTH} deep, and no member name twice in one object (parsers disagree on which of two
 * would count). A first pass checks this with the streaming parser, which builds nothing, so a hostile body is
 * refused before any tree is made of it. Refusals are {@link ApiProblem}s of type malformed-json.
 */
final class JsonText {

    /** Looked up once: {@code Json.createXxx} looks the provider up again (a class path scan) on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** The API's bodies are two levels deep; a little room, and far from what could exhaust a parser. */
    static final int MAX_DEPTH = 8;

    private JsonText() {
    }

    static JsonValue parse(byte[] body) {
        String text = decode(body);
        if (text.isBlank()) {
            throw new ApiProblem(ProblemType.MALFORMED_JSON, "api.problem.malformed-json.empty");
        }
        try {
            checkStructure(text);
            try (JsonReader reader = JSON.createReader(new StringReader(text))) {
                return reader.readValue();
            }
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            throw at == null
                    ? new ApiProblem(ProblemType.MALFORMED_JSON, "api.problem.malformed-json.unreadable")
                    : new ApiProblem(ProblemType.MALFORMED_JSON, "api.problem.malformed-json.at",
                            at.getLineNumber(), at.getColumnNumber());
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            throw new ApiProblem(ProblemType.MALFORMED_JSON, "api.problem.malformed-json.unreadable");
        }
    }

    private static String decode(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ApiProblem(ProblemType.MALFORMED_JSON, "api.problem.malformed-json.notUtf8");
        }
    }

    private static void checkStructure(String text) {
        Deque<Set<String>> names = new ArrayDeque<>();
        try (JsonParser parser = JSON.createParser(new StringReader(text))) {
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case START_OBJECT, START_ARRAY -> {
                        if (names.size() == MAX_DEPTH) {
                            throw new ApiProblem(ProblemType.MALFORMED_JSON, "api.problem.malformed-json.tooDeep",
                                    MAX_DEPTH);
                        }
                        names.push(new HashSet<>());
                    }
                    case END_OBJECT, END_ARRAY -> names.pop();
                    case KEY_NAME -> {
                        if (!names.peek().add(parser.getString())) {
                            throw new ApiProblem(ProblemType.MALFORMED_JSON, "api.problem.malformed-json.duplicate");
                        }
                    }
                    default -> {
                        // values: their types are the contract's business
                    }
                }
            }
        }
    }
}
