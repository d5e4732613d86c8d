package org.hospitalatlas.fhir;

import java.math.BigDecimal;
import java.util.Date;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/** Figures as {@code MeasureReport}, documents as {@code DocumentReference}, evidence as {@code Provenance}. */
final class FactMapper {

    private final String apiBase;

    /** {@code apiBase}: the app's public address for links to a document's text, or null (no link). */
    FactMapper(String apiBase) {
        this.apiBase = apiBase;
    }

    static String figureId(FhirRows.Figure f) {
        return FhirIds.hashed(
                "figure",
                f.hospitalSlug(),
                f.indicatorCode(),
                f.year(),
                f.kind(),
                f.evidence().document().slug());
    }

    static String mentionId(FhirRows.Mention m) {
        return FhirIds.hashed(
                "mention", m.hospitalSlug(), m.evidence().document().slug());
    }

    /**
     * One figure as one document states it. R4 allows an Organization as MeasureReport.reporter but not as subject,
     * so the hospital the figure belongs to is the reporter; the measure is the catalogue indicator (and kind).
     */
    MeasureReport measureReport(FhirRows.Figure f) {
        MeasureReport report = new MeasureReport();
        report.setId(figureId(f));
        report.setStatus(MeasureReport.MeasureReportStatus.COMPLETE);
        report.setType(MeasureReport.MeasureReportType.SUMMARY);
        report.setMeasure(
                AtlasCodeSystems.MEASURE + f.indicatorCode() + (f.kind().equals("level") ? "" : "/" + f.kind()));
        report.setReporter(
                new Reference("Organization/" + FhirIds.hospital(f.hospitalSlug())).setDisplay(f.hospitalName()));
        report.setDate(Date.from(f.evidence().document().importedAt()));
        // the year in China Standard Time, to the second: R4's Schematron rule per-1 (start <= end) casts both to
        // xs:dateTime and fails on a date alone
        report.setPeriod(new Period()
                .setStartElement(new DateTimeType(f.year() + "-01-01T00:00:00+08:00"))
                .setEndElement(new DateTimeType(f.year() + "-12-31T23:59:59+08:00")));
        String notation = switch (f.better()) {
            case "higher" -> "increase";
            case "lower" -> "decrease";
            default -> null;
        };
        if (notation != null && f.kind().equals("level")) {
            report.setImprovementNotation(new CodeableConcept(new Coding(
                    AtlasCodeSystems.HL7_IMPROVEMENT_NOTATION,
                    notation,
                    notation.equals("increase")
                            ? "Increased score indicates improvement"
                            : "Decreased score indicates improvement")));
        }
        MeasureReport.MeasureReportGroupComponent group = report.addGroup();
        group.setCode(OrganizationMapper.concept(
                        AtlasCodeSystems.INDICATOR_KIND, f.kind(), AtlasCodeSystems.INDICATOR_KIND.display(f.kind()))
                .setText(f.indicatorName() + " (" + f.indicatorNameEn() + ")"));
        group.setMeasureScore(quantity(f));
        return report;
    }

    private static Quantity quantity(FhirRows.Figure f) {
        Quantity quantity = new Quantity().setValue(plain(f.value()));
        switch (f.qualifier()) {
            case "at_most" -> quantity.setComparator(Quantity.QuantityComparator.LESS_OR_EQUAL);
            case "at_least" -> quantity.setComparator(Quantity.QuantityComparator.GREATER_OR_EQUAL);
            case "approx" -> quantity.addExtension(new Extension(AtlasCodeSystems.APPROXIMATE, new BooleanType(true)));
            default -> {}
        }
        String unit = f.kind().equals("level") ? f.unit() : "percent";
        if (unit.equals("CNY")) {
            return quantity.setUnit("CNY").setSystem(AtlasCodeSystems.ISO_4217).setCode("CNY");
        }
        String ucum = switch (unit) {
            case "percent" -> "%";
            case "days" -> "d";
            case "minutes" -> "min";
            case "m2" -> "m2";
            case "count" -> "1";
            case "DDDs" -> "{DDD}";
            default -> "{" + unit + "}";
        };
        return quantity.setUnit(unit).setSystem(AtlasCodeSystems.UCUM).setCode(ucum);
    }

