package io.edukpi.commons.logging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.edukpi.devstack.DevStackResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "commons"))
class AccessLogTest {

    private static final String CITIZEN_ID = "1103700012345";

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(String.format(record.getMessage(), record.getParameters() == null ? new Object[0]
                    : record.getParameters()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("io.edukpi.access").addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("io.edukpi.access").removeHandler(capture);
    }

    @Test
    void aCitizenIdInPathOrQueryIsMaskedInTheAccessLog() {
        given().header("X-Request-Id", "access-log-test").when()
                .get("/test/problems/schools/" + CITIZEN_ID + "?student=" + CITIZEN_ID).then().statusCode(404);
        await().atMost(Duration.ofSeconds(5)).until(() -> lines.stream().anyMatch(l -> l.contains("/test/problems/")));
        String line = lines.stream().filter(l -> l.contains("/test/problems/")).findFirst().orElseThrow();
        assertFalse(line.contains(CITIZEN_ID), line);
        assertTrue(line.startsWith("GET /test/problems/schools/*********2345?student=*********2345 HTTP/1.1 404 "), line);
    }

    @Test
    void onlyThirteenDigitRunsAreMasked() {
        assertEquals("school 1050130001, id *********2345, 12345678901234 stays",
                PersonalData.mask("school 1050130001, id 1103700012345, 12345678901234 stays"));
    }
}
