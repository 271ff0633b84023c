package io.edukpi.registry.service;

import jakarta.validation.constraints.NotBlank;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.edukpi.registry.domain.RegistryMessage.Examples;

@Schema(description = "A code of a code list")
public record ReferenceCode(
        @Schema(description = "The list (answers only; the path names it in a PUT)", example = "ethnicity") String list,
        @Schema(description = "The code (answers only; the path names it in a PUT)", example = "099") String code,
        @Schema(description = "Thai name", example = Examples.CODE_NAME) @NotBlank String nameTh,
        @Schema(description = "English name", example = "Thai") String nameEn,
        @Schema(description = "Whether the code may be used (default true)", example = "true") Boolean active) {
}
