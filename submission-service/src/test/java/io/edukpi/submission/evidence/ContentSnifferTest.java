package io.edukpi.submission.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

class ContentSnifferTest {

    @Test
    void recognisesEveryAcceptedType() throws IOException {
        assertEquals(EvidenceType.PDF, sniff(SampleFiles.pdf(1, 2000)).type());
        assertEquals(EvidenceType.PNG, sniff(SampleFiles.png(1, 2000)).type());
        assertEquals(EvidenceType.JPEG, sniff(SampleFiles.jpeg(1, 2000)).type());
        assertEquals(EvidenceType.DOCX, sniff(SampleFiles.docx(1)).type());
        assertEquals(EvidenceType.XLSX, sniff(SampleFiles.xlsx(1)).type());
        assertEquals(EvidenceType.ODT, sniff(SampleFiles.odt(1)).type());
    }

    @Test
    void refusesAProgramWhateverItIsCalled() throws IOException {
        Sniff s = sniff(SampleFiles.exe(4000));
        assertTrue(s.refused());
        assertEquals("a Windows program (MZ)", s.detected());
    }

    @Test
    void refusesAZipThatIsNoOfficeDocument() throws IOException {
        Sniff s = sniff(SampleFiles.plainZip(1));
        assertTrue(s.refused());
        assertTrue(s.detected().contains("ZIP archive that is not"), s.detected());
    }

    @Test
    void aZipHeadAloneIsUndecided() {
        Sniff s = ContentSniffer.head(SampleFiles.docx(1), 10);
        assertTrue(s.zipContainer());
        assertTrue(!s.refused());
    }

    @Test
    void namesWhatItSawInTheRefusal() throws IOException {
        assertEquals("an empty file", ContentSniffer.head(new byte[0], 0).detected());
        assertEquals("a Linux program (ELF)", sniff(new byte[] { 0x7F, 'E', 'L', 'F', 2, 1 }).detected());
        assertEquals("an unknown format (first bytes 68 65 6C 6C 6F)",
                sniff("hello".getBytes(StandardCharsets.US_ASCII)).detected());
        // a PDF's magic further in is not a PDF
        assertTrue(sniff((" %PDF-1.4").getBytes(StandardCharsets.US_ASCII)).refused());
    }

    @Test
    void anOdtTemplateIsNotAnOdt() {
        byte[] odt = SampleFiles.odt(3);
        byte[] ott = new String(odt, StandardCharsets.ISO_8859_1)
                .replace("opendocument.text", "opendocument.ttxt").getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(ContentSniffer.zip(ott, ContentSniffer.HEAD_SIZE, List.of("mimetype", "content.xml")).refused());
    }

    /** As the service does: the head, then the ZIP's entries when the head says ZIP. */
    static Sniff sniff(byte[] file) throws IOException {
        int n = Math.min(file.length, ContentSniffer.HEAD_SIZE);
        Sniff s = ContentSniffer.head(file, n);
        if (!s.zipContainer()) {
            return s;
        }
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                names.add(e.getName());
            }
        }
        return ContentSniffer.zip(file, n, names);
    }
}
