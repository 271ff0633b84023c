package io.edukpi.scoring.domain;

import java.util.List;
import java.util.stream.Collectors;

import io.edukpi.commons.message.Finding;

/** A criterion, result or catalogue the engine cannot score; carries every finding. */
public class InvalidScoringInputException extends RuntimeException {

    private final transient List<Finding> findings;

    public InvalidScoringInputException(List<Finding> findings) {
        super(findings.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; ")));
        this.findings = List.copyOf(findings);
    }

    public static InvalidScoringInputException of(Finding finding) {
        return new InvalidScoringInputException(List.of(finding));
    }

    /** What is wrong, each finding's field a path into the input. */
    public List<Finding> findings() {
        return findings;
    }

    /** The same findings under {@code prefix} (a criterion checked inside a larger document). */
    public InvalidScoringInputException under(String prefix) {
        return new InvalidScoringInputException(findings.stream()
                .map(f -> f.field().startsWith(prefix) ? f : f.atField(prefix + "." + f.field())).toList());
    }
}
