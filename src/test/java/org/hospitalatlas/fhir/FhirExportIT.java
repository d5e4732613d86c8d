package org.hospitalatlas.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.RuntimeChildResourceDefinition;
import ca.uhn.fhir.util.IModelVisitor2;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.OrganizationAffiliation;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hospitalatlas.support.Api;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The FHIR endpoints on the seeds: what they serve parses with HAPI's parser, validates with HAPI's FhirValidator
 * (the R4 XML schemas and Schematron invariants) without errors, references only resources the export holds and
 * only resource types the R4 definitions allow there, and keeps each fact's quote as the document's text has it.
 */
@IntegrationTest
class FhirExportIT {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CHENZHOU = "chen-zhou-shi-di-yi-ren-min-yi-yuan";
    /** Longer than a FHIR id may be: served under its shortened id. */
    private static final String LONG_SLUG = "fhir-test-" + "chang-ming-zi-".repeat(6) + "yi-yuan";

    private static FhirValidator validator;
    /** The whole export, parsed once: the tests that read it all only read it. */
    private static List<Resource> export;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeAll
    static void validator() {
        validator = FHIR.newValidator();
        validator.setValidateAgainstStandardSchema(true);
        validator.setValidateAgainstStandardSchematron(true);
    }

    @BeforeEach
    void setUp() {
        api = new Api(port);
        jdbc.sql("insert into hospital (slug, name_zh) values (:slug, 'FHIR长名测试医院') on conflict (slug) do nothing")
                .param("slug", LONG_SLUG)
                .update();
    }

    /**
     * The seeds' part of the export as one collection Bundle: the five seed documents, every fact read from them with
     * its Provenance, the organizations those name, and the code systems. (Schematron's Bundle rules compare every
     * entry with every other, so the whole export of a test database, with other tests' bulk imports, is checked
     * below by the linear checks only.)
     */
    @Test
    void aBundleOfTheSeedsValidatesWithoutErrors() {
        List<Resource> resources = wholeExport();
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        seedsOf(resources)
                .forEach(r -> bundle.addEntry()
                        .setFullUrl("urn:uuid:" + UUID.nameUUIDFromBytes(key(r).getBytes(StandardCharsets.UTF_8)))
                        .setResource(r));
        Map<String, Long> types = bundle.getEntry().stream()
                .collect(Collectors.groupingBy(e -> e.getResource().fhirType(), Collectors.counting()));
        assertThat(types)
                .containsEntry("CodeSystem", (long) AtlasCodeSystems.ALL.size())
                .containsEntry("DocumentReference", 5L)
                .containsKeys("Organization", "OrganizationAffiliation", "MeasureReport", "Provenance");
        assertThat(types.get("MeasureReport")).isGreaterThan(20);

        assertThat(errors(validator.validateWithResult(bundle))).isEmpty();
    }

    @Test
    void theWholeExportReferencesOnlyAllowedTypesAndDefinedCodesWithUniqueIds() {
        List<Resource> resources = wholeExport();
        assertThat(wrongReferences(resources)).isEmpty();
        assertThat(unknownLocalCodes(resources)).isEmpty();
        assertThat(resources.stream().map(FhirExportIT::key).distinct().count()).isEqualTo(resources.size());
    }

    /** The validation above is not vacuous: a MeasureReport without its measure and ending before it starts fails. */
    @Test
    void theValidatorRejectsAnInvalidMeasureReport() {
        MeasureReport report = (MeasureReport)
                ndjson(api.get("/fhir/$export?_type=MeasureReport").body()).get(0);
        assertThat(errors(validator.validateWithResult(report))).isEmpty();
        report.setMeasure(null);
        report.getPeriod().setEnd(new java.util.Date(0));
        assertThat(errors(validator.validateWithResult(report)))
                .anyMatch(error -> error.contains("measure"))
                .anyMatch(error -> error.contains("per-1"));
    }

