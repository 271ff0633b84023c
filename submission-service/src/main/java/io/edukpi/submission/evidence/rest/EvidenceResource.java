package io.edukpi.submission.evidence.rest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.edukpi.commons.security.Roles;
import io.edukpi.submission.evidence.FileNames;
import io.edukpi.submission.evidence.service.EvidenceFiles;
import io.edukpi.submission.evidence.service.EvidenceView;

/** Evidence files of a result (the documents that back its figures). */
@Path(EvidenceView.RESULTS + "/{id}/evidence")
@Tag(name = "Evidence")
public class EvidenceResource {

    private final EvidenceFiles evidence;

    public EvidenceResource(EvidenceFiles evidence) {
        this.evidence = evidence;
    }

    @POST
    @RolesAllowed(Roles.AREA_OFFICER)
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "uploadEvidence", summary = "Attach one evidence file to a DRAFT or RETURNED result of the caller's office", description = "The body is the file itself (any Content-Type; the type is sniffed from the bytes: PDF, JPEG, "
            + "PNG, DOCX, XLSX or ODT, else 415). The name comes from Content-Disposition, e.g. "
            + "attachment; filename*=UTF-8''%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99.pdf; it is "
            + "sanitised, and its extension corrected to the sniffed type. A name with '..' answers 422, an "
            + "empty file 422, a file over edukpi.evidence.max-file-size or a result over "
            + "edukpi.evidence.max-result-size 413, a DOCX, XLSX or ODT unpacking to more than "
            + "edukpi.evidence.max-unpacked-size or max-unpacked-ratio times its size (a decompression bomb) 413 "
            + "naming the file, the same bytes twice on one result 409 naming the "
            + "existing evidence. Refused uploads leave nothing stored.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "The evidence as stored", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvidenceView.class)), headers = @Header(name = "Location", description = "The file's download URL", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "duplicate-file, conflict: the same bytes are attached to the result already (the existing evidence is named), or the result is not a DRAFT or RETURNED one")
    @APIResponse(responseCode = "413", description = "max-file-size, max-result-size, max-unpacked-size, max-unpacked-ratio: the file, the result's files together, or the file unpacked is over its limit; nothing is stored")
    @APIResponse(responseCode = "415", description = "unsupported-type: the bytes are none of PDF, JPEG, PNG, DOCX, XLSX or ODT")
    @APIResponse(responseCode = "422", description = "empty-file, invalid-file-name, file-name-missing, file-name-climbs, file-name-empty, file-name-charset: the file is empty or its name cannot be used")
    public Response upload(
            @Parameter(description = "The result's id", example = "3f1c2a9e-5b7d-4e8a-9c61-2d4f8b0a7e15") @PathParam("id") UUID id,
            @Parameter(description = "attachment; filename*=UTF-8''<percent-encoded name>", example = "attachment; filename*=UTF-8''report.pdf") @HeaderParam("Content-Disposition") String contentDisposition,
            @Parameter(description = "The file's size in bytes; over the limit answers 413 before the upload", example = "48213") @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength,
            InputStream body) {
        EvidenceView view = evidence.upload(id, contentDisposition, contentLength, body);
        return Response.created(URI.create(view.download())).entity(view).build();
    }

    @GET
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.AREA_OFFICER })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listEvidence", summary = "The result's evidence files, oldest first, with their total size and the limits", description = "For "
            + "obec-admin, reviewer and area-officer (an area officer for its own office's results only; another "
            + "office's answers 404). Each file with its name, sniffed type, size, SHA-256 and download URL, and the "
            + "bytes used against the per-file and per-result limits.")
    @APIResponse(responseCode = "200", description = "The result's evidence files, a plain list (bounded by the result's size limit)")
    @APIResponse(responseCode = "304", description = "not-modified: If-None-Match holds the list's current ETag")
    public EvidenceFiles.EvidenceList list(
            @Parameter(description = "The result's id", example = "3f1c2a9e-5b7d-4e8a-9c61-2d4f8b0a7e15") @PathParam("id") UUID id) {
        return evidence.list(id);
    }

    @GET
    @Path("/{evidenceId}")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.AREA_OFFICER })
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadEvidence", summary = "Download an evidence file (streamed; ETag is its SHA-256)", description = "Content-Type is the sniffed type; X-Content-Type-Options: nosniff; Content-Disposition "
            + "carries the name as filename*=UTF-8''...")
    @APIResponse(responseCode = "200", description = "The file's bytes", content = @Content(mediaType = MediaType.WILDCARD, schema = @Schema(type = SchemaType.STRING, format = "binary")), headers = {
            @Header(name = "Content-Disposition", description = "attachment with the file name (filename and filename*)", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = "The file's SHA-256", schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "304", description = "not-modified: If-None-Match holds the file's SHA-256")
    public Response download(
            @Parameter(description = "The result's id", example = "3f1c2a9e-5b7d-4e8a-9c61-2d4f8b0a7e15") @PathParam("id") UUID id,
            @Parameter(description = "The evidence file's id", example = "7d2e9b40-1c3f-4a6b-8e5d-0f9a2c4b6d81") @PathParam("evidenceId") UUID evidenceId,
            @Context Request request) throws IOException {
        EvidenceFiles.Download download = evidence.download(id, evidenceId);
        EvidenceView view = download.evidence();
        EntityTag tag = new EntityTag(view.sha256());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.header("X-Content-Type-Options", "nosniff").build();
        }
        // opened before the answer starts, so a missing file is an error answer rather than a cut-off body
        InputStream in = evidence.open(download);
        StreamingOutput bytes = out -> {
            try (in) {
                in.transferTo(out);
            }
        };
        return Response.ok(bytes, view.contentType())
                .tag(tag)
                .header(HttpHeaders.CONTENT_LENGTH, view.size())
                .header("Content-Disposition", FileNames.contentDisposition(view.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @DELETE
    @Path("/{evidenceId}")
    @RolesAllowed(Roles.AREA_OFFICER)
    @Operation(operationId = "deleteEvidence", summary = "Detach an evidence file from a DRAFT or RETURNED result of the caller's office", description = "For "
            + "area-officer of the result's office. Removes the file from the result (the audit trail records it) "
            + "and answers 204; 409 once the result is submitted, 404 for a file of another result.")
    @APIResponse(responseCode = "204", description = "Detached and deleted")
    @APIResponse(responseCode = "409", description = "conflict: the result is not a DRAFT or RETURNED one")
    public Response delete(
            @Parameter(description = "The result's id", example = "3f1c2a9e-5b7d-4e8a-9c61-2d4f8b0a7e15") @PathParam("id") UUID id,
            @Parameter(description = "The evidence file's id", example = "7d2e9b40-1c3f-4a6b-8e5d-0f9a2c4b6d81") @PathParam("evidenceId") UUID evidenceId) {
        evidence.delete(id, evidenceId);
        return Response.noContent().build();
    }
}
