package io.edukpi.submission.domain;

/** The natural key of a result: which office, catalogue (fiscal year and level), round and indicator. */
public record ResultKey(String officeCode, int fiscalYear, String level, int round, String indicatorCode) {

    /** The same result for another office (a school's form keys its office's result). */
    public ResultKey forOffice(String office) {
        return new ResultKey(office, fiscalYear, level, round, indicatorCode);
    }
}
