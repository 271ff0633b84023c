package io.edukpi.commons.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class MessageTest {

    private enum Sample implements Message {
        GOOD("weight-sum", "Weights of {0} sum to {1}, not 100.", "น้ำหนักของ {0} รวมได้ {1} ไม่ใช่ 100"),
        NO_THAI("no-thai", "English only", "English only"),
        UNBALANCED("unbalanced", "Value {0} is wrong", "ค่าไม่ถูกต้อง"),
        BAD_CODE("BadCode", "x", "ก"),
        TWICE("weight-sum", "y", "ข");

        private final Entry entry;

        Sample(String code, String english, String thai) {
            entry = new Entry(code, english, thai);
        }

        @Override
        public Entry entry() {
            return entry;
        }
    }

    @Test
    void fillsPlaceholdersWithoutGroupingDigitsOrEatingApostrophes() {
        Text text = Sample.GOOD.text("office's 1.1.1", 2554);
        assertEquals("Weights of office's 1.1.1 sum to 2554, not 100.", text.english());
        assertEquals("น้ำหนักของ office's 1.1.1 รวมได้ 2554 ไม่ใช่ 100", text.thai());
        assertEquals("{0} and {1}", Text.fill("{0} and {1}"));
        assertEquals("a {x} {9} b", Text.fill("{0} {x} {9} b", "a"));
    }

    @Test
    void aFindingCarriesCodeFieldRowValueAndSeverity() {
        Finding finding = Sample.GOOD.at("indicators[1.1].weight", "1.1", 90).atRow(7).withValue("x".repeat(150));
        assertEquals("weight-sum", finding.code());
        assertEquals("indicators[1.1].weight", finding.field());
        assertEquals(7, finding.row());
        assertEquals(101, finding.value().length());
        assertTrue(finding.isError());
        assertFalse(finding.asWarning().isError());
        assertNull(finding.withValue(null).value());
    }

    @Test
    void catalogueDefectsAreNamed() {
        List<String> defects = MessageCatalogues.defects(Sample.values());
        assertEquals(4, defects.size(), String.join("\n", defects));
        assertTrue(defects.get(0).startsWith("NO_THAI"));
        assertTrue(defects.get(1).startsWith("UNBALANCED"));
        assertTrue(defects.get(2).startsWith("BAD_CODE"));
        assertTrue(defects.get(3).startsWith("TWICE"));
        assertThrows(AssertionError.class, () -> MessageCatalogues.checkDocumented("sample", Sample.values()));
    }

    @Test
    void aBlockIsATableOfEveryEntry() {
        String block = MessageCatalogues.block("sample", Sample.GOOD);
        assertTrue(block.startsWith("<!-- catalogue:sample"));
        assertTrue(block
                .contains("| `weight-sum` | Weights of {0} sum to {1}, not 100. | น้ำหนักของ {0} รวมได้ {1} ไม่ใช่ 100 |"));
        assertTrue(block.endsWith("<!-- /catalogue:sample -->"));
    }

    @Test
    void commonsCataloguesAreDocumented() {
        MessageCatalogues.checkDocumented("commons", CommonMessage.values());
    }
}
