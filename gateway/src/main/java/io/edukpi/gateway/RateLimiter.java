package io.edukpi.gateway;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * One token bucket per client id. Client ids come from validated tokens only, so the map is
 * bounded by the clients of the realm.
 */
@ApplicationScoped
public class RateLimiter {

    /** What a call may do and what to tell the client about its bucket. */
    public record Decision(boolean allowed, long limit, long remaining, long resetSeconds, Duration window) {

        /** {@code RateLimit-Policy}: the burst and the window in which the bucket refills completely. */
        public String policy() {
            return limit + ";w=" + Math.max(1, window.toSeconds());
        }
    }

    private record Limit(long capacity, Duration window) {
    }

    private final GatewayConfig.RateLimit config;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(GatewayConfig config) {
        this.config = config.rateLimit();
    }

    public Decision tryConsume(String clientId) {
        Limit limit = limitOf(clientId);
        Bucket bucket = buckets.computeIfAbsent(clientId, id -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.capacity())
                        .refillGreedy(limit.capacity(), limit.window()).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long reset = probe.isConsumed()
                ? ceilSeconds((limit.capacity() - probe.getRemainingTokens()) * limit.window().toNanos() / limit.capacity())
                : ceilSeconds(probe.getNanosToWaitForRefill());
        return new Decision(probe.isConsumed(), limit.capacity(), probe.getRemainingTokens(), reset, limit.window());
    }

    private Limit limitOf(String clientId) {
        GatewayConfig.RateLimit.ClientLimit own = config.clients().get(clientId);
        return own == null ? new Limit(config.capacity(), config.window())
                : new Limit(own.capacity().orElse(config.capacity()), own.window().orElse(config.window()));
    }

    private static long ceilSeconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
