package io.edukpi.registry.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.edukpi.registry.domain.RegistryMessage.Examples;

@Schema(description = Examples.OFFICE)
public record AreaOffice(
        @Schema(description = "The office code; in a PUT the path's code wins", example = "5001") @NotBlank @Size(max = 8) String code,
        @Schema(description = "The office's Thai name", example = Examples.OFFICE_NAME) @NotBlank String nameTh,
        @Schema(description = Examples.OFFICE_KIND, enumeration = {
                "PRIMARY",
                "SECONDARY" }, example = "PRIMARY") @NotNull @Pattern(regexp = "PRIMARY|SECONDARY") String kind){
}
