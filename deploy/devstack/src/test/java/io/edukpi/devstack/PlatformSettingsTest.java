package io.edukpi.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PlatformSettingsTest {

    private static final String PROJECT = "--project=" + projectRoot();

    @Test
    void defaultsAreTheDocumentedPortsAndFolder() {
        PlatformSettings settings = PlatformSettings.from(new String[] { PROJECT }, Map.of());
        assertEquals(8080, settings.gateway().port());
        assertEquals(8081, settings.services().get(0).port());
        assertEquals("indicator", settings.services().get(0).database());
        assertEquals(8180, settings.keycloakPort());
        assertEquals(15432, settings.postgresPort());
        assertEquals(19092, settings.kafkaPort());
        assertEquals(3025, settings.smtpPort());
        assertEquals(3143, settings.imapPort());
        assertEquals(projectRoot().resolve(".edukpi"), settings.dataDirectory());
    }

    @Test
    void argumentsWinOverEnvironment() {
        PlatformSettings settings = PlatformSettings.from(
                new String[] { PROJECT, "--gateway-port=9080", "--registry-port=9082", "--smtp-port=4025" },
                Map.of("EDUKPI_GATEWAY_PORT", "7080", "EDUKPI_KEYCLOAK_PORT", "7180", "EDUKPI_DATA", "/tmp/x",
                        "EDUKPI_SMTP_PORT", "5025", "EDUKPI_IMAP_PORT", "5143"));
        assertEquals(9080, settings.gateway().port());
        assertEquals(7180, settings.keycloakPort());
        assertEquals(9082, settings.services().get(1).port());
        assertEquals(4025, settings.smtpPort());
        assertEquals(5143, settings.imapPort());
        assertEquals(Path.of("/tmp/x"), settings.dataDirectory());
    }

    @Test
    void rejectsMalformedArguments() {
        assertThrows(IllegalArgumentException.class,
                () -> PlatformSettings.from(new String[] { PROJECT, "gateway" }, Map.of()));
        assertThrows(IllegalArgumentException.class,
                () -> PlatformSettings.from(new String[] { PROJECT, "--gateway-port=eighty" }, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> PlatformSettings.from(new String[] { "--project=/" }, Map.of()));
    }

    @Test
    void namesTheSettingOfAPortInUse() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            int[] free = FreePorts.distinct(8);
            PlatformSettings settings = PlatformSettings.from(
                    new String[] { PROJECT, "--scoring-port=" + port,
                            "--gateway-port=" + free[0], "--indicator-port=" + free[1],
                            "--registry-port=" + free[2], "--submission-port=" + free[3],
                            "--keycloak-port=" + free[4], "--postgres-port=" + free[5],
                            "--kafka-port=" + free[6], "--kafka-controller-port=" + free[7] },
                    Map.of());
            IllegalStateException e = assertThrows(IllegalStateException.class, settings::checkPortsFree);
            assertTrue(e.getMessage().contains(port + " (--scoring-port)"), e.getMessage());
        }
    }

    @Test
    void listsTheDemoUsersOfTheRealmFile() {
        var users = DemoUsers.read(projectRoot().resolve("deploy/keycloak/edukpi-realm.json"));
        assertTrue(users.contains("obec.admin / edukpi-demo"), users.toString());
        assertTrue(users.contains("area.cm1 / edukpi-demo"), users.toString());
        assertTrue(users.contains("area.cm1.supervisor / edukpi-demo"), users.toString());
        assertEquals(10, users.size(), users.toString());
    }

    private static Path projectRoot() {
        // Surefire runs in deploy/devstack.
        return Path.of("").toAbsolutePath().getParent().getParent();
    }
}
