package io.edukpi.gateway;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.vertx.core.net.SocketAddress;

/**
 * The instances of one service (one URL or several, comma separated, in
 * {@code edukpi.gateway.upstreams.<service>}) and which of them refused a call lately. Each event
 * loop takes them in turn; an instance that refused a connection or dropped a call is skipped for
 * {@code skipFor} while another is up, then tried again.
 */
final class ServiceInstances {

    /** One running copy of a service. */
    static final class Instance {
        private final String service;
        private final URI url;
        private final SocketAddress address;
        /** {@link System#nanoTime()} until which it is skipped; 0 when up. Shared by every event loop. */
        private final AtomicLong downUntil = new AtomicLong();

        Instance(String service, URI url) {
            this.service = service;
            this.url = url;
            this.address = SocketAddress.inetSocketAddress(url.getPort(), url.getHost());
        }

        SocketAddress address() {
            return address;
        }

        URI url() {
            return url;
        }

        boolean up(long now) {
            long until = downUntil.get();
            return until == 0 || now - until >= 0;
        }

        void markDown(long skipForNanos, Throwable why) {
            long previous = downUntil.getAndSet(System.nanoTime() + skipForNanos);
            if (previous == 0 || System.nanoTime() - previous >= 0) {
                GatewayRouter.LOG.warnf("%s at %s is skipped for %d ms: %s", service, url, skipForNanos / 1_000_000,
                        why);
            }
        }

        void markUp() {
            if (downUntil.get() != 0) {
                downUntil.set(0);
                GatewayRouter.LOG.infof("%s at %s answers again", service, url);
            }
        }

        @Override
        public String toString() {
            return url.toString();
        }
    }

    private final List<Instance> instances;
    private final long skipForNanos;

    private ServiceInstances(List<Instance> instances, long skipForNanos) {
        this.instances = instances;
        this.skipForNanos = skipForNanos;
    }

    /** From the configured value: base URLs separated by commas, e.g. {@code http://10.0.0.5:8084,http://10.0.0.6:8084}. */
    static ServiceInstances of(String service, String urls, long skipForNanos) {
        List<Instance> instances = new ArrayList<>();
        for (String url : parse(service, urls)) {
            instances.add(new Instance(service, URI.create(url)));
        }
        return new ServiceInstances(List.copyOf(instances), skipForNanos);
    }

    /** The base URLs of a configured value ({@code null}: none), checked: {@code http://host:port}, at least one. */
    static List<String> parse(String service, String urls) {
        List<String> found = new ArrayList<>();
        for (String part : urls == null ? new String[0] : urls.split(",")) {
            String url = part.trim();
            if (url.isEmpty()) {
                continue;
            }
            URI uri;
            try {
                uri = URI.create(url);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("edukpi.gateway.upstreams." + service + ": '" + url + "' is not a URL", e);
            }
            if (!"http".equals(uri.getScheme()) || uri.getHost() == null || uri.getPort() < 0) {
                throw new IllegalStateException("edukpi.gateway.upstreams." + service + ": '" + url
                        + "' is not of the form http://host:port");
            }
            found.add(url);
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("No upstream configured for " + service
                    + ": set edukpi.gateway.upstreams." + service);
        }
        return found;
    }

    int size() {
        return instances.size();
    }

    @Override
    public String toString() {
        return instances.toString();
    }

    long skipForNanos() {
        return skipForNanos;
    }

    /**
     * The next instance in turn from {@code cursor} (one per event loop) that this call has not
     * tried: one that is up if there is one, else one that is skipped (it may be back; all down is
     * the circuit breaker's business). Null when every instance was tried.
     */
    Instance next(int[] cursor, Collection<Instance> tried) {
        int n = instances.size();
        if (n == 1) {
            Instance only = instances.get(0);
            return tried.contains(only) ? null : only;
        }
        long now = System.nanoTime();
        Instance fallback = null;
        for (int i = 0; i < n; i++) {
            Instance candidate = instances.get(Math.floorMod(cursor[0]++, n));
            if (tried.contains(candidate)) {
                continue;
            }
            if (candidate.up(now)) {
                return candidate;
            }
            if (fallback == null) {
                fallback = candidate;
            }
        }
        return fallback;
    }
}
