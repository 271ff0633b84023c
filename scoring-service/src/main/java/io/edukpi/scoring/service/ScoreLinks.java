package io.edukpi.scoring.service;

/** Addresses of score resources, shared by the API and the events that point at it. */
public final class ScoreLinks {

    private ScoreLinks() {
    }

    public static String scorecard(String officeCode, int fiscalYear, String level, int round) {
        return "/api/v1/scores/offices/" + officeCode + "/scorecards/" + fiscalYear + "/" + round + "?level=" + level;
    }

    public static String version(String officeCode, int fiscalYear, String level, int round, int version) {
        return "/api/v1/scores/offices/" + officeCode + "/scorecards/" + fiscalYear + "/" + round + "/versions/"
                + version + "?level=" + level;
    }
}
