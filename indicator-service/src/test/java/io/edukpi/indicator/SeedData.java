package io.edukpi.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.edukpi.indicator.domain.Catalogue;
import io.edukpi.indicator.json.CatalogueJson;

/** The seed catalogues shipped with the service, read as the service reads them. */
public final class SeedData {

    public static final String OBEC_2554 = "catalogues/obec-2554.json";
    public static final String AREA_OFFICE_MEASURES = "catalogues/area-office-measures-2563.json";

    private SeedData() {
    }

    public static byte[] bytes(String resource) {
        try (InputStream in = SeedData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Catalogue catalogue(String resource) {
        return CatalogueJson.read(bytes(resource));
    }
}
