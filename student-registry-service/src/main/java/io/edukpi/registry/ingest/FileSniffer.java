package io.edukpi.registry.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks, before a job is created, that a file is what its name says: by its magic bytes, not by
 * trust. Cheap: reads the first bytes, and for a workbook the ZIP directory at its end, which a
 * cut-off upload lacks.
 */
public final class FileSniffer {

    private static final int SAMPLE = 4096;

    private FileSniffer() {
    }

    public static FileFormat check(Path file, String fileName) throws IOException {
        FileFormat declared = FileFormat.ofFileName(fileName).orElseThrow(() -> new FileProblem("file-type-unknown",
                "The file name must end in .csv, .txt, .xlsx, .jsonl or .ndjson; '" + fileName + "' does not.",
                "ชื่อไฟล์ต้องลงท้ายด้วย .csv .txt .xlsx .jsonl หรือ .ndjson แต่ไฟล์ '" + fileName + "' ไม่ใช่"));
        long size = Files.size(file);
        if (size == 0) {
            throw new FileProblem("file-empty", "The file is empty (0 bytes).", "ไฟล์ว่างเปล่า (0 ไบต์)");
        }
        byte[] head = new byte[(int) Math.min(SAMPLE, size)];
        try (InputStream in = Files.newInputStream(file)) {
            in.readNBytes(head, 0, head.length);
        }
        String actual = kind(head);
        boolean matches = switch (declared) {
            case XLSX -> actual.equals("zip");
            case CSV -> actual.equals("text") || actual.equals("json");
            case JSONL -> actual.equals("json");
        };
        if (!matches) {
            throw new FileProblem("file-type-mismatch",
                    "The file is named as " + declared + " but its content is " + describe(actual) + ".",
                    "ชื่อไฟล์ระบุว่าเป็น " + declared + " แต่เนื้อหาเป็น " + describeTh(actual));
        }
        if (declared == FileFormat.XLSX) {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                if (zip.getEntry("xl/workbook.xml") == null) {
                    throw new FileProblem("not-a-workbook", "The ZIP file is not an Excel workbook (no xl/workbook.xml).",
                            "ไฟล์ ZIP นี้ไม่ใช่สมุดงาน Excel");
                }
            } catch (ZipException e) {
                throw new FileProblem("file-cut-off",
                        "The workbook is incomplete or damaged (its ZIP directory is missing); upload it again.",
                        "ไฟล์ Excel ไม่สมบูรณ์หรือเสียหาย (ถูกตัดกลางไฟล์) กรุณาส่งใหม่");
            }
        }
        return declared;
    }

    /** True when the file's last byte ends a line, i.e. the writer finished its last row. */
    public static boolean endsWithNewline(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            if (raf.length() == 0) {
                return false;
            }
            raf.seek(raf.length() - 1);
            int last = raf.read();
            return last == '\n' || last == '\r';
        }
    }

    private static String kind(byte[] b) {
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) {
            return "zip";
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "xls";
        }
        if (startsWith(b, 0x25, 0x50, 0x44, 0x46)) {
            return "pdf";
        }
        for (byte value : b) {
            if (value == 0) {
                return "binary";
            }
        }
        int i = startsWith(b, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
        return i < b.length && b[i] == '{' ? "json" : "text";
    }

    private static String describe(String kind) {
        return switch (kind) {
            case "zip" -> "a ZIP archive (e.g. XLSX)";
            case "xls" -> "an old Excel 97-2003 (.xls) file; save it as .xlsx or .csv";
            case "pdf" -> "a PDF document";
            case "binary" -> "binary data";
            case "json" -> "JSON";
            default -> "plain text (e.g. CSV)";
        };
    }

    private static String describeTh(String kind) {
        return switch (kind) {
            case "zip" -> "ไฟล์ ZIP (เช่น XLSX)";
            case "xls" -> "ไฟล์ Excel 97-2003 (.xls) กรุณาบันทึกเป็น .xlsx หรือ .csv";
            case "pdf" -> "เอกสาร PDF";
            case "binary" -> "ข้อมูลไบนารี";
            case "json" -> "JSON";
            default -> "ข้อความธรรมดา (เช่น CSV)";
        };
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
