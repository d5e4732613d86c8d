package org.hospitalatlas.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Resource;
import org.hospitalatlas.extraction.AdministrativeDivisions;
import org.hospitalatlas.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The FHIR R4 view of the atlas: one Organization, a search, one hospital's {@code $everything}, and the whole
 * atlas as NDJSON by resource type. Read-only; ids come from slugs and natural keys ({@link FhirIds}).
 */
@Service
public class FhirExport {

    /** The resource types of {@code $export}, in the order they are written when {@code _type} names none. */
    public enum ResourceType {
        CodeSystem,
        Organization,
        OrganizationAffiliation,
        MeasureReport,
        DocumentReference,
        Provenance;

        static ResourceType parse(String name) {
            for (ResourceType type : values()) {
                if (type.name().equals(name)) {
                    return type;
                }
            }
            return null;
        }
    }

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    private final FhirRepository queries;
    private final OrganizationMapper organizations;
    private final FactMapper facts;
    private final String base;

    FhirExport(FhirRepository queries, @Value("${hospital-atlas.http.base-url:}") String baseUrl) {
        this.queries = queries;
        this.organizations = new OrganizationMapper(AdministrativeDivisions.load());
        String trimmed = baseUrl == null || baseUrl.isBlank() ? null : baseUrl.replaceAll("/+$", "");
        this.facts = new FactMapper(trimmed);
        this.base = trimmed;
    }

    /** A new JSON parser (parsers are not thread-safe, the context is), one resource per line. */
    public static IParser json() {
        return FHIR.newJsonParser().setPrettyPrint(false);
    }

    /** A hospital ({@code slug}) or a consortium ({@code consortium-slug}), by logical id. */
    @Transactional(readOnly = true)
    public Organization organization(String id) {
        if (FhirIds.isValid(id)) {
            if (id.startsWith(FhirIds.CONSORTIUM_PREFIX)) {
                FhirRows.Consortium consortium = queries.consortiumById(id);
                if (consortium != null) {
                    return organizations.consortium(consortium);
                }
            } else {
                FhirRows.Hospital hospital = queries.hospitalById(id);
                if (hospital != null) {
                    return organizations.hospital(hospital);
                }
            }
        }
        throw new NotFoundException("Organization", id);
    }

