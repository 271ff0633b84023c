package io.edukpi.registry.domain;

/**
 * One rule a value breaks: which field, a stable code for programs, and the reason in English and
 * Thai for the school officer who fixes it.
 */
public record Violation(String field, String code, String message, String messageTh, String value) {

    public static Violation of(String field, String code, String message, String messageTh, String value) {
        return new Violation(field, code, message, messageTh, value);
    }

    public static Violation required(String field) {
        return new Violation(field, "required", "is required", "ต้องระบุค่า", null);
    }
}
