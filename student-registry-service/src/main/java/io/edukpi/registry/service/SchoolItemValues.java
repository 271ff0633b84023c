package io.edukpi.registry.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.edukpi.registry.domain.RegistryMessage.Examples;

@Schema(name = "SchoolItems", description = "The 6 school items; null means not keyed")
public record SchoolItemValues(
        @Schema(description = "Has internet access", example = "true") Boolean internet,
        @Schema(description = "Is a network centre school", example = "false") Boolean networkCentre,
        @Schema(description = "Has electricity", example = "true") Boolean electricity,
        @Schema(description = "Has a telephone", example = "true") Boolean telephone,
        @Schema(description = "Has piped water", example = "true") Boolean pipedWater,
        @Schema(description = Examples.DREAM_SCHOOL, example = "0", minimum = "0", maximum = "2") Integer dreamSchoolCohort) {
}