    @Test
    void everyFigureAndMembershipHasItsProvenanceAndEveryReferenceResolvesInTheExport() {
        List<Resource> resources = wholeExport();
        Set<String> keys = resources.stream().map(FhirExportIT::key).collect(Collectors.toSet());
        Set<String> provenanceTargets = new HashSet<>();
        List<String> dangling = new ArrayList<>();
        for (Resource resource : resources) {
            for (Reference reference : FHIR.newTerser().getAllPopulatedChildElementsOfType(resource, Reference.class)) {
                if (reference.hasReference() && !keys.contains(reference.getReference())) {
                    dangling.add(key(resource) + " → " + reference.getReference());
                }
            }
            if (resource instanceof Provenance provenance) {
                provenanceTargets.add(provenance.getTargetFirstRep().getReference());
            }
        }
        assertThat(dangling).isEmpty();
        assertThat(resources.stream()
                        .filter(r -> r instanceof MeasureReport || r instanceof OrganizationAffiliation)
                        .map(FhirExportIT::key)
                        .filter(key -> !provenanceTargets.contains(key)))
                .isEmpty();
    }

    @Test
    void everythingOfAHospitalRoundTripsThroughHapisParserAndValidates() {
        Api.Response response = api.get("/fhir/Organization/" + CHENZHOU + "/$everything");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/fhir+json");
        Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, response.body());
        String again = FHIR.newJsonParser().encodeResourceToString(bundle);
        assertThat(JSON.readTree(again)).isEqualTo(JSON.readTree(response.body()));

        assertThat(errors(validator.validateWithResult(bundle))).isEmpty();
        List<Resource> resources = bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .toList();
        assertThat(wrongReferences(resources)).isEmpty();
        assertThat(bundle.getEntryFirstRep().getSearch().getMode()).isEqualTo(Bundle.SearchEntryMode.MATCH);

        Organization hospital = (Organization) bundle.getEntryFirstRep().getResource();
        assertThat(hospital.getName()).isEqualTo("郴州市第一人民医院");
        assertThat(hospital.getIdentifierFirstRep().getSystem()).isEqualTo(AtlasCodeSystems.HOSPITAL_SLUG);
        assertThat(hospital.getIdentifierFirstRep().getValue()).isEqualTo(CHENZHOU);
        assertThat(hospital.getAddressFirstRep().getState()).isEqualTo("湖南省");
        assertThat(hospital.getAddressFirstRep().getStateElement().getExtensionString(AtlasCodeSystems.DIVISION_CODE))
                .isEqualTo("430000");
        assertThat(hospital.getAddressFirstRep().getCityElement().getExtensionString(AtlasCodeSystems.DIVISION_CODE))
                .isEqualTo("431000");

        MeasureReport beds = resources.stream()
                .filter(r -> r instanceof MeasureReport)
                .map(r -> (MeasureReport) r)
                .filter(r -> r.getMeasure().equals(AtlasCodeSystems.MEASURE + "beds_open"))
                .findFirst()
                .orElseThrow();
        assertThat(beds.getReporter().getReference()).isEqualTo("Organization/" + CHENZHOU);
        assertThat(beds.getGroupFirstRep().getMeasureScore().getValue()).isEqualByComparingTo("4340");
        assertThat(beds.getGroupFirstRep().getMeasureScore().getCode()).isEqualTo("{beds}");

