package io.edukpi.registry.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's enrolment of a round moved to another school. */
@Schema(description = "A person's enrolment of a round moved to another school")
public record Transfer(
        @Schema(description = "The person: citizen ID with check digit or G-code", example = "1101112345679") @NotBlank String citizenId,
        @Schema(description = "The school the person moves to", example = "1050130002") @NotNull @Pattern(regexp = "[0-9]{10}", message = "must be 10 digits") String toSchoolCode) {
}
