package io.edukpi.submission.evidence;

/**
 * What a file's bytes turned out to be.
 *
 * @param type the accepted type, null when the file is refused (or still a bare ZIP container)
 * @param zipContainer a ZIP archive whose entries decide between DOCX, XLSX and ODT
 * @param detected what was seen, for the refusal message ("a Windows program (MZ)")
 */
public record Sniff(EvidenceType type, boolean zipContainer, String detected) {

    static Sniff accepted(EvidenceType type) {
        return new Sniff(type, false, type.label());
    }

    static Sniff refused(String detected) {
        return new Sniff(null, false, detected);
    }

    public boolean refused() {
        return type == null && !zipContainer;
    }
}
