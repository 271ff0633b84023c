package io.edukpi.submission.evidence;

import java.util.List;
import java.util.Locale;

/** The kinds of evidence file accepted, each recognised by its bytes, never by its name. */
public enum EvidenceType {
    PDF("application/pdf", "PDF", List.of("pdf")),
    JPEG("image/jpeg", "JPEG", List.of("jpg", "jpeg")),
    PNG("image/png", "PNG", List.of("png")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (DOCX)", List.of("docx")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel (XLSX)", List.of("xlsx")),
    ODT("application/vnd.oasis.opendocument.text", "OpenDocument text (ODT)", List.of("odt"));

    private final String mediaType;
    private final String label;
    private final List<String> extensions;

    EvidenceType(String mediaType, String label, List<String> extensions) {
        this.mediaType = mediaType;
        this.label = label;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    public String label() {
        return label;
    }

    /** The extension a corrected file name gets. */
    public String extension() {
        return extensions.get(0);
    }

    public boolean takesExtension(String extension) {
        return extension != null && extensions.contains(extension.toLowerCase(Locale.ROOT));
    }

    /** "PDF, JPEG, PNG, Word (DOCX), Excel (XLSX), OpenDocument text (ODT)", for messages. */
    public static String allowed() {
        StringBuilder s = new StringBuilder();
        for (EvidenceType t : values()) {
            s.append(s.isEmpty() ? "" : ", ").append(t.label);
        }
        return s.toString();
    }
}
