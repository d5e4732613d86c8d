/**
 * The FHIR R4 export: hospitals and consortia as {@code Organization}, memberships as {@code OrganizationAffiliation},
 * indicator figures as {@code MeasureReport}, source documents as {@code DocumentReference} and each fact's evidence
 * as {@code Provenance}, built with HAPI FHIR's R4 structures and served read-only under {@code /fhir}. The mapping
 * is in {@code docs/fhir.md}.
 *
 * <p>The export owns no table and writes nothing, so its repository is a read-only Spring Data {@code Repository} over
 * the one entity it serves as such, the document it cites ({@code CitedDocument}, read-only on {@code source_document}),
 * with every other read in a fragment ({@code FhirReads}): set-based SQL across every feature's tables, streamed with
 * a fetch size for {@code $export}. A fragment on each owner's repository would make this module depend on all of
 * them and split one consistent read of the atlas into many.
 */
package org.hospitalatlas.fhir;
