package io.edukpi.devstack.demo;

import static io.edukpi.devstack.demo.DemoPeople.ADMIN;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import io.edukpi.devstack.Readiness;

/**
 * The population of every office, then one student file for the whole country, sent once: a second
 * run finds the students loaded and sends only the (upserted) population again.
 */
final class StudentFile {

    private static final String FILE_NAME = "demo-students.csv";

    private final DemoData data;
    private final PlatformClient client;
    private final String registry;
    private final Path workDirectory;
    private final SeedingProgress progress;

    StudentFile(DemoData data, PlatformClient client, ServiceUrls urls, Path workDirectory, SeedingProgress progress) {
        this.data = data;
        this.client = client;
        this.registry = urls.registry();
        this.workDirectory = workDirectory;
        this.progress = progress;
    }

    /** Loads the students of the census round unless they are; answers how many the demo year has. */
    int load(long census) {
        DemoData.Office last = data.offices().get(data.offices().size() - 1);
        JsonNode known = client.ok(ADMIN, "GET", registry + "/census-rounds/" + census + "/area-offices/" + last.code()
                + "/statistics", null);
        Path file = workDirectory.resolve(FILE_NAME);
        ArrayNode figures = PlatformClient.JSON.createArrayNode();
        int rows = write(file, figures);
        try {
            client.ok(ADMIN, "PUT", registry + "/population-figures", Map.of("figures", figures));
            if (total(known.path("students").path("byLevel")) > 0) {
                progress.note("students already loaded, file not sent again");
                return rows;
            }
            PlatformClient.Answer job = client.sendFile(ADMIN, registry + "/census-rounds/" + census
                    + "/student-files?fileName=" + FILE_NAME, file, "text/csv");
            if (job.status() != 202) {
                throw PlatformClient.failure("POST", "student-files", job);
            }
            String id = job.json().path("id").asText();
            Readiness.await("student file job " + id, Duration.ofMinutes(20), null, () -> finished(id));
            return rows;
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // Only a temporary file in the data folder.
            }
        }
    }

    /** Writes every office's students to the file and adds its population to the figures; answers the rows. */
    private int write(Path file, ArrayNode figures) {
        int rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(DemoData.STUDENT_HEADER);
            for (DemoData.Office office : data.offices()) {
                Map<String, Integer> byLevel = data.writeStudents(office, out);
                rows += byLevel.values().stream().mapToInt(Integer::intValue).sum();
                data.population(office, byLevel).forEach((age, persons) -> figures.addObject()
                        .put("officeCode", office.code()).put("year", DemoData.ACADEMIC_YEAR)
                        .put("age", age).put("persons", persons));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** True once the ingestion job succeeded without rejected rows; fails when it ended otherwise. */
    private boolean finished(String id) {
        JsonNode state = client.ok(ADMIN, "GET", registry + "/ingestion-jobs/" + id, null);
        String status = state.path("status").asText();
        if (status.equals("SUCCEEDED")) {
            if (state.path("rejected").asInt() > 0) {
                throw new IllegalStateException("the student file had rejected rows: " + state);
            }
            return true;
        }
        if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
            throw new IllegalStateException("student file job ended " + state);
        }
        return false;
    }

    private static int total(JsonNode counts) {
        int sum = 0;
        for (JsonNode n : counts) {
            sum += n.asInt();
        }
        return sum;
    }
}
