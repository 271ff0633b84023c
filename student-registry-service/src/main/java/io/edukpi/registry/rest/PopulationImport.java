package io.edukpi.registry.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.edukpi.registry.service.PopulationFigure;

public record PopulationImport(@NotEmpty @Size(max = 10000) List<@Valid @NotNull PopulationFigure> figures) {
}
