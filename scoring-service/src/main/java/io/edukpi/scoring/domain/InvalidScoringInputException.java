package io.edukpi.scoring.domain;

import java.util.List;

/** A criterion, result or catalogue the engine cannot score; carries every violation found. */
public class InvalidScoringInputException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidScoringInputException(List<Violation> violations) {
        super(violations.stream().map(v -> v.path() + ": " + v.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.violations = List.copyOf(violations);
    }

    public static InvalidScoringInputException of(String path, String message, String messageTh) {
        return new InvalidScoringInputException(List.of(new Violation(path, message, messageTh)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
