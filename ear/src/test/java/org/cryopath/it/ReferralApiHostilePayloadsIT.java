package org.cryopath.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cryopath.it.support.Referrals.uniqueMrn;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.cryopath.it.support.Api;
import org.cryopath.it.support.CryoPathDeployment;
import org.cryopath.it.support.Probe;
import org.cryopath.it.support.Staff;
import org.cryopath.it.support.TestMailServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of malformed and hostile requests to {@code POST /api/v1/referrals}: each one must get the 4xx problem
 * document it deserves (never a 500, never an HTML page), and none may store anything: no patient, referral, outbox
 * message, idempotency key or patient audit entry appears anywhere in the database, and none under the MRN it used.
 *
 * <p>Not in the corpus, because they are legitimate: markup in a name or the indication ({@code <script>} is text a
 * person may type; it is stored as sent and comes back unchanged in JSON, which no browser runs) and names in any
 * script or normalization form. {@link #markupInTextIsStoredAsTextAndComesBackUnchanged} shows it.
 */
@ExtendWith(ArquillianExtension.class)
class ReferralApiHostilePayloadsIT {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CryoPathDeployment.realEarWithProbe();
    }

    @BeforeAll
    static void smtpServer() {
        TestMailServer.get();
    }

    /** One hostile request: what it is, the MRN it names (if any), how it is sent, and the answer it must get. */
    record Hostile(String name, String mrn, int status, String problemType, Function<HttpRequest.Builder, HttpRequest.Builder> send) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Hostile> corpus() {
        return Stream.of(
                // Not JSON at all, or not JSON the API reads: 400 malformed-json
                raw("truncated JSON", "{\"patient\":{\"mrn\":\"X\"", 400, "malformed-json"),
                raw("empty body", "", 400, "malformed-json"),
                raw("whitespace only", " \n\t ", 400, "malformed-json"),
                raw("trailing garbage after the object", valid("HOSTILE-TRAIL").build() + "xyz", 400, "malformed-json"),
                raw("single-quoted JSON", "{'patient':{'mrn':'X'}}", 400, "malformed-json"),
                raw("a comment inside JSON", "{/* hi */\"targetOrgan\":\"KIDNEY\"}", 400, "malformed-json"),
                raw("NaN literal", "{\"anticoagulated\":NaN}", 400, "malformed-json"),
                bytes("bytes that are not UTF-8", concat("{\"indication\":\"".getBytes(StandardCharsets.UTF_8),
                        new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}, "\"}".getBytes(StandardCharsets.UTF_8)), 400, "malformed-json"),
                raw("JSON nested 10,000 deep", "[".repeat(10_000) + "]".repeat(10_000), 400, "malformed-json"),
                raw("objects nested 5,000 deep", "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000), 400, "malformed-json"),
                mrn("the same member twice", "HOSTILE-DUP", m -> "{\"patient\":{\"mrn\":\"" + m + "\"}," + valid(m).build().toString().substring(1),
                        400, "malformed-json"),

                // JSON, but not the contract: 400 contract-violation
                raw("null body", "null", 400, "contract-violation"),
                raw("an array instead of an object", "[" + valid("HOSTILE-ARRAY").build() + "]", 400, "contract-violation"),
                raw("a bare string", "\"referral\"", 400, "contract-violation"),
                json("patient is an array", "HOSTILE-PARR", b -> b.add("patient", Json.createArrayBuilder().add(1)), 400, "contract-violation"),
                json("patient is a string", "HOSTILE-PSTR", b -> b.add("patient", "Grace Okafor"), 400, "contract-violation"),
                json("anticoagulated is a string", "HOSTILE-BSTR", b -> b.add("anticoagulated", "yes"), 400, "contract-violation"),
                json("diabetic is a number", "HOSTILE-BNUM", b -> b.add("diabetic", 1), 400, "contract-violation"),
                json("a flag far out of any range", "HOSTILE-BIG", b -> b.add("anticoagulated", Json.createValue(new java.math.BigDecimal("1e999999"))),
                        400, "contract-violation"),
                json("an MRN as a huge number", "HOSTILE-MNUM", b -> b.add("patient", patientOf(b).add("mrn",
                        Json.createValue(new java.math.BigInteger("123456789012345678901234567890")))), 400, "contract-violation"),
                json("an unknown organ", "HOSTILE-ORG", b -> b.add("targetOrgan", "SPLEEN"), 400, "contract-violation"),
                json("an organ in lower case", "HOSTILE-ORGL", b -> b.add("targetOrgan", "kidney"), 400, "contract-violation"),
                json("an unknown language", "HOSTILE-LANG", b -> b.add("patient", patientOf(b).add("preferredLanguage", "fr")),
                        400, "contract-violation"),
                json("priority as a number", "HOSTILE-PRIO", b -> b.add("priority", 2), 400, "contract-violation"),
                json("a date of birth as dd/mm/yyyy", "HOSTILE-DMY", b -> b.add("patient", patientOf(b).add("dateOfBirth", "31/12/1960")),
                        400, "contract-violation"),
                json("the 30th of February", "HOSTILE-FEB", b -> b.add("patient", patientOf(b).add("dateOfBirth", "1961-02-30")),
                        400, "contract-violation"),
                json("a date of birth as a number", "HOSTILE-DNUM", b -> b.add("patient", patientOf(b).add("dateOfBirth", 19610704)),
                        400, "contract-violation"),
                json("an unknown member", "HOSTILE-UNK", b -> b.add("anticoagulant", false), 400, "contract-violation"),
                json("an unknown nested member", "HOSTILE-UNKN", b -> b.add("patient", patientOf(b).add("ssn", "078-05-1120")),
                        400, "contract-violation"),
                json("an operator object where text belongs", "HOSTILE-NOSQL", b -> b.add("referrer", Json.createObjectBuilder()
                        .add("name", Json.createObjectBuilder().add("$gt", "")).add("phone", "+1 555 010 2200")), 400, "contract-violation"),
                json("a NUL character in a name", "HOSTILE-NUL", b -> b.add("patient", patientOf(b).add("givenName", "Gr\u0000ace")),
                        400, "contract-violation"),
                json("a right-to-left override in a name", "HOSTILE-RLO", b -> b.add("patient", patientOf(b).add("familyName", "\u202Erofako")),
                        400, "contract-violation"),
                raw("a lone surrogate in a name", valid("HOSTILE-SURR").add("patient", patientOf(valid("HOSTILE-SURR"))
                        .add("givenName", "SURROGATE")).build().toString().replace("SURROGATE", "Gr\\ud800ace"), 400, "contract-violation"),

                // The contract, but not the clinic's rules: 422 invalid-input
                raw("an empty object", "{}", 422, "invalid-input"),
                json("no patient", "HOSTILE-NOPAT", b -> b.add("patient", JsonValue.NULL), 422, "invalid-input"),
                json("a flag left out", "HOSTILE-NOFLAG", b -> b.add("diabetic", JsonValue.NULL), 422, "invalid-input"),
                json("a 10,000-character name", "HOSTILE-LONG", b -> b.add("patient", patientOf(b).add("givenName", "A".repeat(10_000))),
                        422, "invalid-input"),
                json("a 3,000-character indication", "HOSTILE-IND", b -> b.add("indication", "x".repeat(3_000)), 422, "invalid-input"),
                mrn("SQL in the MRN", "1' OR '1'='1", m -> valid(m).build().toString(), 422, "invalid-input"),
                mrn("a statement in the MRN", "M1; DROP TABLE PATIENT;--", m -> valid(m).build().toString(), 422, "invalid-input"),
                mrn("full-width letters in the MRN", "\uFF2D\uFF32\uFF2E\uFF11\uFF12", m -> valid(m).build().toString(), 422, "invalid-input"),
                mrn("a long s that upper-cases to S", "HOSTILE-\u017F1", m -> valid(m).build().toString(), 422, "invalid-input"),
                json("a script tag as the email", "HOSTILE-MAIL", b -> b.add("patient", patientOf(b).add("email", "<script>alert(1)</script>@x.org")),
                        422, "invalid-input"),
                json("a phone number in words", "HOSTILE-TEL", b -> b.add("patient", patientOf(b).add("phone", "call me maybe")),
                        422, "invalid-input"),
                json("born in the year 2999", "HOSTILE-FUT", b -> b.add("patient", patientOf(b).add("dateOfBirth", "2999-01-01")),
                        422, "invalid-input"),
                json("born in 1800", "HOSTILE-OLD", b -> b.add("patient", patientOf(b).add("dateOfBirth", "1800-01-01")),
                        422, "invalid-input"),

                // Not what the endpoint takes at all
                sent("a body of 200 KiB", "HOSTILE-HUGE", m -> json(valid(m).add("indication", "x".repeat(200 * 1024)).build().toString()),
                        413, "payload-too-large"),
                sent("text/plain", "HOSTILE-TEXT", m -> json(valid(m).build().toString()).setHeader("Content-Type", "text/plain"),
                        415, null),
                sent("XML", "HOSTILE-XML", m -> json("<referral><mrn>" + m + "</mrn></referral>").setHeader("Content-Type", "application/xml"),
                        415, null),
                sent("a form post", "HOSTILE-FORM", m -> json("patient.mrn=" + m).setHeader("Content-Type", "application/x-www-form-urlencoded"),
                        415, null),
                sent("no Idempotency-Key", "HOSTILE-NOKEY", m -> Api.request(Api.REFERRALS, Staff.FRONT_DESK)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(valid(m).build().toString())),
                        400, "idempotency-key-missing"),
                sent("an Idempotency-Key with spaces and quotes", "HOSTILE-KEYSP", m -> json(valid(m).build().toString())
                        .setHeader("Idempotency-Key", "a key; with \"spaces\""), 400, "idempotency-key-invalid"),
                sent("an Idempotency-Key of 500 characters", "HOSTILE-KEYLEN", m -> json(valid(m).build().toString())
                        .setHeader("Idempotency-Key", "k".repeat(500)), 400, "idempotency-key-invalid"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRefusedWithAProblemAndStoresNothing(Hostile hostile) {
        JsonObject before = totals();

        Api.Reply reply = Api.send(hostile.send().apply(null));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(hostile.status());
        assertThat(reply.contentType()).as(reply.toString()).startsWith(PROBLEM_JSON);
        JsonObject problem = reply.json();
        assertThat(problem.getInt("status")).isEqualTo(hostile.status());
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getString("detail")).isNotBlank();
        assertThat(problem.getString("instance")).isEqualTo("/cryopath/api/v1/referrals");
        assertThat(problem.getString("type")).isEqualTo(hostile.problemType() == null ? "about:blank"
                : "tag:cryopath.example,2026:problem:" + hostile.problemType());
        assertThat(reply.body()).doesNotContain("Exception", "\tat ", "<html");
        assertThat(totals()).as("rows after: " + hostile).isEqualTo(before);
        if (hostile.mrn() != null) {
            assertThat(Probe.referralCount(hostile.mrn().toUpperCase())).isZero();
            assertThat(Probe.outboxOf(hostile.mrn().toUpperCase())).isEmpty();
        }
    }

    @Test
    void theCorpusHasAtLeastThirtyRequestsOfEveryKind() {
        List<Hostile> all = corpus().toList();

        assertThat(all).hasSizeGreaterThanOrEqualTo(30);
        assertThat(all).extracting(Hostile::status).contains(400, 413, 415, 422);
        assertThat(all).extracting(Hostile::name).doesNotHaveDuplicates();
    }

    @Test
    void markupInTextIsStoredAsTextAndComesBackUnchanged() {
        String mrn = uniqueMrn("MARKUP");
        String script = "<script>alert('x')</script>";
        String name = "O'Brien <b>&amp;</b> \u674e";
        String payload = valid(mrn)
                .add("patient", patientOf(valid(mrn)).add("givenName", script).add("familyName", name))
                .add("indication", "</textarea><img src=x onerror=alert(1)>")
                .build().toString();

        Api.Reply created = Api.register(Staff.FRONT_DESK, Api.newKey(), payload);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api.Reply read = Api.get(java.net.URI.create(created.header("Location").orElseThrow()), Staff.FRONT_DESK);
        assertThat(read.contentType()).startsWith("application/json");
        assertThat(read.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(read.header("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).startsWith("default-src 'none'"));
        JsonObject patient = read.json().getJsonObject("patient");
        assertThat(patient.getString("givenName")).isEqualTo(script);
        assertThat(patient.getString("familyName")).isEqualTo(name);
        assertThat(read.json().getString("indication")).isEqualTo("</textarea><img src=x onerror=alert(1)>");
    }

    @Test
    void theApiNeverWritesPatientDataToTheServerLog() throws IOException {
        String mrn = uniqueMrn("APILOG");
        String tag = mrn.substring(mrn.length() - 4);
        String given = "Logqux" + tag;
        String family = "Zyxlogapi" + tag;
        JsonObjectBuilder patient = Api.patient(mrn, given, family);
        String accepted = valid(mrn).add("patient", patient).build().toString();
        Api.Reply created = Api.register(Staff.FRONT_DESK, Api.newKey(), accepted);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        // Refusals quote nothing of the request in the log either: the clinic's rules, a conflict, a broken body.
        Api.register(Staff.FRONT_DESK, Api.newKey(), valid(mrn).add("patient", Api.patient(mrn, given, family)
                .add("email", "not-an-address-" + family)).build().toString());
        Api.register(Staff.FRONT_DESK, Api.newKey(), valid(mrn).add("patient", Api.patient(mrn, "Other" + tag, family))
                .build().toString());
        Api.register(Staff.FRONT_DESK, Api.newKey(), accepted.substring(0, accepted.length() - 3));
        Api.send(Api.request(Api.REFERRALS, null).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(accepted)));

        String log = Files.readString(Path.of(System.getProperty("it.serverLog")));

        assertThat(log).doesNotContain(mrn).doesNotContain(given).doesNotContain(family)
                .doesNotContain(mrn.toLowerCase());
    }

    private static JsonObject totals() {
        return Probe.get("referrals/totals").object();
    }

    private static JsonObjectBuilder valid(String mrn) {
        return Api.referral(mrn);
    }

    private static JsonObjectBuilder patientOf(JsonObjectBuilder referral) {
        JsonObject patient = referral.build().getJsonObject("patient");
        return Json.createObjectBuilder(patient);
    }

    private static HttpRequest.Builder json(String body) {
        return Api.request(Api.REFERRALS, Staff.FRONT_DESK)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", Api.newKey())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private static Hostile raw(String name, String body, int status, String type) {
        return new Hostile(name, null, status, type, ignored -> json(body));
    }

    private static Hostile bytes(String name, byte[] body, int status, String type) {
        return new Hostile(name, null, status, type, ignored -> Api.request(Api.REFERRALS, Staff.FRONT_DESK)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", Api.newKey())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A valid referral for {@code mrnPrefix}'s own MRN, changed by {@code change}. */
    private static Hostile json(String name, String mrnPrefix, Function<JsonObjectBuilder, JsonObjectBuilder> change,
            int status, String type) {
        String mrn = uniqueMrn(mrnPrefix.replace("HOSTILE-", "H"));
        return new Hostile(name, mrn, status, type, ignored -> json(change.apply(valid(mrn)).build().toString()));
    }

    /** A body built around an MRN used as given (it may be the hostile part). */
    private static Hostile mrn(String name, String mrn, Function<String, String> body, int status, String type) {
        return new Hostile(name, mrn, status, type, ignored -> json(body.apply(mrn)));
    }

    private static Hostile sent(String name, String mrnPrefix, Function<String, HttpRequest.Builder> request, int status,
            String type) {
        String mrn = uniqueMrn(mrnPrefix.replace("HOSTILE-", "H"));
        return new Hostile(name, mrn, status, type, ignored -> request.apply(mrn));
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
