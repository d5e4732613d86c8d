package org.hospitalatlas.document;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hospitalatlas.extraction.ConsortiumFact;
import org.hospitalatlas.extraction.ExtractionResult;
import org.hospitalatlas.indicator.NewIndicatorValue;

/**
 * The extractor's facts in the shape shared by the CLI ({@code extract FILE}) and
 * {@code POST /api/v1/extractions}; names of hospitals are full official names.
 */
public record ExtractionView(
        String document,
        LocalDate publishedOn,
        List<Hospital> hospitals,
        List<Indicator> indicators,
        List<Pilot> pilots,
        List<Consortium> consortia) {

    public record Hospital(
            String name,
            List<String> aliases,
            String province,
            String city,
            String district,
            String level,
            String category,
            boolean main) {}

    public record Indicator(
            String hospital,
            String code,
            Integer year,
            String kind,

            @Schema(
                    description = "In the catalogue unit, to six decimal places as stored; null when the "
                            + "figure read is 10^18 or more, beyond what the database holds (the quote "
                            + "still shows it), and such a figure is not stored with a document")
            BigDecimal value,

            String unit,
            String qualifier,
            boolean target,
            double confidence,
            String quote,
            int start,
            int end) {}

    public record Pilot(
            String hospital,
            Integer year,
            String name,
            String level,
            String category,

            @Schema(
                    description = "How the designation was made, where the text states it; null when it states none "
                            + "of body, document number, batch or date")
            Designation designation,

            String quote,
            int start,
            int end) {}

    /**
     * The designating body (国家卫生健康委, 省医改办), the document number (国卫办医函〔2019〕123号), the batch as
     * written (第二批, 首批) and its number, and the date as precise as written (2019, 2019-12, 2019-12-22).
     */
    public record Designation(String body, String documentNumber, String batch, Integer batchNumber, String date) {

        static Designation of(org.hospitalatlas.extraction.Designation d) {
            return d.statesNothing()
                    ? null
                    : new Designation(d.body(), d.documentNumber(), d.batch(), d.batchNumber(), established(d.date()));
        }
    }

    public record Consortium(
            String name,
            String type,
            String lead,
            List<Member> members,
            String established,
            String quote,
            int start,
            int end) {}

    public record Member(String hospital, String role) {}

    public static ExtractionView of(String document, ExtractionResult result) {
        return new ExtractionView(
                document,
                result.publishedOn(),
                result.hospitals().stream()
                        .map(h -> new Hospital(
                                h.name(),
                                h.aliases(),
                                h.province(),
                                h.city(),
                                h.district(),
                                h.level(),
                                h.category(),
                                h.main()))
                        .toList(),
                result.indicators().stream()
                        .map(i -> new Indicator(
                                i.hospital(),
                                i.code(),
                                i.year(),
                                i.kind(),
                                storable(i.value()),
                                i.unit(),
                                i.qualifier(),
                                i.target(),
                                i.confidence(),
                                i.evidence().quote(),
                                i.evidence().start(),
                                i.evidence().end()))
                        .toList(),
                result.pilots().stream()
                        .map(p -> new Pilot(
                                p.hospital(),
                                p.year(),
                                p.name(),
                                p.level(),
                                p.category(),
                                Designation.of(p.designation()),
                                p.evidence().quote(),
                                p.evidence().start(),
                                p.evidence().end()))
                        .toList(),
                result.consortia().stream()
                        .map(c -> new Consortium(
                                c.name(),
                                c.type(),
                                c.lead(),
                                c.members().stream()
                                        .map(m -> new Member(m.hospital(), m.role()))
                                        .toList(),
                                established(c.established()),
                                c.evidence().quote(),
                                c.evidence().start(),
                                c.evidence().end()))
                        .toList());
    }

    /**
     * The value as it would be stored (to six decimal places); null when it is beyond what the database holds
     * (10^18 or more), so a 5,000-digit run never reaches a client as a JSON number. The quote still shows it.
     */
    static BigDecimal storable(BigDecimal value) {
        if (value == null || !NewIndicatorValue.fitsStoredRange(value)) {
            return null;
        }
        return DocumentQueries.plain(NewIndicatorValue.stored(value));
    }

    /** "2021", "2021-06" or "2021-12-29": the date as precise as the text gave it. */
    static String established(ConsortiumFact.Established established) {
        if (established == null) {
            return null;
        }
        StringBuilder date = new StringBuilder(String.format("%04d", established.year()));
        if (established.month() != null) {
            date.append(String.format("-%02d", established.month()));
            if (established.day() != null) {
                date.append(String.format("-%02d", established.day()));
            }
        }
        return date.toString();
    }
}
