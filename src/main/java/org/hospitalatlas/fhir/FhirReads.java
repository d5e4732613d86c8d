package org.hospitalatlas.fhir;

import java.util.List;
import java.util.function.Consumer;

/**
 * What the export reads: hospitals, consortia, memberships, figures and mentions, each row joined to the document
 * that states it. One hospital's rows come as lists; the whole atlas ({@code each…}) is streamed row by row. Set-based
 * SQL over every feature's tables, written by hand, so a repository fragment.
 */
interface FhirReads {

    /** The hospital whose logical id is {@code id}: its slug, or a long slug's shortened form; null if none. */
    FhirRows.Hospital hospitalById(String id);

    /** The consortium (not rejected) whose logical id is {@code id}; null if none. */
    FhirRows.Consortium consortiumById(String id);

    List<FhirRows.Hospital> hospitals(List<String> slugs);

    List<FhirRows.Consortium> consortia(List<String> slugs);

    /** Organizations (hospitals, then consortia) whose name, English name or alias contains {@code name}. */
    FhirRows.OrganizationPage search(String name, int count, int offset);

    /** The memberships of the hospital, and of every consortium it leads; all of them when {@code hospital} is null. */
    List<FhirRows.Membership> memberships(String hospital);

    List<FhirRows.Figure> figures(String hospital);

    List<FhirRows.Mention> mentions(String hospital);

    void eachHospital(Consumer<FhirRows.Hospital> sink);

    void eachConsortium(Consumer<FhirRows.Consortium> sink);

    void eachMembership(Consumer<FhirRows.Membership> sink);

    /** Every figure, in no particular order: sorting millions of rows would only delay the first line. */
    void eachFigure(Consumer<FhirRows.Figure> sink);

    void eachMention(Consumer<FhirRows.Mention> sink);
}
