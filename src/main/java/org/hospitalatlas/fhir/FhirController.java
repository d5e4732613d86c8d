package org.hospitalatlas.fhir;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hospitalatlas.shared.InvalidInputException;
import org.hospitalatlas.shared.NotFoundException;
import org.hospitalatlas.web.ParameterProblems;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/fhir")
@Tag(name = "FHIR R4", description = "Hospitals, consortia, figures and their evidence as FHIR R4 resources")
class FhirController {

    static final MediaType FHIR_JSON = new MediaType("application", "fhir+json", StandardCharsets.UTF_8);
    static final MediaType FHIR_NDJSON = new MediaType("application", "fhir+ndjson", StandardCharsets.UTF_8);

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
    ResponseEntity<String> search(@Valid @ParameterObject FhirSearchParameters parameters) {
        return ok(fhir.search(parameters.name(), parameters.chosenCount(), parameters.chosenOffset()));
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
    void export(@Valid @ParameterObject FhirExportParameters parameters, HttpServletResponse response)
            throws IOException {
        EnumSet<FhirExport.ResourceType> types = parameters.types();
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
     * A parameter record that failed binding or validation answers as {@link FhirOutcomeAdvice} answers bad input: an
     * issue per parameter, named as it is sent ({@code _count}) and saying what it takes, without the value sent. Here
     * rather than in the advice because naming the parameters is the web layer's, which only controllers use.
     */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<String> invalidParameters(MethodArgumentNotValidException e) {
        List<InvalidInputException.FieldError> errors = ParameterProblems.withoutValues(e);
        if (errors == null) {
            throw new IllegalStateException("Every FHIR parameter object is a parameter record", e);
        }
        return FhirOutcomeAdvice.invalidInput(new InvalidInputException(errors));
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

    private static ResponseEntity<String> ok(IBaseResource resource) {
        return ResponseEntity.ok().contentType(FHIR_JSON).body(FhirExport.json().encodeResourceToString(resource));
    }
}
