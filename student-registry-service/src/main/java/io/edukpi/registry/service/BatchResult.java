package io.edukpi.registry.service;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A batch's outcome, record by record")
public record BatchResult(
        @Schema(description = "Records received", example = "2") int received,
        @Schema(description = "Records created", example = "1") int created,
        @Schema(description = "Records updated", example = "1") int updated,
        @Schema(description = "Records that changed nothing", example = "0") int unchanged,
        @Schema(description = "Records refused (see their errors)", example = "0") int rejected,
        @Schema(description = "One result per record, in the order sent") List<RecordResult> results) {
}
