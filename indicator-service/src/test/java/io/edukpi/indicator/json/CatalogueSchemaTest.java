package io.edukpi.indicator.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.edukpi.commons.message.Finding;
import io.edukpi.indicator.SeedData;
import io.edukpi.indicator.domain.Catalogue;
import io.edukpi.indicator.domain.Indicator;
import io.edukpi.indicator.domain.ReferenceForm;

class CatalogueSchemaTest {

    @Test
    void seedsKeepThePublishedContract() {
        assertEquals(List.of(), CatalogueSchema.check(SeedData.catalogue(SeedData.OBEC_2554)));
        assertEquals(List.of(), CatalogueSchema.check(SeedData.catalogue(SeedData.AREA_OFFICE_MEASURES)));
    }

    @Test
    void aShapeTheSchemaRefusesIsAnErrorAtTheIndicatorsPath() {
        Catalogue seed = SeedData.catalogue(SeedData.OBEC_2554);
        Indicator i = seed.indicator("3.1.2").orElseThrow();
        ReferenceForm form = i.forms().get(0);
        ReferenceForm broken = new ReferenceForm(form.code(), form.level(), form.title(), form.instructions(),
                List.of(new ReferenceForm.Field(null, "ไม่มีคีย์", ReferenceForm.FieldType.INTEGER, null, true)),
                form.tables(), form.checklists(), form.certifier(), form.notes());
        Indicator changed = new Indicator(i.code(), i.parentCode(), i.name(), i.nameEn(), i.unit(), i.weight(), i.description(),
                i.formula(), i.direction(), i.criterion(), i.baselines(), i.target(), i.dataSource(), i.collectionMethod(),
                i.guidance(), i.evaluationGuidance(), i.evidenceTypes(), i.responsible(), i.responsibleGroup(),
                i.startsInRound(),
                i.cancelledFromRound(), i.resultSource(), List.of(broken), i.notes());
        List<Finding> findings = CatalogueSchema.check(seed.withReplaced("3.1.2", changed));
        assertTrue(
                findings.stream()
                        .anyMatch(f -> f.field().equals("indicators[3.1.2].forms[0].fields[0].key") && f.isError()),
                findings.toString());
    }
}
