package org.hospitalatlas.fhir;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hospitalatlas.shared.InvalidInputException;
import org.hospitalatlas.shared.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/fhir")
@Tag(name = "FHIR R4", description = "Hospitals, consortia, figures and their evidence as FHIR R4 resources")
class FhirController {

    static final MediaType FHIR_JSON = new MediaType("application", "fhir+json", StandardCharsets.UTF_8);
    static final MediaType FHIR_NDJSON = new MediaType("application", "fhir+ndjson", StandardCharsets.UTF_8);

    static final int DEFAULT_COUNT = 50;
    static final int MAX_COUNT = 500;
    static final int MAX_OFFSET = 1_000_000;

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1F\\x7F]");

    private final FhirExport fhir;

    FhirController(FhirExport fhir) {
        this.fhir = fhir;
    }

    @GetMapping("/Organization/{id}")
    @Operation(summary = "One hospital (id = its slug) or consortium (id = consortium-<slug>) as an Organization")
    ResponseEntity<String> read(@PathVariable String id) {
        return ok(fhir.organization(id));
    }

    @GetMapping("/Organization")
    @Operation(summary = "Organizations whose name, English name or alias contains name: a searchset Bundle")
    // FHIR search parameters are read here, not bound to a parameter record (@ParameterObject) as the /api/v1 queries
    // are: a record's problems carry the value sent ("(was '0')") and answer as problem+json, while a FHIR client gets
    // an OperationOutcome whose diagnostics stay as they are. The schemas below document the types all the same.
    ResponseEntity<String> search(
            @Parameter(
                            description = "Part of the name or an alias",
                            example = "郴州",
                            schema = @Schema(type = "string", maxLength = 100))
                    @RequestParam(required = false)
                    String name,
            @Parameter(
                            description = "Entries per page, 1 to 500 (default 50)",
                            schema =
                                    @Schema(
                                            type = "integer",
                                            minimum = "1",
                                            maximum = "" + MAX_COUNT,
                                            defaultValue = "" + DEFAULT_COUNT))
                    @RequestParam(name = "_count", required = false)
                    String count,
            @Parameter(
                            description = "Entries to skip (default 0)",
                            schema =
                                    @Schema(
                                            type = "integer",
                                            minimum = "0",
                                            maximum = "" + MAX_OFFSET,
                                            defaultValue = "0"))
                    @RequestParam(name = "_offset", required = false)
                    String offset) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        String text = name == null || name.isBlank() ? null : name.strip();
        if (text != null && (text.length() > 100 || CONTROL.matcher(text).find())) {
            errors.add(new InvalidInputException.FieldError(
                    "name", "must be at most 100 characters, no control characters"));
        }
        int size = bounded("_count", count, 1, MAX_COUNT, DEFAULT_COUNT, errors);
        int skip = bounded("_offset", offset, 0, MAX_OFFSET, 0, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return ok(fhir.search(text, size, skip));
    }

    @GetMapping("/Organization/{id}/$everything")
    @Operation(summary = "A hospital with its consortia, memberships, figures, documents and a Provenance per fact")
    ResponseEntity<String> everything(@PathVariable String id) {
        return ok(fhir.everything(id));
    }

    /**
     * A synchronous, streamed variant of FHIR Bulk Data's {@code $export}: the answer itself is the NDJSON, one
     * resource per line, the types in the order of {@link FhirExport.ResourceType}.
     */
    @GetMapping("/$export")
    @Operation(summary = "Every resource of the _type given (comma-separated; all when absent) as NDJSON")
    void export(
            @Parameter(
                            description = "Resource types, comma-separated",
                            example = "Organization,OrganizationAffiliation")
                    @RequestParam(name = "_type", required = false)
                    String type,
            HttpServletResponse response)
            throws IOException {
        EnumSet<FhirExport.ResourceType> types = types(type);
        response.setContentType(FHIR_NDJSON.toString());
        response.setHeader("Content-Disposition", "attachment; filename=\"hospital-atlas.ndjson\"");
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        var parser = FhirExport.json();
        try {
            fhir.export(types, resource -> {
                try {
                    parser.encodeResourceToWriter(resource, out);
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    /**
     * Any other FHIR path: a resource type or operation this server does not offer. (The mappings above name no
     * {@code produces}: they answer JSON whatever the Accept header, and never fall through to here.)
     */
    @Hidden
    @GetMapping("/**")
    ResponseEntity<String> unknown(HttpServletRequest request) {
        throw new NotFoundException("FHIR endpoint", request.getRequestURI());
    }

    private static EnumSet<FhirExport.ResourceType> types(String raw) {
        if (raw == null || raw.isBlank()) {
            return EnumSet.allOf(FhirExport.ResourceType.class);
        }
        EnumSet<FhirExport.ResourceType> types = EnumSet.noneOf(FhirExport.ResourceType.class);
        for (String name : raw.split(",")) {
            FhirExport.ResourceType type = FhirExport.ResourceType.parse(name.strip());
            if (type == null) {
                String shown = name.strip().length() > 40 ? name.strip().substring(0, 40) + "…" : name.strip();
                throw new InvalidInputException(
                        "_type",
                        "must name resource types among " + EnumSet.allOf(FhirExport.ResourceType.class) + " (was '"
                                + CONTROL.matcher(shown).replaceAll("?") + "')");
            }
            types.add(type);
        }
        return types;
    }

    private static int bounded(
            String field, String raw, int min, int max, int fallback, List<InvalidInputException.FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        String value = raw.strip();
        if (value.matches("\\d{1,9}")) {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        }
        errors.add(new InvalidInputException.FieldError(field, "must be a whole number from " + min + " to " + max));
        return fallback;
    }

    private static ResponseEntity<String> ok(IBaseResource resource) {
        return ResponseEntity.ok().contentType(FHIR_JSON).body(FhirExport.json().encodeResourceToString(resource));
    }
}
