package org.hospitalatlas.document;

import java.util.ArrayList;
import java.util.List;
import org.hospitalatlas.extraction.IndicatorFact;
import org.hospitalatlas.hospital.HospitalRef;
import org.hospitalatlas.indicator.NewIndicatorValue;

/** The indicator values of a document that can be compared: placed in a hospital and a year, and storable. */
final class IndicatorFactMapper {

    private IndicatorFactMapper() {}

    static List<NewIndicatorValue> values(long documentId, List<IndicatorFact> facts, ResolvedHospitals hospitals) {
        List<NewIndicatorValue> values = new ArrayList<>();
        for (IndicatorFact fact : facts) {
            HospitalRef hospital = hospitals.named(fact.hospital());
            if (hospital == null || fact.year() == null || fact.evidence() == null) {
                continue; // a figure we cannot place in a hospital and year is not comparable
            }
            if (!FactStorage.plausibleYear(fact.year())) {
                continue;
            }
            if (!NewIndicatorValue.fitsStoredRange(fact.value())) {
                // a run of 19+ digits is a misread (an id, a phone number) or an attack, not a hospital's figure;
                // the document and its other facts are still stored
                continue;
            }
            values.add(new NewIndicatorValue(
                    hospital.id(),
                    fact.code(),
                    fact.year(),
                    fact.kind(),
                    fact.value(),
                    fact.qualifier(),
                    fact.target(),
                    documentId,
                    fact.evidence().start(),
                    fact.evidence().end(),
                    fact.evidence().quote(),
                    FactStorage.confidence(fact.confidence())));
        }
        return values;
    }
}
