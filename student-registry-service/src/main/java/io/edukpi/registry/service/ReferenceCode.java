package io.edukpi.registry.service;

import jakarta.validation.constraints.NotBlank;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.edukpi.registry.domain.RegistryMessage.Examples;

public record ReferenceCode(
        @Schema(example = "ethnicity") String list,
        @Schema(example = "099") String code,
        @Schema(example = Examples.CODE_NAME) @NotBlank String nameTh,
        @Schema(example = "Thai") String nameEn,
        Boolean active) {
}