        // each Provenance quotes its document exactly: quote = text.substring(start, end)
        Map<String, String> slugs = new HashMap<>();
        resources.stream()
                .filter(r -> r instanceof DocumentReference)
                .map(r -> (DocumentReference) r)
                .forEach(d -> slugs.put(
                        "DocumentReference/" + d.getIdPart(),
                        d.getIdentifierFirstRep().getValue()));
        List<Provenance> provenances = resources.stream()
                .filter(r -> r instanceof Provenance)
                .map(r -> (Provenance) r)
                .toList();
        assertThat(provenances).hasSizeGreaterThan(5);
        for (Provenance provenance : provenances) {
            Provenance.ProvenanceEntityComponent entity = provenance.getEntityFirstRep();
            Extension evidence = entity.getExtensionByUrl(AtlasCodeSystems.EVIDENCE);
            String body = jdbc.sql("select body from source_document where slug = :slug")
                    .param("slug", slugs.get(entity.getWhat().getReference()))
                    .query(String.class)
                    .single();
            int start = ((IntegerType) evidence.getExtensionByUrl("start").getValue()).getValue();
            int end = ((IntegerType) evidence.getExtensionByUrl("end").getValue()).getValue();
            assertThat(evidence.getExtensionByUrl("quote").getValue().primitiveValue())
                    .isEqualTo(body.substring(start, end));
        }
        assertThat(provenances.stream().map(p -> p.getTargetFirstRep().getReference()))
                .contains("MeasureReport/" + beds.getIdPart());
    }

    @Test
    void readsOneOrganizationAndFindsItByNameOrAlias() {
        // JSON is the only format served, whatever the Accept header asks
        Api.Response read = api.get("/fhir/Organization/" + CHENZHOU, "Accept", "application/fhir+xml");
        assertThat(read.status()).isEqualTo(200);
        Organization organization = FHIR.newJsonParser().parseResource(Organization.class, read.body());
        assertThat(organization.getIdPart()).isEqualTo(CHENZHOU);
        assertThat(organization.getAlias()).extracting(Object::toString).contains("郴州市一医院");

        Api.Response search = api.get("/fhir/Organization?name=" + Api.encode("郴州市一医"));
        assertThat(search.status()).isEqualTo(200);
        Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, search.body());
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
        assertThat(bundle.getEntry())
                .extracting(e -> e.getResource().getIdPart())
                .contains(CHENZHOU);
        assertThat(errors(validator.validateWithResult(bundle))).isEmpty();
    }

    @Test
    void pagesASearchWithANextLink() {
        Bundle first = FHIR.newJsonParser()
                .parseResource(
                        Bundle.class, api.get("/fhir/Organization?_count=2").body());
        assertThat(first.getEntry()).hasSize(2);
        assertThat(first.getTotal()).isGreaterThan(2);
        assertThat(first.getLink("next").getUrl()).isEqualTo("/fhir/Organization?_count=2&_offset=2");
        Bundle second = FHIR.newJsonParser()
                .parseResource(
                        Bundle.class, api.get(first.getLink("next").getUrl()).body());
        assertThat(second.getEntry())
                .extracting(e -> e.getResource().getIdPart())
                .doesNotContainAnyElementsOf(first.getEntry().stream()
                        .map(e -> e.getResource().getIdPart())
                        .toList());
    }

    @Test
    void aSlugTooLongForAFhirIdIsServedUnderItsShortenedId() {
        String id = FhirIds.hospital(LONG_SLUG);
        assertThat(id).hasSize(64).isNotEqualTo(LONG_SLUG);
        Api.Response response = api.get("/fhir/Organization/" + id);
        assertThat(response.status()).isEqualTo(200);
        Organization organization = FHIR.newJsonParser().parseResource(Organization.class, response.body());
        assertThat(organization.getIdentifierFirstRep().getValue()).isEqualTo(LONG_SLUG);
        assertThat(api.get("/fhir/Organization/" + LONG_SLUG).status()).isEqualTo(404);
    }

    @Test
    void aConsortiumIsAnOrganizationAndTheNetworkOfItsMemberships() {
        List<Resource> affiliations =
                ndjson(api.get("/fhir/$export?_type=OrganizationAffiliation").body());
        assertThat(affiliations).isNotEmpty().allMatch(r -> r instanceof OrganizationAffiliation);
        OrganizationAffiliation affiliation = (OrganizationAffiliation) affiliations.get(0);
        String network = affiliation.getNetworkFirstRep().getReference();
        Api.Response consortium = api.get("/fhir/" + network);
        assertThat(consortium.status()).isEqualTo(200);
        Organization organization = FHIR.newJsonParser().parseResource(Organization.class, consortium.body());
        assertThat(organization.getIdentifierFirstRep().getSystem()).isEqualTo(AtlasCodeSystems.CONSORTIUM_SLUG);
        assertThat(affiliation.getCodeFirstRep().getCodingFirstRep().getSystem())
                .isEqualTo(AtlasCodeSystems.CONSORTIUM_ROLE.url());
    }

    @Test
    void unknownIdsAnswer404WithAnOperationOutcome() {
        for (String path : List.of(
                "/fhir/Organization/no-such-hospital",
                "/fhir/Organization/no-such-hospital/$everything",
                "/fhir/Organization/consortium-no-such",
                "/fhir/Organization/" + "x".repeat(70),
                "/fhir/Patient/1")) {
            Api.Response response = api.get(path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.header("Content-Type")).as(path).startsWith("application/fhir+json");
            OperationOutcome outcome = FHIR.newJsonParser().parseResource(OperationOutcome.class, response.body());
            assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.NOTFOUND);
            assertThat(errors(validator.validateWithResult(outcome))).isEmpty();
        }
    }

    @Test
    void badParametersAnswer400WithAnOperationOutcomeNamingThem() {
        Map<String, String> bad = Map.of(
                "/fhir/Organization?_count=0",
                "_count",
                "/fhir/Organization?_count=abc",
                "_count",
                "/fhir/Organization?_offset=-1",
                "_offset",
                "/fhir/Organization?name=" + Api.encode("a\u0001b"),
                "name",
                "/fhir/Organization?name=" + "x".repeat(101),
                "name",
                "/fhir/$export?_type=Patient",
                "_type",
                "/fhir/$export?_type=" + Api.encode("Organization,\u0000"),
                "_type");
        bad.forEach((path, field) -> {
            Api.Response response = api.get(path);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.header("Content-Type")).as(path).startsWith("application/fhir+json");
            OperationOutcome outcome = FHIR.newJsonParser().parseResource(OperationOutcome.class, response.body());
            assertThat(outcome.getIssueFirstRep().getExpression())
                    .extracting(Object::toString)
                    .as(path)
                    .containsExactly(field);
        });
    }

    @Test
    void ndjsonLinesEachParseAsAResourceOfTheAskedTypes() {
        Api.Response response = api.get("/fhir/$export?_type=Organization,MeasureReport");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/fhir+ndjson");
        String[] lines = response.body().split("\n");
        List<String> types = new ArrayList<>();
        for (String line : lines) {
            assertThat(line).doesNotContain("\r").startsWith("{");
            types.add(FHIR.newJsonParser().parseResource(line).fhirType());
        }
        // rejected facts are left out of the export (docs/review.md)
        long organizations = jdbc.sql("select (select count(*) from hospital)"
                        + " + (select count(*) from consortium where review_state <> 'rejected')")
                .query(Long.class)
                .single();
        long figures = jdbc.sql(
                        "select count(*) from indicator_value where not is_target and review_state <> 'rejected'")
                .query(Long.class)
                .single();
        assertThat(types.stream().filter("Organization"::equals).count()).isEqualTo(organizations);
        assertThat(types.stream().filter("MeasureReport"::equals).count()).isEqualTo(figures);
        assertThat(types.indexOf("MeasureReport")).isEqualTo((int) organizations);
    }

    /** The seed documents, the facts read from them with their Provenance, the organizations named, the code systems. */
    private List<Resource> seedsOf(List<Resource> resources) {
        JsonNode manifest = JSON.readTree(getClass().getResourceAsStream("/seeds/manifest.json"));
        Set<String> seeds = new HashSet<>();
        manifest.forEach(entry -> seeds.add(entry.get("file").asString().replace(".txt", "")));
        Map<String, Resource> byKey = new LinkedHashMap<>();
        resources.forEach(r -> byKey.put(key(r), r));
        Set<String> kept = new LinkedHashSet<>();
        for (Resource resource : resources) {
            if (resource instanceof CodeSystem
                    || resource instanceof DocumentReference document
                            && seeds.contains(document.getIdentifierFirstRep().getValue())) {
                kept.add(key(resource));
            } else if (resource instanceof Provenance provenance
                    && seeds.contains(provenance
                            .getEntityFirstRep()
                            .getWhat()
                            .getIdentifier()
                            .getValue())) {
                kept.add(key(provenance));
                kept.add(provenance.getTargetFirstRep().getReference());
            }
        }
        for (String key : List.copyOf(kept)) {
            for (Reference reference :
                    FHIR.newTerser().getAllPopulatedChildElementsOfType(byKey.get(key), Reference.class)) {
                if (reference.getReference() != null && reference.getReference().startsWith("Organization/")) {
                    kept.add(reference.getReference());
                }
            }
        }
        return kept.stream().map(byKey::get).toList();
    }

    private List<Resource> wholeExport() {
        if (export == null) {
            export = ndjson(api.get("/fhir/$export").body());
        }
        return export;
    }

    private static List<Resource> ndjson(String body) {
        List<Resource> resources = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (!line.isBlank()) {
                resources.add((Resource) FHIR.newJsonParser().parseResource(line));
            }
        }
        return resources;
    }

    private static String key(Resource resource) {
        return resource.fhirType() + "/" + resource.getIdPart();
    }

    private static List<String> errors(ValidationResult result) {
        return result.getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(SingleValidationMessage::toString)
                .toList();
    }

    /** References to a resource type the R4 definition of that element does not allow (HAPI's model carries them). */
    private static List<String> wrongReferences(List<Resource> resources) {
        List<String> wrong = new ArrayList<>();
        for (Resource resource : resources) {
            FHIR.newTerser().visit(resource, new IModelVisitor2() {
                @Override
                public boolean acceptElement(
                        IBase element,
                        List<IBase> containingPath,
                        List<BaseRuntimeChildDefinition> childPath,
                        List<BaseRuntimeElementDefinition<?>> elementPath) {
                    if (element instanceof Reference reference
                            && reference.hasReference()
                            && !childPath.isEmpty()
                            && childPath.get(childPath.size() - 1) instanceof RuntimeChildResourceDefinition child) {
                        String type = reference.getReferenceElement().getResourceType();
                        Class<? extends IBaseResource> target =
                                FHIR.getResourceDefinition(type).getImplementingClass();
                        boolean allowed = child.getResourceTypes().stream().anyMatch(c -> c.isAssignableFrom(target));
                        if (!allowed) {
                            wrong.add(key(resource) + " " + child.getElementName() + " → " + type);
                        }
                    }
                    return true;
                }

                @Override
                public boolean acceptUndeclaredExtension(
                        org.hl7.fhir.instance.model.api.IBaseExtension<?, ?> extension,
                        List<IBase> containingPath,
                        List<BaseRuntimeChildDefinition> childPath,
                        List<BaseRuntimeElementDefinition<?>> elementPath) {
                    return true;
                }
            });
        }
        return wrong;
    }

    /** Codings in the atlas's own code systems whose code the exported CodeSystem resources do not define. */
    private static List<String> unknownLocalCodes(List<Resource> resources) {
        Map<String, Set<String>> defined = new HashMap<>();
        resources.stream()
                .filter(r -> r instanceof CodeSystem)
                .map(r -> (CodeSystem) r)
                .forEach(cs -> defined.put(
                        cs.getUrl(),
                        cs.getConcept().stream()
                                .map(CodeSystem.ConceptDefinitionComponent::getCode)
                                .collect(Collectors.toSet())));
        assertThat(defined).hasSize(AtlasCodeSystems.ALL.size());
        List<String> unknown = new ArrayList<>();
        for (Resource resource : resources) {
            for (Coding coding : FHIR.newTerser().getAllPopulatedChildElementsOfType(resource, Coding.class)) {
                if (coding.getSystem().startsWith(AtlasCodeSystems.NAMESPACE)
                        && !defined.getOrDefault(coding.getSystem(), Set.of()).contains(coding.getCode())) {
                    unknown.add(key(resource) + " " + coding.getSystem() + "#" + coding.getCode());
                }
            }
        }
        return unknown;
    }
}
