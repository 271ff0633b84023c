package io.edukpi.submission.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileNamesTest {

    @Test
    void thaiNamesStayAsTheyAre() {
        assertEquals("รายงานผล ไตรมาส 2.pdf", FileNames.sanitise("รายงานผล ไตรมาส 2.pdf"));
        assertEquals("ภาพกิจกรรม_ปี 2554.jpg", FileNames.sanitise("ภาพกิจกรรม_ปี 2554.jpg"));
    }

    @Test
    void directoriesAreDropped() {
        assertEquals("y.pdf", FileNames.sanitise("C:\\x\\y.pdf"));
        assertEquals("สรุป.pdf", FileNames.sanitise("/home/somchai/เอกสาร/สรุป.pdf"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "..", "../../etc/passwd", "..\\..\\windows\\win.ini", "a/../b.pdf", " .. " })
    void climbingOutIsRefused(String name) {
        InvalidFileNameException e = assertThrows(InvalidFileNameException.class, () -> FileNames.sanitise(name));
        assertTrue(e.getMessage().contains(".."), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   ", "...", "\u0000\u0001", "C:\\dir\\", "\u202E" })
    void nothingLeftIsRefused(String name) {
        assertThrows(InvalidFileNameException.class, () -> FileNames.sanitise(name));
    }

    @Test
    void nullIsRefused() {
        assertThrows(InvalidFileNameException.class, () -> FileNames.sanitise(null));
    }

    @Test
    void controlReservedAndBidiCharactersGo() {
        assertEquals("a_b_c_d_e_f_g_h.pdf", FileNames.sanitise("a<b>c:d\"e|f?g*h.pdf"));
        assertEquals("bill.pdf", FileNames.sanitise("bi\u0000ll\u0007.pdf"));
        // the right-to-left override makes "fdp.exe" look like "exe.pdf"
        assertEquals("fdp.exe", FileNames.sanitise("\u202Efdp.exe"));
        assertEquals("hidden.pdf", FileNames.sanitise("...hidden.pdf"));
        assertEquals("a b.pdf", FileNames.sanitise("a \t b.pdf. . "));
        assertEquals("_CON.pdf", FileNames.sanitise("CON.pdf"));
    }

    @Test
    void unicodeIsComposed() {
        String decomposed = Normalizer.normalize("café.pdf", Normalizer.Form.NFD);
        assertEquals("caf\u00e9.pdf", FileNames.sanitise(decomposed));
    }

    @Test
    void longNamesKeepTheirExtension() {
        String name = FileNames.sanitise("ก".repeat(300) + ".docx");
        assertEquals(FileNames.MAX_LENGTH, name.codePointCount(0, name.length()));
        assertTrue(name.endsWith("ก.docx"), name);
    }

    @Test
    void theExtensionFollowsTheSniffedType() {
        assertEquals("scan.JPG", FileNames.agreeing("scan.JPG", EvidenceType.JPEG));
        assertEquals("photo.png", FileNames.agreeing("photo.pdf", EvidenceType.PNG));
        assertEquals("รายงาน.pdf", FileNames.agreeing("รายงาน", EvidenceType.PDF));
        assertEquals("v1.2 final.docx", FileNames.agreeing("v1.2 final.docx", EvidenceType.DOCX));
        assertEquals("report 2554.odt", FileNames.agreeing("report 2554", EvidenceType.ODT));
    }

    @Test
    void readsContentDisposition() {
        assertEquals("รายงานผล ไตรมาส 2.pdf", FileNames.fromContentDisposition(
                "attachment; filename=\"fallback.pdf\"; filename*=UTF-8''%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2"
                        + "%E0%B8%99%E0%B8%9C%E0%B8%A5%20%E0%B9%84%E0%B8%95%E0%B8%A3%E0%B8%A1%E0%B8%B2%E0%B8%AA%202.pdf"));
        assertEquals("a+b.pdf", FileNames.fromContentDisposition("attachment; filename*=utf-8'th'a+b.pdf"));
        assertEquals("caf\u00e9.pdf", FileNames.fromContentDisposition("attachment; filename*=ISO-8859-1''caf%E9.pdf"));
        assertEquals("say \"hi\".pdf", FileNames.fromContentDisposition("attachment; filename=\"say \\\"hi\\\".pdf\""));
        assertEquals("plain.pdf", FileNames.fromContentDisposition("inline;filename=plain.pdf"));
        assertEquals(null, FileNames.fromContentDisposition("attachment"));
        // raw UTF-8 in a plain filename reaches the server as ISO-8859-1 characters
        String rawThai = new String("รายงาน.pdf".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertEquals("รายงาน.pdf", FileNames.fromContentDisposition("attachment; filename=\"" + rawThai + "\""));
        assertEquals("caf\u00e9.pdf", FileNames.fromContentDisposition("attachment; filename=\"caf\u00e9.pdf\""));
        assertThrows(InvalidFileNameException.class,
                () -> FileNames.fromContentDisposition("attachment; filename*=x-nope''a.pdf"));
    }

    @Test
    void writesContentDispositionThatRoundTrips() {
        String header = FileNames.contentDisposition("รายงานผล ไตรมาส 2.pdf");
        assertTrue(header.startsWith("attachment; filename=\"________ ______ 2.pdf\"; filename*=UTF-8''%E0%B8%A3"), header);
        assertEquals("รายงานผล ไตรมาส 2.pdf", FileNames.fromContentDisposition(header));
        assertEquals("100% \"done\".pdf",
                FileNames.fromContentDisposition(FileNames.contentDisposition("100% \"done\".pdf")));
    }
}
