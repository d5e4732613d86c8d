package org.hospitalatlas.indicator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.hospitalatlas.web.CsvExport;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "Indicators", description = "The indicator catalogue")
class IndicatorController {

    private final IndicatorCatalogue catalogue;

    IndicatorController(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @CsvExport
    @Operation(summary = "The whole indicator catalogue, by category")
    List<IndicatorDefinition> list() {
        return catalogue.all();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One indicator of the catalogue")
    IndicatorDefinition get(@PathVariable String code) {
        return catalogue.require(code);
    }
}
