package io.edukpi.registry.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import io.edukpi.registry.domain.RegistryMessage;

/**
 * Streams the first sheet of an XLSX workbook with POI's SAX event API: rows are handed on as the
 * XML is parsed, never as a workbook in memory. Date cells come out as ISO dates; numbers as typed.
 */
public final class XlsxRows {

    private XlsxRows() {
    }

    public static void read(Path file, XlsxLimits limits, RowListener listener) {
        limits.applyToPoi();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw FileProblemException.of(RegistryMessage.NO_SHEET);
            }
            Collector collector = new Collector(listener);
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                    new ReadOnlySharedStringsTable(pkg), collector, new IsoDates(), false));
            try (InputStream sheet = sheets.next()) {
                xml.parse(new InputSource(sheet));
            }
            collector.finish();
        } catch (InvalidFormatException e) {
            throw damaged();
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw damaged();
        } catch (POIXMLException | NotOfficeXmlFileException e) {
            throw damaged();
        } catch (IOException e) {
            // A local file that cannot be inflated: a damaged part, or one inflating beyond what its
            // directory declared and the limits allow (see XlsxLimits).
            throw damaged();
        }
    }

    private static FileProblemException damaged() {
        return FileProblemException.of(RegistryMessage.FILE_DAMAGED);
    }

    /** Buffers one row at a time, so the listener learns which row is the last. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowListener listener;
        private final List<String> cells = new ArrayList<>();
        private boolean headerSeen;
        private long pendingRow = -1;
        private String[] pending;

        Collector(RowListener listener) {
            this.listener = listener;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            String[] values = cells.toArray(String[]::new);
            if (!headerSeen) {
                headerSeen = true;
                listener.header(values);
                return;
            }
            flush(false);
            pendingRow = rowNum + 1L;
            pending = values;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add(null);
            }
            cells.add(value);
        }

        void finish() {
            if (!headerSeen) {
                throw FileProblemException.of(RegistryMessage.NO_HEADER);
            }
            flush(true);
        }

        private void flush(boolean last) {
            if (pending != null) {
                listener.row(pendingRow, pending, last);
                pending = null;
            }
        }
    }

    /** Shows date-formatted numbers as ISO dates, whatever locale format the cell carries. */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDate date = DateUtil.getLocalDateTime(value).toLocalDate();
                return date.toString();
            }
            if ("General".equalsIgnoreCase(formatString)) {
                // Excel's General shows 13-digit IDs as 1.10111E+12; the registry needs every digit.
                return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }
}