    /** Organizations whose name, English name or alias contains {@code name} (all when null), hospitals first. */
    @Transactional(readOnly = true)
    public Bundle search(String name, int count, int offset) {
        FhirRows.OrganizationPage page = queries.search(name, count, offset);
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        bundle.setTotal((int) Math.min(Integer.MAX_VALUE, page.total()));
        String query = (name == null ? "" : "name=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8) + "&")
                + "_count=" + count;
        bundle.addLink().setRelation("self").setUrl(link("Organization?" + query + "&_offset=" + offset));
        if (offset + count < page.total()) {
            bundle.addLink().setRelation("next").setUrl(link("Organization?" + query + "&_offset=" + (offset + count)));
        }
        page.hospitals().forEach(h -> match(bundle, organizations.hospital(h)));
        page.consortia().forEach(c -> match(bundle, organizations.consortium(c)));
        return bundle;
    }

    /**
     * A hospital with everything the atlas says about it: its consortia (and their leads) and its memberships, the
     * consortia it leads with all their members, its figures, the documents they were read from, and a Provenance
     * per fact.
     */
    @Transactional(readOnly = true)
    public Bundle everything(String id) {
        Organization hospital = FhirIds.isValid(id) && !id.startsWith(FhirIds.CONSORTIUM_PREFIX)
                ? java.util.Optional.ofNullable(queries.hospitalById(id))
                        .map(organizations::hospital)
                        .orElse(null)
                : null;
        if (hospital == null) {
            throw new NotFoundException("Organization", id);
        }
        String slug = hospital.getIdentifierFirstRep().getValue();
        Map<String, Resource> entries = new LinkedHashMap<>();
        entries.put(key(hospital), hospital);
        List<FhirRows.Membership> memberships = queries.memberships(slug);
        Map<String, Resource> included = related(slug, memberships);
        for (FhirRows.Mention mention : queries.mentions(slug)) {
            put(entries, facts.documentReference(mention.evidence().document()));
            put(
                    entries,
                    facts.provenance("Organization", hospital.getIdElement().getIdPart(), mention.evidence())
                            .setId(FhirIds.provenance(FactMapper.mentionId(mention))));
        }
        for (FhirRows.Membership m : memberships) {
            put(entries, organizations.affiliation(m));
            put(entries, facts.documentReference(m.evidence().document()));
            put(
                    entries,
                    facts.provenance("OrganizationAffiliation", OrganizationMapper.affiliationId(m), m.evidence()));
        }
        for (FhirRows.Figure f : queries.figures(slug)) {
            put(entries, facts.measureReport(f));
            put(entries, facts.documentReference(f.evidence().document()));
            put(entries, facts.provenance("MeasureReport", FactMapper.figureId(f), f.evidence()));
        }
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        bundle.setTotal(1);
        bundle.addLink().setRelation("self").setUrl(link("Organization/" + id + "/$everything"));
        match(bundle, hospital);
        entries.values().stream().skip(1).forEach(resource -> include(bundle, resource));
        included.values().stream()
                .filter(resource -> !entries.containsKey(key(resource)))
                .forEach(resource -> include(bundle, resource));
        return bundle;
    }

    /**
     * Every resource of the given types, in {@link ResourceType} order, one at a time to {@code sink}, read in one
     * read-only transaction (a consistent snapshot) and never held in memory all together.
     */
    @Transactional(readOnly = true)
    public void export(EnumSet<ResourceType> types, Consumer<Resource> sink) {
        for (ResourceType type : types) {
            switch (type) {
                case CodeSystem -> AtlasCodeSystems.ALL.forEach(system -> sink.accept(system.toResource()));
                case Organization -> {
                    queries.eachHospital(h -> sink.accept(organizations.hospital(h)));
                    queries.eachConsortium(c -> sink.accept(organizations.consortium(c)));
                }
                case OrganizationAffiliation -> queries.eachMembership(m -> sink.accept(organizations.affiliation(m)));
                case MeasureReport -> queries.eachFigure(f -> sink.accept(facts.measureReport(f)));
                case DocumentReference -> {
                    try (Stream<CitedDocument> documents = queries.streamAll()) {
                        documents.forEach(d -> sink.accept(facts.documentReference(d.row())));
                    }
                }
                case Provenance -> {
                    queries.eachMention(m -> sink.accept(
                            facts.provenance("Organization", FhirIds.hospital(m.hospitalSlug()), m.evidence())
                                    .setId(FhirIds.provenance(FactMapper.mentionId(m)))));
                    queries.eachConsortium(c ->
                            sink.accept(facts.provenance("Organization", FhirIds.consortium(c.slug()), c.evidence())));
                    queries.eachMembership(m -> sink.accept(facts.provenance(
                            "OrganizationAffiliation", OrganizationMapper.affiliationId(m), m.evidence())));
                    queries.eachFigure(
                            f -> sink.accept(facts.provenance("MeasureReport", FactMapper.figureId(f), f.evidence())));
                }
            }
        }
    }

    /**
     * The organizations a hospital's memberships name besides itself (fellow members, leads, the consortia with their
     * documents and provenance), for {@link #everything}'s included entries.
     */
    private Map<String, Resource> related(String slug, List<FhirRows.Membership> memberships) {
        Map<String, Resource> included = new LinkedHashMap<>();
        List<String> hospitals = new ArrayList<>();
        List<String> consortia = new ArrayList<>();
        for (FhirRows.Membership m : memberships) {
            consortia.add(m.consortiumSlug());
            hospitals.add(m.hospitalSlug());
            if (m.leadSlug() != null) {
                hospitals.add(m.leadSlug());
            }
        }
        hospitals.remove(slug);
        queries.hospitals(hospitals.stream().distinct().toList())
                .forEach(h -> put(included, organizations.hospital(h)));
        for (FhirRows.Consortium c :
                queries.consortia(consortia.stream().distinct().toList())) {
            Organization org = organizations.consortium(c);
            put(included, org);
            put(included, facts.documentReference(c.evidence().document()));
            put(included, facts.provenance("Organization", org.getIdElement().getIdPart(), c.evidence()));
        }
        return included;
    }

    private static String key(Resource resource) {
        return resource.fhirType() + "/" + resource.getIdElement().getIdPart();
    }

    private static void put(Map<String, Resource> resources, Resource resource) {
        resources.putIfAbsent(key(resource), resource);
    }

    private void match(Bundle bundle, Resource resource) {
        bundle.addEntry()
                .setFullUrl(fullUrl(resource))
                .setResource(resource)
                .getSearch()
                .setMode(Bundle.SearchEntryMode.MATCH);
    }

    private void include(Bundle bundle, Resource resource) {
        bundle.addEntry()
                .setFullUrl(fullUrl(resource))
                .setResource(resource)
                .getSearch()
                .setMode(Bundle.SearchEntryMode.INCLUDE);
    }

    /**
     * The resource's address under the configured public base; without one, a name-based {@code urn:uuid:} (a
     * Bundle entry's fullUrl must be absolute, and an address is never built from the request's Host).
     */
    private String fullUrl(Resource resource) {
        String key = key(resource);
        return base != null
                ? base + "/fhir/" + key
                : "urn:uuid:"
                        + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8))
                                .toString()
                                .toLowerCase(Locale.ROOT);
    }

    private String link(String path) {
        return (base == null ? "" : base) + "/fhir/" + path;
    }
}
