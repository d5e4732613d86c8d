package org.hospitalatlas.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.verifyNoInteractions;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hospitalatlas.database.DataVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Binding of the FHIR search's and export's parameter records on the MVC layer alone ({@code @WebMvcTest}, the export
 * mocked): a bad value answers 400 with an {@code OperationOutcome} whose issue names the parameter as FHIR names it
 * ({@code _count}) and says what it takes, the value not echoed, and the export is not asked; good values reach it
 * typed. {@code FhirExportIT} keeps the full-stack answers.
 */
@WebMvcTest(controllers = FhirController.class, properties = "hospital-atlas.http.response-cache-entries=0")
class FhirParametersWebMvcTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final String ALL_TYPES =
            EnumSet.allOf(FhirExport.ResourceType.class).toString();

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    FhirExport fhir;

    /** The ETag filter's data version (the database's, in the application). */
    @MockitoBean
    DataVersion dataVersion;

    @BeforeEach
    void dataVersion() {
        given(dataVersion.snapshot()).willReturn(new DataVersion.Snapshot(1, Instant.parse("2026-01-01T00:00:00Z")));
        given(fhir.search(any(), anyInt(), anyInt())).willReturn(new Bundle());
    }

    static Stream<Arguments> badValues() {
        String count = "_count must be a whole number from 1 to 500";
        String offset = "_offset must be a whole number from 0 to 1000000";
        String name = "name must be at most 100 characters, no control characters";
        String type = "_type must name resource types among " + ALL_TYPES;
        return Stream.of(
                Arguments.of("/fhir/Organization", "_count", "0", count),
                Arguments.of("/fhir/Organization", "_count", "501", count),
                Arguments.of("/fhir/Organization", "_count", "abc", count),
                Arguments.of("/fhir/Organization", "_count", "0x10", count),
                Arguments.of("/fhir/Organization", "_count", "9999999999", count),
                Arguments.of("/fhir/Organization", "_offset", "-1", offset),
                Arguments.of("/fhir/Organization", "_offset", "1000001", offset),
                Arguments.of("/fhir/Organization", "_offset", "1.5", offset),
                Arguments.of("/fhir/Organization", "name", "a\u0001b", name),
                Arguments.of("/fhir/Organization", "name", "tab\there", name),
                Arguments.of("/fhir/Organization", "name", "x".repeat(101), name),
                Arguments.of("/fhir/$export", "_type", "Patient", type),
                Arguments.of("/fhir/$export", "_type", "organization", type),
                Arguments.of("/fhir/$export", "_type", "Organization,\u0000", type),
                Arguments.of("/fhir/$export", "_type", "Organization,,MeasureReport", type));
    }

    @ParameterizedTest(name = "{0}?{1}={2}")
    @MethodSource("badValues")
    void aBadValueIsAnOperationOutcomeNamingTheParameterAndAsksNothing(
            String path, String parameter, String value, String diagnostics) {
        MvcTestResult result = mvc.get().uri(path).param(parameter, value).exchange();

        assertThat(result).hasStatus(400);
        assertThat(result.getResponse().getContentType()).startsWith("application/fhir+json");
        OperationOutcome outcome = outcome(result);
        assertThat(outcome.getIssue()).hasSize(1);
        OperationOutcome.OperationOutcomeIssueComponent issue = outcome.getIssueFirstRep();
        assertThat(issue.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
        assertThat(issue.getCode()).isEqualTo(OperationOutcome.IssueType.INVALID);
        assertThat(issue.getExpression()).extracting(Object::toString).containsExactly(parameter);
        assertThat(issue.getDiagnostics()).isEqualTo(diagnostics);
        verifyNoInteractions(fhir);
    }

    @Test
    void everyBadParameterIsAnIssueInTheRecordsOrder() {
        MvcTestResult result = mvc.get()
                .uri("/fhir/Organization")
                .param("_offset", "x")
                .param("_count", "0")
                .param("name", "y".repeat(200))
                .exchange();

        assertThat(result).hasStatus(400);
        assertThat(outcome(result).getIssue())
                .extracting(issue -> issue.getExpression().get(0).toString())
                .containsExactly("name", "_count", "_offset");
        verifyNoInteractions(fhir);
    }

    @Test
    void theSearchTakesTrimmedTextAndItsPageOrTheDefaults() {
        assertThat(mvc.get().uri("/fhir/Organization")).hasStatusOk();
        then(fhir).should().search(null, 50, 0);

        assertThat(mvc.get()
                        .uri("/fhir/Organization")
                        .param("name", " 郴州 ")
                        .param("_count", "500")
                        .param("_offset", "1000000"))
                .hasStatusOk();
        then(fhir).should().search("郴州", 500, 1_000_000);

        assertThat(mvc.get()
                        .uri("/fhir/Organization")
                        .param("name", " ")
                        .param("_count", "")
                        .param("_offset", " 2 "))
                .hasStatusOk();
        then(fhir).should().search(null, 50, 2);
    }

    @Test
    void otherFhirParametersAreIgnoredAsBefore() {
        assertThat(mvc.get().uri("/fhir/Organization").param("_format", "json").param("_count", "3"))
                .hasStatusOk();
        then(fhir).should().search(null, 3, 0);
    }

    @Test
    void theExportTakesTheTypesNamedOrAll() {
        assertThat(mvc.get().uri("/fhir/$export")).hasStatusOk();
        then(fhir).should().export(eq(EnumSet.allOf(FhirExport.ResourceType.class)), any());

        assertThat(mvc.get().uri("/fhir/$export").param("_type", " MeasureReport , Organization,"))
                .hasStatusOk();
        then(fhir)
                .should()
                .export(
                        eq(EnumSet.of(FhirExport.ResourceType.Organization, FhirExport.ResourceType.MeasureReport)),
                        any());
    }

    @Test
    void repeatedTypeParametersAddUp() {
        assertThat(mvc.get()
                        .uri("/fhir/$export")
                        .param("_type", "Provenance")
                        .param("_type", "CodeSystem,Organization"))
                .hasStatusOk();
        then(fhir)
                .should()
                .export(
                        eq(EnumSet.of(
                                FhirExport.ResourceType.CodeSystem,
                                FhirExport.ResourceType.Organization,
                                FhirExport.ResourceType.Provenance)),
                        any());
    }

    private static OperationOutcome outcome(MvcTestResult result) {
        try {
            return FHIR.newJsonParser()
                    .parseResource(
                            OperationOutcome.class, result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
