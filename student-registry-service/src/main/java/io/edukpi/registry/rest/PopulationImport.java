package io.edukpi.registry.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.edukpi.registry.service.PopulationFigure;

public record PopulationImport(
        @Schema(description = "Up to 10,000 figures; an existing (office, year, age) is replaced") @NotEmpty @Size(max = 10000) List<@Valid @NotNull PopulationFigure> figures) {
}
