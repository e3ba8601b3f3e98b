package org.cryopath.web.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.ByteArrayInputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.cryopath.domain.model.patient.Language;
import org.cryopath.domain.model.referral.TargetOrgan;
import org.cryopath.scheduling.application.ReferralIntake;
import org.junit.jupiter.api.Test;

/** The API's body reader with the real Parsson and Yasson that Payara ships. */
class JsonRequestReaderTest {

    private final JsonRequestReader reader = new JsonRequestReader();

    @Test
    void aValidBodyBecomesTheServicesCommand() throws Exception {
        ReferralRequest request = read(JsonContractTest.valid().build().toString());

        ReferralIntake intake = request.normalized().toIntake();
        assertThat(intake.patient().dateOfBirth()).isEqualTo(LocalDate.of(1961, 7, 4));
        assertThat(intake.patient().preferredLanguage()).isEqualTo(Language.EN);
        assertThat(intake.targetOrgan()).isEqualTo(TargetOrgan.KIDNEY);
        assertThat(intake.anticoagulated()).isTrue();
        assertThat(intake.diabetic()).isFalse();
        assertThat(intake.referrer().email()).isNull();
    }

    @Test
    void readsOnlyRecordsOfTheApi() {
        assertThat(reader.isReadable(ReferralRequest.class, ReferralRequest.class, new Annotation[0],
                MediaType.APPLICATION_JSON_TYPE)).isTrue();
        assertThat(reader.isReadable(String.class, String.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE))
                .isFalse();
    }

    @Test
    void malformedBodiesAreRefusedAsMalformedJson() {
        String[] malformed = {"", "   ", "{", "{\"patient\":}", "{}{}", "{\"a\":1,\"a\":2}", "[".repeat(9) + "]".repeat(9),
            "{'single':'quotes'}", "NaN"};
        for (String body : malformed) {
            assertThatThrownBy(() -> read(body)).as(body).isInstanceOfSatisfying(ApiProblem.class,
                    problem -> assertThat(problem.type()).isEqualTo(ProblemType.MALFORMED_JSON));
        }
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] latin1 = "{\"indication\":\"Jos\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> read(latin1)).isInstanceOfSatisfying(ApiProblem.class,
                problem -> assertThat(problem.detail()).isEqualTo("The body is not UTF-8 text: JSON must be sent in UTF-8."));
    }

    @Test
    void aSyntaxErrorSaysWhereButNotWhat() {
        assertThatThrownBy(() -> read("{\n  \"patient\": {\"mrn\": \"SECRET-MRN\" \"x\": 1}\n}"))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.detail())
                        .startsWith("The body is not valid JSON (line 2").doesNotContain("SECRET"));
    }

    @Test
    void contractViolationsListEveryField() {
        assertThatThrownBy(() -> read("{\"targetOrgan\":\"SPLEEN\",\"anticoagulated\":\"no\",\"extra\":1}"))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.type()).isEqualTo(ProblemType.CONTRACT_VIOLATION);
                    assertThat(problem.errors()).extracting(Problem.FieldError::field)
                            .containsExactlyInAnyOrder("targetOrgan", "anticoagulated", "extra");
                    assertThat(problem.detail()).isEqualTo("3 members do not follow the API contract: see errors.");
                });
    }

    @Test
    void bodiesOver64KiBAreRefusedWith413() {
        String huge = "{\"indication\":\"" + "x".repeat(JsonRequestReader.MAX_BODY_BYTES) + "\"}";

        assertThatThrownBy(() -> read(huge)).isInstanceOfSatisfying(ApiProblem.class,
                e -> assertThat(e.type().status()).isEqualTo(413));
    }

    @Test
    void aDeclaredLengthOver64KiBIsRefusedBeforeReading() {
        MultivaluedHashMap<String, String> headers = new MultivaluedHashMap<>();
        headers.putSingle("Content-Length", "10000000");

        assertThatThrownBy(() -> reader.readFrom(record(), ReferralRequest.class, new Annotation[0],
                MediaType.APPLICATION_JSON_TYPE, headers, new ByteArrayInputStream(new byte[0])))
                .isInstanceOfSatisfying(ApiProblem.class, e -> assertThat(e.type().status()).isEqualTo(413));
    }

    private ReferralRequest read(String body) throws Exception {
        return read(body.getBytes(StandardCharsets.UTF_8));
    }

    private ReferralRequest read(byte[] body) throws Exception {
        return (ReferralRequest) reader.readFrom(record(), ReferralRequest.class, new Annotation[0],
                MediaType.APPLICATION_JSON_TYPE, new MultivaluedHashMap<>(), new ByteArrayInputStream(body));
    }

    @SuppressWarnings("unchecked")
    private static Class<Record> record() {
        return (Class<Record>) (Class<?>) ReferralRequest.class;
    }
}
