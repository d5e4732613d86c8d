package org.hospitalatlas.reform;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A pilot designation read from a document, ready to be stored, with what the text says about how it was made
 * ({@link Designation#NONE} where it says nothing).
 */
public record NewReformPilot(
        long hospitalId,
        String designation,
        String level,
        String category,
        Integer year,
        long documentId,
        int start,
        int end,
        String quote,
        BigDecimal confidence,
        Designation made) {

    public NewReformPilot {
        made = made == null ? Designation.NONE : made;
    }

    /**
     * The designating body, the document number, the batch as written and its number, and the date with its precision
     * ("year", "month" or "day"). A part too long for its column is left out rather than cut.
     */
    public record Designation(
            String by, String documentNumber, String batch, Integer batchNumber, LocalDate on, String precision) {

        public static final Designation NONE = new Designation(null, null, null, null, null, null);

        public Designation {
            by = by != null && by.length() <= 200 ? by : null;
            documentNumber = documentNumber != null && documentNumber.length() <= 60 ? documentNumber : null;
            if (batch == null || batchNumber == null || batchNumber < 1 || batchNumber > 99) {
                batch = null;
                batchNumber = null;
            }
            if (on == null || precision == null) {
                on = null;
                precision = null;
            }
        }
    }
}
