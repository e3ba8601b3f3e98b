package org.cryopath.web.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonContractTest {

    @Test
    void aCompleteReferralFits() {
        assertThat(check(valid())).isEmpty();
    }

    @Test
    void absentAndNullMembersAreLeftToTheClinicsRules() {
        assertThat(check(Json.createObjectBuilder().add("patient", JsonValue.NULL))).isEmpty();
        assertThat(check(Json.createObjectBuilder())).isEmpty();
    }

    @Test
    void everyWrongTypeIsReportedWithItsPath() {
        JsonObjectBuilder body = valid()
                .add("anticoagulated", "yes")
                .add("diabetic", 0)
                .add("indication", Json.createArrayBuilder().add("a"))
                .add("referrer", Json.createArrayBuilder())
                .add("patient", patient().add("mrn", 12345).add("givenName", JsonValue.TRUE));

        assertThat(codes(check(body))).containsExactlyInAnyOrder(
                "anticoagulated=api.json.boolean", "diabetic=api.json.boolean", "indication=api.json.string",
                "referrer=api.json.object", "patient.mrn=api.json.string", "patient.givenName=api.json.string");
    }

    @Test
    void unknownMembersAreRefusedAtAnyLevel() {
        JsonObjectBuilder body = valid().add("anticoagulant", true).add("patient", patient().add("middleName", "Ann"));

        assertThat(codes(check(body))).containsExactlyInAnyOrder("anticoagulant=api.json.unknownField",
                "patient.middleName=api.json.unknownField");
    }

    @Test
    void datesAreIsoCalendarDatesOnly() {
        for (String wrong : new String[] {"1961-02-30", "04/07/1961", "1961-7-4", "+1961-07-04", "1961-07-04T00:00",
                "", "19610704"}) {
            assertThat(codes(check(valid().add("patient", patient().add("dateOfBirth", wrong)))))
                    .as(wrong).containsExactly("patient.dateOfBirth=api.json.date");
        }
        assertThat(codes(check(valid().add("patient", patient().add("dateOfBirth", 19610704)))))
                .containsExactly("patient.dateOfBirth=api.json.date");
    }

    @Test
    void codesAreExactlyTheContractsConstants() {
        List<Problem.FieldError> errors = check(valid().add("targetOrgan", "kidney").add("priority", "STAT")
                .add("patient", patient().add("preferredLanguage", "EN")));

        assertThat(codes(errors)).containsExactlyInAnyOrder("targetOrgan=api.json.enum", "priority=api.json.enum",
                "patient.preferredLanguage=api.json.enum");
        assertThat(errors).filteredOn(e -> e.field().equals("targetOrgan")).singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo("Use one of: BREAST, BONE, KIDNEY, LIVER, LUNG, PROSTATE."));
    }

    @Test
    void textIsPlainTextWithoutControlCharactersDirectionOverridesOrLoneSurrogates() {
        for (String wrong : new String[] {"Gr\u0000ace", "Gr\u001Bace", "\u202Eecarg", "Gr\u2066ace", "Gr\uD800ace",
                "Gr\uDC00ace"}) {
            assertThat(codes(check(valid().add("patient", patient().add("givenName", wrong)))))
                    .as(wrong).containsExactly("patient.givenName=api.json.plainText");
        }
        for (String fine : new String[] {"Gr\u00e2ce", "\u674e\u5c0f\u9f99", "Ren\u00e9e\nline", "\ud83d\ude00",
                "<script>alert(1)</script>", "Zo\u00eb\u200dX"}) {
            assertThat(check(valid().add("patient", patient().add("givenName", fine)))).as(fine).isEmpty();
        }
    }

    @Test
    void theBodyMustBeAnObject() {
        assertThat(JsonContract.check(Json.createArrayBuilder().build(), ReferralRequest.class))
                .singleElement().satisfies(e -> {
                    assertThat(e.field()).isNull();
                    assertThat(e.code()).isEqualTo("api.json.object");
                });
        assertThat(JsonContract.check(JsonValue.NULL, ReferralRequest.class)).hasSize(1);
    }

    @Test
    void aVeryLongUnknownNameIsEchoedShortened() {
        String name = "x".repeat(5000);

        assertThat(check(valid().add(name, 1))).singleElement()
                .satisfies(e -> assertThat(e.field()).hasSize(65).startsWith("xxxx"));
    }

    static JsonObjectBuilder valid() {
        return Json.createObjectBuilder()
                .add("patient", patient())
                .add("referrer", Json.createObjectBuilder().add("name", "Dr. Lee").add("phone", "+1 555 010 2200"))
                .add("targetOrgan", "KIDNEY")
                .add("indication", "renal mass")
                .add("requestedGuidance", "CT")
                .add("priority", "ROUTINE")
                .add("anticoagulated", true)
                .add("diabetic", false);
    }

    static JsonObjectBuilder patient() {
        return Json.createObjectBuilder()
                .add("mrn", "MRN-1")
                .add("givenName", "Grace")
                .add("familyName", "Okafor")
                .add("dateOfBirth", "1961-07-04")
                .add("email", "grace@example.org")
                .add("preferredLanguage", "en");
    }

    private static List<Problem.FieldError> check(JsonObjectBuilder body) {
        return JsonContract.check(body.build(), ReferralRequest.class);
    }

    private static List<String> codes(List<Problem.FieldError> errors) {
        return errors.stream().map(e -> e.field() + "=" + e.code()).toList();
    }
}
