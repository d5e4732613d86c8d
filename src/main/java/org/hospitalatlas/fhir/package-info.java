/**
 * The FHIR R4 export: hospitals and consortia as {@code Organization}, memberships as {@code OrganizationAffiliation},
 * indicator figures as {@code MeasureReport}, source documents as {@code DocumentReference} and each fact's evidence
 * as {@code Provenance}, built with HAPI FHIR's R4 structures and served read-only under {@code /fhir}. The mapping
 * is in {@code docs/fhir.md}.
 */
package org.hospitalatlas.fhir;
