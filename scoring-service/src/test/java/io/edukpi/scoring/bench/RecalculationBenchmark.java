package io.edukpi.scoring.bench;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.edukpi.devstack.DevStackResource;
import io.edukpi.devstack.TestTokens;
import io.edukpi.scoring.domain.Catalogue;
import io.edukpi.scoring.domain.Indicator;
import io.edukpi.scoring.domain.MilestoneCriterion;
import io.edukpi.scoring.domain.Result;
import io.edukpi.scoring.domain.ThresholdCriterion;
import io.edukpi.scoring.persistence.AcceptedResults;
import io.edukpi.scoring.persistence.ScoreVersions;
import io.edukpi.scoring.service.Catalogues;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Full recalculation of one round through the service: 245 offices (183 สพป., 62 สพม.) x every
 * indicator of the B.E. 2554 catalogue, real PostgreSQL, timed from the POST that starts the job
 * to the poll that sees it finished; then 10 x the offices. Not a test: run with
 * {@code ./mvnw -B -o -pl scoring-service verify -Pbench} and read the figures it prints.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "scoring_bench"))
class RecalculationBenchmark {

    @Inject
    Catalogues catalogues;
    @Inject
    AcceptedResults results;
    @Inject
    ScoreVersions versions;
    @Inject
    ObjectMapper mapper;

    @Test
    void fullRecalculationOfARound() throws Exception {
        int year = 2013;
        String catalogueId = UUID.randomUUID().toString();
        ObjectNode catalogueJson = (ObjectNode) mapper.readTree(Files.readString(
                Path.of("..", "indicator-service", "src", "main", "resources", "catalogues", "obec-2554.json")));
        catalogueJson.put("fiscalYear", year);
        ObjectNode event = mapper.createObjectNode();
        event.put("catalogueId", catalogueId);
        event.put("fiscalYear", year);
        event.put("level", "OBEC_AGREEMENT");
        event.put("version", 1);
        event.put("contentHash", "0".repeat(64));
        event.put("publishedAt", OffsetDateTime.now().toString());
        event.set("catalogue", catalogueJson);
        QuarkusTransaction.requiringNew().run(() -> catalogues.store(event));
        Catalogue catalogue = catalogues.byId(UUID.fromString(catalogueId)).orElseThrow();

        seed(catalogue, year, 0, 245);
        System.out.printf("%n[bench] catalogue: %d indicators (%d leaves), 245 offices, round 12%n",
                catalogue.byCode().size(), catalogue.leaves().size());
        run(year, false, "245 offices, first run (writes 245 versions)");
        run(year, true, "245 offices, dry run (no change)");
        run(year, true, "245 offices, dry run again (warm)");
        seed(catalogue, year, 245, 2450);
        run(year, true, "2450 offices, dry run (2205 would change)");
        run(year, false, "2450 offices, writes 2205 new versions");
        run(year, true, "2450 offices, dry run (no change)");
    }

    private void seed(Catalogue catalogue, int year, int from, int to) {
        Random random = new Random(from);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int office = from; office < to; office++) {
                String code = String.valueOf(10000 + office);
                versions.rememberOffice(code, office % 4 == 3 ? "SECONDARY" : "PRIMARY");
                for (Indicator leaf : catalogue.leaves()) {
                    Result result;
                    if (leaf.criterion() instanceof MilestoneCriterion) {
                        result = new Result("r-" + code + "-" + leaf.code(), 1, null,
                                Set.of(1, 2, 3, 4, 5).stream().filter(s -> s <= 1 + random.nextInt(5))
                                        .collect(java.util.stream.Collectors.toSet()), null, null);
                    } else {
                        BigDecimal t1 = leaf.criterion() instanceof ThresholdCriterion t ? t.thresholds().get(0)
                                : new BigDecimal("95");
                        BigDecimal value = t1.add(BigDecimal.valueOf(random.nextInt(2000), 2));
                        result = new Result("r-" + code + "-" + leaf.code(), 1, value, null, null, null);
                    }
                    results.accept(new AcceptedResults.Key(code, year, "OBEC_AGREEMENT", 12, leaf.code()), result,
                            catalogue.catalogueId(), OffsetDateTime.now());
                }
            }
        });
    }

    private static void run(int year, boolean dryRun, String label) {
        long start = System.nanoTime();
        String id = given().auth().oauth2(TestTokens.batch()).contentType("application/json")
                .body("{\"fiscalYear\": " + year + ", \"round\": 12, \"dryRun\": " + dryRun + "}")
                .post("/api/v1/scoring/recalculations").then().statusCode(202).extract().path("id");
        JsonPath job;
        do {
            job = given().auth().oauth2(TestTokens.batch()).get("/api/v1/scoring/recalculations/{id}", id)
                    .then().extract().jsonPath();
        } while (!job.getString("status").equals("SUCCEEDED") && !job.getString("status").equals("FAILED"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("[bench] %-45s end to end %5d ms (job %5d ms), status %s, offices %d, versions written %d%n",
                label, millis, job.getLong("summary.durationMs"), job.getString("status"),
                job.getInt("summary.officesEvaluated"), job.getInt("summary.versionsWritten"));
    }
}
