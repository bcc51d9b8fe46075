package dev.parley.common.limits;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bounds on what one GraphQL document may ask for, checked before anything runs. */
@ConfigMapping(prefix = "parley.limits")
public interface QueryLimits {

    /** Nesting depth of a data query; `talks { nodes { participants { person { name } } } }` is 5. */
    @WithDefault("12")
    int depth();

    /** Nesting depth below __schema or __type: GraphiQL's own introspection query reaches 13. */
    @WithDefault("15")
    int introspectionDepth();

    /** Whether __schema and __type may be queried; GraphiQL needs them. Off for a locked-down deployment. */
    @WithDefault("true")
    boolean introspection();

    /** Aliased fields in one document. */
    @WithDefault("30")
    int aliases();

    /** Fields in one document, counting each selection once. */
    @WithDefault("500")
    int fields();

    /** Directives on one field. */
    @WithDefault("5")
    int directivesPerField();

    /**
     * Records a query may return at most: every paginated list multiplies its parents by its page size
     * (first, last, or the default), e.g. 50 talks x 100 concurrent incidents = 5,050.
     */
    @WithDefault("25000")
    int nodes();

    /**
     * Records all running operations may ask for together (each counted as in {@link #nodes()}); an operation
     * waits for room, so the heap holds a bounded amount of results. The default runs one full contract query
     * (5,050 records) at a time beside small ones: two side by side filled a 512 MB heap in the benchmark.
     */
    @WithDefault("6000")
    int recordsInFlight();

    /** How long an operation waits for room among the records in flight before it fails with SERVER_BUSY. */
    @WithDefault("10s")
    Duration busyWait();

    /** Parser tokens in one document (graphql-java stops parsing beyond it). */
    @WithDefault("5000")
    int tokens();

    /** Characters in one document. */
    @WithDefault("20000")
    int documentLength();
}
