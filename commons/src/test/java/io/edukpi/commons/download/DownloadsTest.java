package io.edukpi.commons.download;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DownloadsTest {

    @Test
    void anAsciiNameIsKeptAsIs() {
        assertEquals("attachment; filename=\"scores-5001-2011-6.csv\"; filename*=UTF-8''scores-5001-2011-6.csv",
                Downloads.attachment("scores-5001-2011-6.csv"));
    }

    @Test
    void aThaiNameIsEncodedAndHasAnAsciiFallback() {
        assertEquals("attachment; filename=\"____.pdf\"; filename*=UTF-8''%E0%B8%A3%E0%B8%B2%E0%B8%A2%20.pdf",
                Downloads.attachment("ราย .pdf"));
    }
}
