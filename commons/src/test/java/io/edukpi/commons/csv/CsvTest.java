package io.edukpi.commons.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesOnlyFieldsThatNeedItAndDoublesQuotes() {
        String text = new Csv("code", "name", "value").row(Arrays.asList("9201", "สพป.ทดสอบ, เขต 1", null))
                .row(List.of("9202", "ชื่อ \"พิเศษ\"", new BigDecimal("3.31667")))
                .row(List.of("9203", "บรรทัด\r\nใหม่", new BigDecimal("1E+2"))).toString();
        assertEquals("\uFEFFcode,name,value\r\n"
                + "9201,\"สพป.ทดสอบ, เขต 1\",\r\n"
                + "9202,\"ชื่อ \"\"พิเศษ\"\"\",3.31667\r\n"
                + "9203,\"บรรทัด\r\nใหม่\",100\r\n", text);
    }

    @Test
    void cellsThatWouldRunAsFormulasAreWrittenAsText() {
        String text = new Csv("a").row(List.of("=1+1")).row(List.of("@SUM(A1)")).row(List.of("+66 81 234 5678"))
                .row(List.of("-2+3")).row(List.of("\t=cmd")).row(List.of("-12.5")).row(List.of(new BigDecimal("-4")))
                .row(List.of("=HYPERLINK(\"http://x\",\"y\")")).toString();
        assertEquals("\uFEFFa\r\n'=1+1\r\n'@SUM(A1)\r\n'+66 81 234 5678\r\n'-2+3\r\n'\t=cmd\r\n-12.5\r\n-4\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n", text);
    }
}
