package io.edukpi.scoring.domain;

/** One thing wrong with a scoring input: where (a JSON-style path) and what, in English and Thai. */
public record Violation(String path, String message, String messageTh) {
}
