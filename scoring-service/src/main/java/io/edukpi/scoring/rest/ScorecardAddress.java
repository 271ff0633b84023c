package io.edukpi.scoring.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.edukpi.scoring.domain.Level;

/** The office's round every scorecard read is about, checked once: a C.E. year and a known level. */
public class ScorecardAddress {

    @Parameter(description = Reads.OFFICE, example = "5001")
    @PathParam("officeCode")
    public String officeCode;

    @Parameter(description = Reads.FISCAL_YEAR, example = "2011")
    @PathParam("fiscalYear")
    public int fiscalYear;

    @Parameter(description = Reads.ROUND, example = "6")
    @PathParam("round")
    public int round;

    @Parameter(description = Reads.LEVEL, schema = @Schema(implementation = Level.class))
    @QueryParam("level")
    @DefaultValue(Reads.DEFAULT_LEVEL)
    public String level;

    /** The fiscal year, refused with year-era when B.E. */
    int year() {
        return Reads.fiscalYear(fiscalYear);
    }

    /** The level, refused with unknown-value when not one. */
    String levelName() {
        return Reads.level(level);
    }

    /** A download's name, C.E. and English: {@code <kind>-5001-2011-6.csv}. */
    String fileName(String kind) {
        return kind + "-" + officeCode + "-" + year() + "-" + round + ".csv";
    }
}
