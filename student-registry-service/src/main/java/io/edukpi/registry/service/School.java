package io.edukpi.registry.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.edukpi.registry.domain.RegistryMessage.Examples;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A school and its 6 key items")
public record School(
        @Schema(description = "The ministry's 10-digit code; in a PUT the path's code wins", example = "1050130001") @Pattern(regexp = "[0-9]{10}") String code,
        @Schema(description = "Thai name", example = Examples.SCHOOL_NAME) @NotBlank String nameTh,
        @Schema(description = "English name", example = "Wat Huai Phlu School") String nameEn,
        @Schema(description = "The area office the school belongs to", example = "5001") @NotBlank String officeCode,
        @Schema(description = "The 6 school items; null ones are not keyed yet") @Valid SchoolItemValues items,
        @Schema(description = "All 6 items keyed (answers only; ignored in a PUT)", readOnly = true, example = "true") Boolean complete) {
}
