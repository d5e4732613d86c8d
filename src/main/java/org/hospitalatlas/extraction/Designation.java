package org.hospitalatlas.extraction;

/**
 * How a pilot designation was made, where the designating sentence says so: the body that designated
 * ({@code 国家卫生健康委}, {@code 省医改办}), the document number ({@code 国卫办医函〔2019〕123号}), the batch as written
 * ({@code 第二批}, {@code 首批}) with its number, and the date as precise as the text gives it (a year, a month or a
 * day, as a consortium's founding date is). Every part is null where the text does not state it.
 */
public record Designation(
        String body, String documentNumber, String batch, Integer batchNumber, ConsortiumFact.Established date) {

    public static final Designation NONE = new Designation(null, null, null, null, null);

    /** True when the text states none of the parts. */
    public boolean statesNothing() {
        return body == null && documentNumber == null && batch == null && date == null;
    }
}