    DocumentReference documentReference(FhirRows.Document d) {
        DocumentReference reference = new DocumentReference();
        reference.setId(FhirIds.document(d.slug()));
        reference.addIdentifier(
                new Identifier().setSystem(AtlasCodeSystems.DOCUMENT_SLUG).setValue(d.slug()));
        reference.addIdentifier(
                new Identifier().setSystem(AtlasCodeSystems.DOCUMENT_SHA256).setValue(d.sha256()));
        reference.setStatus(DocumentReferenceStatus.CURRENT);
        reference.setDate(Date.from(d.importedAt()));
        if (d.publisher() != null) {
            reference.addAuthor(new Reference().setDisplay(d.publisher()));
        }
        if (d.title() != null) {
            reference.setDescription(d.title());
        }
        Attachment attachment =
                new Attachment().setContentType("text/plain;charset=utf-8").setLanguage("zh-CN");
        attachment.setTitle(d.title());
        if (d.publishedOn() != null) {
            attachment.setCreationElement(new DateTimeType(d.publishedOn().toString()));
        }
        String url = d.originUrl() != null
                ? d.originUrl()
                : apiBase == null ? null : apiBase + "/api/v1/documents/" + d.slug();
        attachment.setUrl(url);
        reference.addContent().setAttachment(attachment);
        return reference;
    }

    Provenance provenance(String targetType, String targetId, FhirRows.Evidence e) {
        Provenance provenance = new Provenance();
        provenance.setId(FhirIds.provenance(targetId));
        provenance.addTarget(new Reference(targetType + "/" + targetId));
        provenance.setRecorded(Date.from(e.document().importedAt()));
        boolean imported = e.sourceLine() != null;
        provenance
                .addAgent()
                .setType(new CodeableConcept(
                        new Coding(AtlasCodeSystems.HL7_PARTICIPANT_TYPE, "assembler", "Assembler")))
                .setWho(new Reference()
                        .setDisplay(imported ? "Hospital Atlas bulk import" : "Hospital Atlas extractor"));
        if (e.document().publisher() != null) {
            provenance
                    .addAgent()
                    .setType(new CodeableConcept(new Coding(AtlasCodeSystems.HL7_PARTICIPANT_TYPE, "author", "Author")))
                    .setWho(new Reference().setDisplay(e.document().publisher()));
        }
        Provenance.ProvenanceEntityComponent entity = provenance.addEntity();
        entity.setRole(Provenance.ProvenanceEntityRole.SOURCE);
        entity.setWhat(new Reference(
                        "DocumentReference/" + FhirIds.document(e.document().slug()))
                .setIdentifier(new Identifier()
                        .setSystem(AtlasCodeSystems.DOCUMENT_SLUG)
                        .setValue(e.document().slug()))
                .setDisplay(e.document().title()));
        Extension evidence = new Extension(AtlasCodeSystems.EVIDENCE);
        evidence.addExtension("quote", new StringType(e.quote()));
        evidence.addExtension("start", new IntegerType(e.start()));
        evidence.addExtension("end", new IntegerType(e.end()));
        if (e.confidence() != null) {
            evidence.addExtension("confidence", new DecimalType(plain(e.confidence())));
        }
        if (e.sourceLine() != null) {
            evidence.addExtension("sourceLine", new IntegerType(e.sourceLine()));
        }
        entity.addExtension(evidence);
        return provenance;
    }

    /** 1200.000000 as 1200, 0.950 as 0.95: the figure as stated, without the storage scale. */
    static BigDecimal plain(BigDecimal value) {
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }
}
