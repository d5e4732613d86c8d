package org.hospitalatlas.synthetic;

/**
 * What to generate: how many hospitals, which years (inclusive), the seed that makes the run repeatable, and
 * how many report texts.
 */
public record GeneratorSettings(int hospitals, int firstYear, int lastYear, long seed, int reports) {

    public GeneratorSettings {
        if (hospitals < 1 || hospitals > 1_000_000) {
            throw new IllegalArgumentException("--hospitals must be between 1 and 1000000");
        }
        if (firstYear < 1900 || lastYear > 2100 || firstYear > lastYear) {
            throw new IllegalArgumentException("--years must be like 2014-2024, within 1900-2100");
        }
        if (reports < 0 || reports > 1_000_000) {
            throw new IllegalArgumentException("--reports must be between 0 and 1000000");
        }
    }
}
