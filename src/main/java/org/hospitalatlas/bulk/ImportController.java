package org.hospitalatlas.bulk;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import org.hospitalatlas.web.IncrementalListParameters;
import org.hospitalatlas.web.PagedResponse;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/imports")
@Tag(
        name = "Bulk import",
        description = "UTF-8 CSV files loaded with PostgreSQL COPY: all or nothing, idempotent, rejected rows"
                + " reported by line. Columns are named in the header row, in any order.")
class ImportController {

    private static final String CSV = "text/csv";
    private static final String TEXT = "text/plain";
    private static final String DATASET =
            "The dataset (source) the facts belong to: one source document per dataset; default 'default'";
    private static final String FILE = "The file's name, recorded in the import log and the dataset's document";
    private static final String BODY = "A UTF-8 CSV file with a header row naming its columns";

    // examples for Swagger UI: each loads as is once the rows it refers to exist (hospitals first)
    private static final String HOSPITALS_EXAMPLE = """
            slug,name_zh,province,city,level,category,founded_year
            example-city-first-peoples-hospital,示例市第一人民医院,湖南省,郴州市,三级甲等,综合,1950
            """;
    private static final String INDICATOR_VALUES_EXAMPLE = """
            hospital_slug,indicator_code,year,value,kind,qualifier
            example-city-first-peoples-hospital,beds_open,2023,1200,level,exact
            example-city-first-peoples-hospital,beds_open,2023,3.5,yoy_change_pct,approx
            """;
    private static final String REFORM_PILOTS_EXAMPLE = """
            hospital_slug,designation,level,category,year
            example-city-first-peoples-hospital,国家DRG付费试点医院,national,drg_dip_payment,2019
            """;
    private static final String CONSORTIA_EXAMPLE = """
            slug,name,type,established_on
            example-city-medical-group,示例市医疗集团,city_medical_group,2019-06
            """;
    private static final String CONSORTIUM_MEMBERS_EXAMPLE = """
            consortium_slug,hospital_slug,role
            example-city-medical-group,example-city-first-peoples-hospital,lead
            """;

    private final BulkImporter importer;

    ImportController(BulkImporter importer) {
        this.importer = importer;
    }

    @PostMapping(
            path = "/hospitals",
            consumes = {CSV, TEXT})
    @Operation(
            summary = "Load hospitals (requires X-API-Key)",
            description = "Columns: slug, name_zh (required), name_en, province, city, district, level, category,"
                    + " ownership, founded_year. Upsert by slug; an empty cell leaves the stored attribute.")
    @RequestBody(
            required = true,
            description = BODY,
            content = {
                @Content(
                        mediaType = CSV,
                        schema = @Schema(type = "string"),
                        examples = @ExampleObject(name = "csv", value = HOSPITALS_EXAMPLE)),
                @Content(mediaType = TEXT, schema = @Schema(type = "string"))
            })
    ImportReport hospitals(
            HttpServletRequest request, @Parameter(description = FILE) @RequestParam(required = false) String filename)
            throws IOException {
        return load(BulkImportKind.HOSPITALS, request, filename, null);
    }

    @PostMapping(
            path = "/indicator-values",
            consumes = {CSV, TEXT})
    @Operation(
            summary = "Load indicator values (requires X-API-Key)",
            description = "Columns: hospital_slug, indicator_code, year, value (required), kind (level |"
                    + " yoy_change_pct, default level), qualifier (exact | approx | at_most | at_least, default"
                    + " exact). Hospitals must exist. Upsert by hospital, indicator, year and kind within the dataset.")
    @RequestBody(
            required = true,
            description = BODY,
            content = {
                @Content(
                        mediaType = CSV,
                        schema = @Schema(type = "string"),
                        examples = @ExampleObject(name = "csv", value = INDICATOR_VALUES_EXAMPLE)),
                @Content(mediaType = TEXT, schema = @Schema(type = "string"))
            })
    ImportReport indicatorValues(
            HttpServletRequest request,
            @Parameter(description = DATASET, example = "synthetic") @RequestParam(required = false) String dataset,
            @Parameter(description = FILE) @RequestParam(required = false) String filename)
            throws IOException {
        return load(BulkImportKind.INDICATOR_VALUES, request, filename, dataset);
    }

    @PostMapping(
            path = "/reform-pilots",
            consumes = {CSV, TEXT})
    @Operation(
            summary = "Load reform pilots (requires X-API-Key)",
            description = "Columns: hospital_slug, designation, level, category (required), year.")
    @RequestBody(
            required = true,
            description = BODY,
            content = {
                @Content(
                        mediaType = CSV,
                        schema = @Schema(type = "string"),
                        examples = @ExampleObject(name = "csv", value = REFORM_PILOTS_EXAMPLE)),
                @Content(mediaType = TEXT, schema = @Schema(type = "string"))
            })
    ImportReport reformPilots(
            HttpServletRequest request,
            @Parameter(description = DATASET) @RequestParam(required = false) String dataset,
            @Parameter(description = FILE) @RequestParam(required = false) String filename)
            throws IOException {
        return load(BulkImportKind.REFORM_PILOTS, request, filename, dataset);
    }

    @PostMapping(
            path = "/consortia",
            consumes = {CSV, TEXT})
    @Operation(
            summary = "Load consortia (requires X-API-Key)",
            description = "Columns: slug, name, type (required), established_on (YYYY, YYYY-MM or YYYY-MM-DD).")
    @RequestBody(
            required = true,
            description = BODY,
            content = {
                @Content(
                        mediaType = CSV,
                        schema = @Schema(type = "string"),
                        examples = @ExampleObject(name = "csv", value = CONSORTIA_EXAMPLE)),
                @Content(mediaType = TEXT, schema = @Schema(type = "string"))
            })
    ImportReport consortia(
            HttpServletRequest request,
            @Parameter(description = DATASET) @RequestParam(required = false) String dataset,
            @Parameter(description = FILE) @RequestParam(required = false) String filename)
            throws IOException {
        return load(BulkImportKind.CONSORTIA, request, filename, dataset);
    }

    @PostMapping(
            path = "/consortium-members",
            consumes = {CSV, TEXT})
    @Operation(
            summary = "Load consortium members (requires X-API-Key)",
            description = "Columns: consortium_slug, hospital_slug (required), role (default member).")
    @RequestBody(
            required = true,
            description = BODY,
            content = {
                @Content(
                        mediaType = CSV,
                        schema = @Schema(type = "string"),
                        examples = @ExampleObject(name = "csv", value = CONSORTIUM_MEMBERS_EXAMPLE)),
                @Content(mediaType = TEXT, schema = @Schema(type = "string"))
            })
    ImportReport consortiumMembers(
            HttpServletRequest request,
            @Parameter(description = DATASET) @RequestParam(required = false) String dataset,
            @Parameter(description = FILE) @RequestParam(required = false) String filename)
            throws IOException {
        return load(BulkImportKind.CONSORTIUM_MEMBERS, request, filename, dataset);
    }

    @GetMapping
    @Operation(summary = "The import log: accepted imports, newest first")
    PagedResponse<ImportLogEntry> log(@Valid @ParameterObject IncrementalListParameters parameters) {
        int page = parameters.chosenPage();
        int size = parameters.chosenSize();
        OffsetDateTime since = parameters.since();
        return PagedResponse.of(importer.recent(page, size, since), page, size, importer.count(since));
    }

    private ImportReport load(BulkImportKind kind, HttpServletRequest request, String filename, String dataset)
            throws IOException {
        try (InputStream body = request.getInputStream()) {
            return importer.importCsv(kind, body, filename, dataset);
        }
    }
}
