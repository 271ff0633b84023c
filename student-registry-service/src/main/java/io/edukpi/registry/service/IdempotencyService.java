package io.edukpi.registry.service;

import io.edukpi.commons.problem.ProblemError;
import io.edukpi.commons.problem.ProblemException;
import io.edukpi.registry.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key}: the first answer to a key is stored with the change it made, in the same
 * transaction; a retry with the same key and body gets that answer again and changes nothing. The
 * same key with another body is refused. Retries that race wait for the first on a lock.
 */
@ApplicationScoped
public class IdempotencyService {

    public record Answer(int status, String body, boolean replayed) {
    }

    private final Sql sql;

    public IdempotencyService(Sql sql) {
        this.sql = sql;
    }

    @Transactional
    public Answer once(String caller, String key, String request, Supplier<Answer> work) {
        if (key == null) {
            return work.get();
        }
        if (key.isBlank() || key.length() > 128) {
            throw ProblemException.invalid("The Idempotency-Key header has 1 to 128 characters.",
                    "ส่วนหัว Idempotency-Key ต้องยาว 1-128 ตัวอักษร",
                    List.of(ProblemError.field("Idempotency-Key", "idempotency-key-format", "has 1 to 128 characters",
                            "ต้องยาว 1-128 ตัวอักษร")));
        }
        String hash = sha256(request);
        sql.one("select pg_advisory_xact_lock(hashtext(?))", rs -> 1, caller + '\n' + key);
        Optional<Answer> earlier = sql.one("select request_hash, status, body from idempotency_key where caller = ? and key = ?",
                rs -> {
                    if (!rs.getString(1).equals(hash)) {
                        throw new ProblemException(422, "unprocessable", "Unprocessable request", "ไม่สามารถดำเนินการตามคำขอได้",
                                "This Idempotency-Key was used for a different request; use a new key for new data.",
                                "Idempotency-Key นี้ถูกใช้กับคำขออื่นแล้ว กรุณาใช้คีย์ใหม่สำหรับข้อมูลใหม่",
                                List.of(ProblemError.field("Idempotency-Key", "idempotency-key-reused",
                                        "was used for a different request", "ถูกใช้กับคำขออื่นแล้ว")));
                    }
                    return new Answer(rs.getInt(2), rs.getString(3), true);
                }, caller, key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Answer answer = work.get();
        sql.update("insert into idempotency_key (caller, key, request_hash, status, body) values (?, ?, ?, ?, ?)",
                caller, key, hash, answer.status(), answer.body());
        return answer;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
