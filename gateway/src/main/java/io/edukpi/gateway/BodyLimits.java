package io.edukpi.gateway;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

/** How large a request body each path takes: large on the upload routes, small everywhere else. */
@ApplicationScoped
public class BodyLimits {

    private final long small;
    private final long large;
    private final List<Pattern> largePaths;

    public BodyLimits(GatewayConfig config) {
        this.small = config.bodyLimit().small().asLongValue();
        this.large = config.bodyLimit().large().asLongValue();
        this.largePaths = config.bodyLimit().largePaths().stream().map(Pattern::compile).toList();
    }

    public long limitFor(String path) {
        return largePaths.stream().anyMatch(p -> p.matcher(path).matches()) ? large : small;
    }

    /** For the problem text: limits are whole megabytes or more. */
    static String describe(long bytes) {
        return bytes >= 1024L * 1024 * 1024 && bytes % (1024L * 1024 * 1024) == 0
                ? bytes / (1024L * 1024 * 1024) + " GB"
                : bytes / (1024 * 1024) + " MB";
    }
}
