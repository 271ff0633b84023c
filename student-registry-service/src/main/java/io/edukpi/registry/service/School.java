package io.edukpi.registry.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.edukpi.registry.domain.RegistryMessage.Examples;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record School(
        @Schema(example = "1050130001") @Pattern(regexp = "[0-9]{10}") String code,
        @Schema(example = Examples.SCHOOL_NAME) @NotBlank String nameTh,
        String nameEn,
        @Schema(example = "5001") @NotBlank String officeCode,
        @Valid SchoolItemValues items,
        Boolean complete) {
}
