package org.hospitalatlas.fhir;

import static org.hospitalatlas.fhir.AtlasCodeSystems.CONSORTIUM_ROLE;
import static org.hospitalatlas.fhir.AtlasCodeSystems.CONSORTIUM_TYPE;
import static org.hospitalatlas.fhir.AtlasCodeSystems.HOSPITAL_CATEGORY;
import static org.hospitalatlas.fhir.AtlasCodeSystems.HOSPITAL_LEVEL;
import static org.hospitalatlas.fhir.AtlasCodeSystems.HOSPITAL_OWNERSHIP;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.OrganizationAffiliation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hospitalatlas.extraction.AdministrativeDivisions;
import org.hospitalatlas.extraction.Division;

/** Hospitals and consortia as {@code Organization}, memberships as {@code OrganizationAffiliation}. */
final class OrganizationMapper {

    private final AdministrativeDivisions divisions;

    OrganizationMapper(AdministrativeDivisions divisions) {
        this.divisions = divisions;
    }

    Organization hospital(FhirRows.Hospital h) {
        Organization org = new Organization();
        org.setId(FhirIds.hospital(h.slug()));
        org.addIdentifier()
                .setUse(Identifier.IdentifierUse.OFFICIAL)
                .setSystem(AtlasCodeSystems.HOSPITAL_SLUG)
                .setValue(h.slug());
        org.setActive(true);
        org.addType(new CodeableConcept()
                .addCoding(new Coding(AtlasCodeSystems.HL7_ORGANIZATION_TYPE, "prov", "Healthcare Provider")));
        addLocal(org, HOSPITAL_LEVEL, HOSPITAL_LEVEL.codeOf(h.level()), h.level());
        addLocal(org, HOSPITAL_CATEGORY, HOSPITAL_CATEGORY.codeOf(h.category()), h.category());
        addLocal(org, HOSPITAL_OWNERSHIP, h.ownership(), HOSPITAL_OWNERSHIP.display(h.ownership()));
        org.setName(h.name());
        Set<String> aliases = new LinkedHashSet<>();
        if (h.nameEn() != null && !h.nameEn().isBlank()) {
            aliases.add(h.nameEn());
        }
        aliases.addAll(h.aliases());
        aliases.forEach(org::addAlias);
        if (h.province() != null || h.city() != null || h.district() != null) {
            org.addAddress(address(h.province(), h.city(), h.district()));
        }
        return org;
    }

    Organization consortium(FhirRows.Consortium c) {
        Organization org = new Organization();
        org.setId(FhirIds.consortium(c.slug()));
        org.addIdentifier()
                .setUse(Identifier.IdentifierUse.OFFICIAL)
                .setSystem(AtlasCodeSystems.CONSORTIUM_SLUG)
                .setValue(c.slug());
        org.setActive(true);
        addLocal(org, CONSORTIUM_TYPE, c.type(), CONSORTIUM_TYPE.display(c.type()));
        org.setName(c.name());
        return org;
    }

    /**
     * organization = the consortium's lead hospital (the consortium itself when none is known), participating
     * organization = the member, network = the consortium, code = the member's role, period from the establishment.
     */
    OrganizationAffiliation affiliation(FhirRows.Membership m) {
        OrganizationAffiliation affiliation = new OrganizationAffiliation();
        affiliation.setId(affiliationId(m));
        affiliation.setActive(true);
        Reference consortium =
                new Reference("Organization/" + FhirIds.consortium(m.consortiumSlug())).setDisplay(m.consortiumName());
        affiliation.setOrganization(
                m.leadSlug() == null
                        ? consortium.copy()
                        : new Reference("Organization/" + FhirIds.hospital(m.leadSlug())).setDisplay(m.leadName()));
        affiliation.setParticipatingOrganization(
                new Reference("Organization/" + FhirIds.hospital(m.hospitalSlug())).setDisplay(m.hospitalName()));
        affiliation.addNetwork(consortium);
        affiliation.addCode(concept(CONSORTIUM_ROLE, m.role(), CONSORTIUM_ROLE.display(m.role())));
        if (m.establishedOn() != null) {
            affiliation.setPeriod(new Period().setStartElement(date(m.establishedOn(), m.establishedPrecision())));
        }
        return affiliation;
    }

    static String affiliationId(FhirRows.Membership m) {
        return FhirIds.hashed("membership", m.consortiumSlug(), m.hospitalSlug(), m.role());
    }

    /** The address with GB/T 2260 codes on state, city and district where the names resolve to one division. */
    private Address address(String province, String city, String district) {
        Address address = new Address().setType(Address.AddressType.PHYSICAL).setCountry("CN");
        Optional<Division> p = Optional.ofNullable(province)
                .flatMap(name -> divisions.resolve(name, null))
                .filter(d -> d.level() == Division.Level.PROVINCE);
        Optional<Division> c = Optional.ofNullable(city)
                .flatMap(name -> divisions.resolve(name, province))
                .filter(d ->
                        d.level() == Division.Level.CITY || p.map(d::equals).orElse(false));
        Optional<Division> d = Optional.ofNullable(district)
                .flatMap(name -> divisions.resolve(name, city != null ? city : province))
                .filter(division -> division.level() == Division.Level.COUNTY);
        coded(address.getStateElement(), province, p);
        coded(address.getCityElement(), city, c);
        coded(address.getDistrictElement(), district, d);
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {province, city, district}) {
            if (part != null && text.indexOf(part) < 0) {
                text.append(part);
            }
        }
        address.setText(text.toString());
        return address;
    }

    private static void coded(StringType element, String name, Optional<Division> division) {
        if (name == null) {
            return;
        }
        element.setValue(name);
        division.ifPresent(d -> element.addExtension(AtlasCodeSystems.DIVISION_CODE, new CodeType(d.code())));
    }

    private static void addLocal(Organization org, AtlasCodeSystems.Local system, String code, String display) {
        if (code != null) {
            org.addType(concept(system, code, display));
        }
    }

    static CodeableConcept concept(AtlasCodeSystems.Local system, String code, String display) {
        return new CodeableConcept(new Coding(system.url(), code, display)).setText(display);
    }

    /** A date as precise as the text gave it (2021, 2021-06 or 2021-06-15). */
    static DateTimeType date(LocalDate date, String precision) {
        String text = switch (precision == null ? "day" : precision) {
            case "year" -> Integer.toString(date.getYear());
            case "month" -> date.toString().substring(0, 7);
            default -> date.toString();
        };
        return new DateTimeType(text);
    }
}
