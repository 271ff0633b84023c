package io.edukpi.scoring.service;

/** No catalogue version of that fiscal year and level has been published to scoring. */
public class UnknownCatalogueException extends RuntimeException {

    private final int fiscalYear;
    private final String level;

    public UnknownCatalogueException(int fiscalYear, String level) {
        super("no published catalogue for fiscal year " + fiscalYear + " and level " + level);
        this.fiscalYear = fiscalYear;
        this.level = level;
    }

    public int fiscalYear() {
        return fiscalYear;
    }

    public String level() {
        return level;
    }
}
