package io.edukpi.indicator.json;

import io.edukpi.commons.message.Finding;

/**
 * A catalogue's finding as stored with the version, served in {@code findings} and announced in the
 * event's {@code warnings}: the field is named {@code path} there since the first release.
 */
public record FindingJson(Finding.Severity severity, String path, String code, String message, String messageTh) {

    public static FindingJson of(Finding f) {
        return new FindingJson(f.severity(), f.field(), f.code(), f.message(), f.messageTh());
    }

    public Finding toFinding() {
        return new Finding(code, path, null, null, null, null, message, messageTh, severity);
    }
}
