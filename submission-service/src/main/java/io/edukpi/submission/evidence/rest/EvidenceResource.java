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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
    public Response upload(@PathParam("id") UUID id,
            @Parameter(description = "attachment; filename*=UTF-8''<percent-encoded name>", example = "attachment; filename*=UTF-8''report.pdf") @HeaderParam("Content-Disposition") String contentDisposition,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength,
            InputStream body) {
        EvidenceView view = evidence.upload(id, contentDisposition, contentLength, body);
        return Response.created(URI.create(view.download())).entity(view).build();
    }

    @GET
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.AREA_OFFICER })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listEvidence", summary = "The result's evidence files, oldest first, with their total size and the limits")
    public EvidenceFiles.EvidenceList list(@PathParam("id") UUID id) {
        return evidence.list(id);
    }

    @GET
    @Path("/{evidenceId}")
    @RolesAllowed({ Roles.OBEC_ADMIN, Roles.REVIEWER, Roles.AREA_OFFICER })
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadEvidence", summary = "Download an evidence file (streamed; ETag is its SHA-256)", description = "Content-Type is the sniffed type; X-Content-Type-Options: nosniff; Content-Disposition "
            + "carries the name as filename*=UTF-8''...")
    public Response download(@PathParam("id") UUID id, @PathParam("evidenceId") UUID evidenceId,
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
    @Operation(operationId = "deleteEvidence", summary = "Detach an evidence file from a DRAFT or RETURNED result of the caller's office")
    public Response delete(@PathParam("id") UUID id, @PathParam("evidenceId") UUID evidenceId) {
        evidence.delete(id, evidenceId);
        return Response.noContent().build();
    }
}
