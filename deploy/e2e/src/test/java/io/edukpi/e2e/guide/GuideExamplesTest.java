package io.edukpi.e2e.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.edukpi.e2e.guide.GuideExamples.Chunk;
import io.edukpi.e2e.guide.GuideExamples.Expectation;

/** How the guide's convention reads: chunks cut at the comments after code, and what those comments promise. */
class GuideExamplesTest {

    private static final String GUIDE = """
            Text.

            ```sh
            # set-up, not an expectation
            TOKEN=x
            curl -s -X PUT "$GW/a" \\
              -d '{"code":"5001"}'
            # 201 ETag: "1.0"  {"code":"5001","items":[...],
            #   "complete":false}
            curl -s "$GW/b"   # an inline comment
            ```
            ```json
            {"page":0,"size":20}
            ```

            ```sh
            java -jar deploy/recalc-cli.jar
            # SUCCEEDED: 1 of 1 offices
            # 5001,TOTAL,0.15877
            ```
            """;

    @Test
    void chunksEndAtTheCommentsAfterCodeAndAJsonBlockAnswersTheLastCommand() {
        List<Chunk> chunks = GuideExamples.parse(GUIDE);
        assertEquals(3, chunks.size());
        assertEquals(4, chunks.get(0).line());
        assertEquals(new Expectation(201, Map.of("ETag", "\"1.0\""),
                "{\"code\":\"5001\",\"items\":[...],\n\"complete\":false}\n", List.of()), chunks.get(0).expected());
        assertEquals("curl -s \"$GW/b\"   # an inline comment", chunks.get(1).firstLine());
        assertEquals("{\"page\":0,\"size\":20}", chunks.get(1).expected().json());
        assertEquals(new Expectation(null, Map.of(), "", List.of("SUCCEEDED: 1 of 1 offices", "5001,TOTAL,0.15877")),
                chunks.get(2).expected());
    }
}
