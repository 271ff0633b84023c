package io.edukpi.registry.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.edukpi.registry.domain.RegistryMessage.Examples;

public record AreaOffice(
        @Schema(example = "5001") @NotBlank @Size(max = 8) String code,
        @Schema(example = Examples.OFFICE_NAME) @NotBlank String nameTh,
        @Schema(example = "PRIMARY") @NotNull @Pattern(regexp = "PRIMARY|SECONDARY") String kind) {
}
