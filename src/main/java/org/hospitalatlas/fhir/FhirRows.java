package org.hospitalatlas.fhir;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hospitalatlas.shared.Evidence;

/** What the export reads from the database, one record per kind of row, before it becomes a FHIR resource. */
final class FhirRows {

    private FhirRows() {}

    record Hospital(
            String slug,
            String name,
            String nameEn,
            List<String> aliases,
            String province,
            String city,
            String district,
            String level,
            String category,
            String ownership) {}

    /** A source document as cited by a fact. */
    record Document(
            String slug,
            String title,
            String publisher,
            LocalDate publishedOn,
            String originUrl,
            String sha256,
            Instant importedAt) {}

    /**
     * Where one fact was read: the document, the span and its quote; {@code confidence} is null for a mention of a
     * hospital (not scored), {@code sourceLine} is set for bulk-imported facts (the CSV line).
     */
    record Evidence(Document document, int start, int end, String quote, BigDecimal confidence, Integer sourceLine) {}

    record Consortium(
            String slug,
            String name,
            String type,
            LocalDate establishedOn,
            String establishedPrecision,
            Evidence evidence) {}

    /** A hospital in one role in one consortium; {@code lead*} is the consortium's lead hospital, if any. */
    record Membership(
            String consortiumSlug,
            String consortiumName,
            LocalDate establishedOn,
            String establishedPrecision,
            String leadSlug,
            String leadName,
            String hospitalSlug,
            String hospitalName,
            String role,
            Evidence evidence) {}

    /** One figure of one indicator, hospital and year as one document states it (plans and targets left out). */
    record Figure(
            String hospitalSlug,
            String hospitalName,
            String indicatorCode,
            String indicatorName,
            String indicatorNameEn,
            String unit,
            String better,
            int year,
            String kind,
            BigDecimal value,
            String qualifier,
            Evidence evidence) {}

    /** A document naming a hospital: the evidence that the hospital is one the atlas knows. */
    record Mention(String hospitalSlug, String hospitalName, Evidence evidence) {}

    /** A page of an Organization search and how many matched in all. */
    record OrganizationPage(long total, List<Hospital> hospitals, List<Consortium> consortia) {}
}
