package io.edukpi.registry.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a population import wrote. */
public record PopulationImported(@Schema(description = "Figures written (new or replaced)", example = "31") int imported) {
}
