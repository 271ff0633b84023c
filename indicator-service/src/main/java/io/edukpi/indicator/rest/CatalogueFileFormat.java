package io.edukpi.indicator.rest;

import java.util.Locale;

import jakarta.ws.rs.core.MediaType;

import io.edukpi.indicator.domain.Catalogue;
import io.edukpi.indicator.json.CatalogueJson;
import io.edukpi.indicator.service.StoredCatalogue;
import io.edukpi.indicator.spreadsheet.CsvFormat;
import io.edukpi.indicator.spreadsheet.SheetExporter;
import io.edukpi.indicator.spreadsheet.SheetImporter;
import io.edukpi.indicator.spreadsheet.XlsxFormat;

/** The files a whole catalogue travels in: canonical JSON, an .xlsx workbook, a CSV (docs/indicator-service.md). */
enum CatalogueFileFormat {

    JSON(MediaType.APPLICATION_JSON, MediaType.APPLICATION_JSON),
    XLSX(XlsxFormat.MEDIA_TYPE, XlsxFormat.MEDIA_TYPE),
    CSV(CsvFormat.MEDIA_TYPE, CsvFormat.MEDIA_TYPE + ";charset=UTF-8");

    private final String mediaType;
    private final String contentType;

    CatalogueFileFormat(String mediaType, String contentType) {
        this.mediaType = mediaType;
        this.contentType = contentType;
    }

    /** The file's extension. */
    String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What the export's Content-Type header says. */
    String contentType() {
        return contentType;
    }

    /** By the upload's Content-Type; a workbook may come as octet-stream, anything else is read as JSON. */
    static CatalogueFileFormat ofUpload(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith(XLSX.mediaType) || type.startsWith(MediaType.APPLICATION_OCTET_STREAM)) {
            return XLSX;
        }
        return type.startsWith(CSV.mediaType) ? CSV : JSON;
    }

    byte[] write(StoredCatalogue c) {
        return switch (this) {
            case JSON -> CatalogueJson.exportBytes(c.content(), c.id(), c.version(), c.status(), c.publishedAt());
            case XLSX -> XlsxFormat.write(SheetExporter.toSheets(c.content()));
            case CSV -> CsvFormat.write(SheetExporter.toSheets(c.content()));
        };
    }

    Catalogue read(byte[] body) {
        return switch (this) {
            case JSON -> CatalogueJson.read(body);
            case XLSX -> SheetImporter.fromSheets(XlsxFormat.read(body));
            case CSV -> SheetImporter.fromSheets(CsvFormat.read(body));
        };
    }
}
