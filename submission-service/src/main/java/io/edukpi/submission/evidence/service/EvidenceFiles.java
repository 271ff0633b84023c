package io.edukpi.submission.evidence.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.edukpi.commons.problem.ProblemException;
import io.edukpi.commons.security.Caller;
import io.edukpi.submission.domain.SubmissionMessage;
import io.edukpi.submission.evidence.ContentSniffer;
import io.edukpi.submission.evidence.EvidenceType;
import io.edukpi.submission.evidence.FileNames;
import io.edukpi.submission.evidence.InvalidFileNameException;
import io.edukpi.submission.evidence.Sniff;
import io.edukpi.submission.evidence.UnpackedTooLargeException;
import io.edukpi.submission.evidence.ZipContents;
import io.edukpi.submission.evidence.persistence.EvidenceEntity;
import io.edukpi.submission.evidence.store.EvidenceStore;
import io.edukpi.submission.evidence.store.LimitExceededException;
import io.edukpi.submission.evidence.store.StagedUpload;
import io.edukpi.submission.persistence.ResultEntity;
import io.edukpi.submission.service.AuditTrail;
import io.edukpi.submission.service.ResultAccess;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Evidence files of a result: upload (streamed, sniffed, limited, de-duplicated), list, download,
 * delete. No database transaction or row lock is held while the bytes arrive: the result is checked
 * before, and checked again (locked) when the file is attached.
 */
@ApplicationScoped
public class EvidenceFiles {

    private final ResultAccess access;
    private final AuditTrail audit;
    private final EvidenceStore store;
    private final EvidenceConfig config;
    private final Caller caller;
    private final Clock clock;

    public EvidenceFiles(ResultAccess access, AuditTrail audit, EvidenceStore store, EvidenceConfig config,
            Caller caller, Clock clock) {
        this.access = access;
        this.audit = audit;
        this.store = store;
        this.config = config;
        this.caller = caller;
        this.clock = clock;
    }

    @Schema(description = "A result's evidence files and the room left for more")
    public record EvidenceList(@Schema(description = "The files, oldest first") List<EvidenceView> items,
            @Schema(description = "The files' sizes summed, in bytes", example = "48213") long totalSize,
            @Schema(description = "The largest file accepted, in bytes", example = "20971520") long maxFileSize,
            @Schema(description = "The most all of a result's files may take together, in bytes", example = "104857600") long maxResultSize) {
    }

    /** Where a download's bytes are. */
    public record Download(EvidenceView evidence, String storageKey) {
    }

    /**
     * Attaches one file to an editable result of the caller's office.
     *
     * @param contentDisposition carries the file name ({@code filename*=UTF-8''...} or {@code filename="..."})
     * @param contentLength the declared length, when known, so an oversized file is refused unread
     */
    public EvidenceView upload(UUID resultId, String contentDisposition, Long contentLength, InputStream body) {
        String name;
        try {
            name = FileNames.sanitise(FileNames.fromContentDisposition(contentDisposition));
        } catch (InvalidFileNameException e) {
            throw EvidenceProblems.fileName(e);
        }
        long maxFile = config.maxFileSize().asLongValue();
        long maxTotal = config.maxResultSize().asLongValue();
        long used = QuarkusTransaction.requiringNew().call(() -> {
            access.editable(resultId);
            return EvidenceEntity.totalSize(resultId);
        });
        if (contentLength != null && contentLength == 0) {
            throw EvidenceProblems.empty();
        }
        if (contentLength != null && contentLength > maxFile) {
            throw EvidenceProblems.fileTooLarge(maxFile);
        }
        long room = maxTotal - used;
        if (room <= 0 || (contentLength != null && contentLength > room)) {
            throw EvidenceProblems.resultFull(maxTotal, used);
        }
        long allowance = Math.min(maxFile, room);

        StagedUpload staged;
        try {
            staged = store.stage(body, allowance, ContentSniffer.HEAD_SIZE, (head, length) -> {
                if (length == 0) {
                    throw EvidenceProblems.empty();
                }
                Sniff sniff = ContentSniffer.head(head, length);
                if (sniff.refused()) {
                    throw EvidenceProblems.unsupported(sniff);
                }
            });
        } catch (LimitExceededException e) {
            throw allowance == maxFile ? EvidenceProblems.fileTooLarge(maxFile) : EvidenceProblems.resultFull(maxTotal, used);
        } catch (IOException e) {
            throw EvidenceProblems.interrupted();
        }
        try {
            EvidenceType type = type(staged, name);
            String fileName = FileNames.agreeing(name, type);
            return QuarkusTransaction.requiringNew().call(() -> attach(resultId, staged, fileName, type, maxTotal));
        } finally {
            // nothing left once committed; otherwise the staged file goes
            store.discard(staged);
        }
    }

    private EvidenceType type(StagedUpload staged, String name) {
        Sniff sniff = ContentSniffer.head(staged.head(), staged.head().length);
        if (sniff.zipContainer()) {
            sniff = ContentSniffer.zip(staged.head(), staged.head().length, zipEntries(staged, name));
        }
        if (sniff.refused()) {
            throw EvidenceProblems.unsupported(sniff);
        }
        return sniff.type();
    }

    private List<String> zipEntries(StagedUpload staged, String name) {
        try {
            return ZipContents.entries(staged.file(), new ZipContents.Limits(config.maxUnpackedSize().asLongValue(),
                    config.maxUnpackedRatio()));
        } catch (UnpackedTooLargeException e) {
            throw EvidenceProblems.unpackedTooLarge(name, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private EvidenceView attach(UUID resultId, StagedUpload staged, String fileName, EvidenceType type, long maxTotal) {
        ResultEntity result = access.editable(resultId);
        EvidenceEntity.lockContent(staged.sha256());
        EvidenceEntity.bySha(resultId, staged.sha256()).ifPresent(existing -> {
            throw EvidenceProblems.duplicate(EvidenceView.of(existing));
        });
        long used = EvidenceEntity.totalSize(resultId);
        if (used + staged.size() > maxTotal) {
            throw EvidenceProblems.resultFull(maxTotal, used);
        }
        EvidenceEntity e = new EvidenceEntity();
        e.id = UUID.randomUUID();
        e.resultId = resultId;
        e.fileName = fileName;
        e.contentType = type.mediaType();
        e.size = staged.size();
        e.sha256 = staged.sha256();
        e.uploadedBy = caller.name();
        e.uploadedAt = OffsetDateTime.now(clock);
        try {
            e.storageKey = store.commit(staged);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot store evidence " + staged.sha256(), ex);
        }
        e.persist();
        EvidenceView view = EvidenceView.of(e);
        audit.record(result, "EVIDENCE_ADDED", result.state.name(), result.state.name(), null, null, view);
        return view;
    }

    @Transactional
    public EvidenceList list(UUID resultId) {
        access.visible(resultId);
        List<EvidenceView> items = EvidenceEntity.ofResult(resultId).stream().map(EvidenceView::of).toList();
        return new EvidenceList(items, items.stream().mapToLong(EvidenceView::size).sum(),
                config.maxFileSize().asLongValue(), config.maxResultSize().asLongValue());
    }

    @Transactional
    public Download download(UUID resultId, UUID evidenceId) {
        access.visible(resultId);
        EvidenceEntity e = find(resultId, evidenceId);
        return new Download(EvidenceView.of(e), e.storageKey);
    }

    public InputStream open(Download download) throws IOException {
        return store.open(download.storageKey());
    }

    /**
     * Detaches a file from an editable result; its bytes go when no result references them any more.
     * They are deleted last, under the key's lock, so that a concurrent upload of the same bytes either
     * sees them gone and stores them again, or has referenced them already and keeps them.
     */
    @Transactional
    public void delete(UUID resultId, UUID evidenceId) {
        ResultEntity result = access.editable(resultId);
        EvidenceEntity e = find(resultId, evidenceId);
        EvidenceEntity.lockContent(e.sha256);
        EvidenceView view = EvidenceView.of(e);
        e.delete();
        audit.record(result, "EVIDENCE_REMOVED", result.state.name(), result.state.name(), null, view, null);
        EvidenceEntity.flush();
        if (EvidenceEntity.referencesTo(e.storageKey) == 0) {
            try {
                store.delete(e.storageKey);
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot delete evidence " + e.storageKey, ex);
            }
        }
    }

    private static EvidenceEntity find(UUID resultId, UUID evidenceId) {
        return EvidenceEntity.of(resultId, evidenceId)
                .orElseThrow(() -> ProblemException
                        .notFound(SubmissionMessage.notFound(SubmissionMessage.THING_EVIDENCE, evidenceId)));
    }
}
