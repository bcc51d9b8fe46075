package dev.parley.common.paging;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of a list, following the Relay cursor connection specification.")
public class Connection<T> {

    @NonNull
    @Description("The items of this page with their cursors.")
    public final List<@NonNull Edge<T>> edges;

    @NonNull
    @Description("The items of this page, for clients that need no cursors.")
    public final List<@NonNull T> nodes;

    @NonNull
    @Description("Whether pages exist before and after this one.")
    public final PageInfo pageInfo;

    @Description("How many items match the arguments in all pages; counted only when this field is selected.")
    public final Integer totalCount;

    public Connection(List<Edge<T>> edges, PageInfo pageInfo, Integer totalCount) {
        this.edges = edges;
        this.nodes = edges.stream().map(edge -> edge.node).toList();
        this.pageInfo = pageInfo;
        this.totalCount = totalCount;
    }

    /**
     * A page of rows already in list order.
     *
     * @param more whether rows exist beyond the page in the direction of travel
     * @param total counts all matches, or null when the client did not ask
     */
    public static <T> Connection<T> of(List<T> rows, Function<T, Cursor> cursorOf, PageRequest page, boolean more,
            LongSupplier total) {
        List<Edge<T>> edges = rows.stream().map(row -> new Edge<>(cursorOf.apply(row).encode(), row)).toList();
        boolean cursorGiven = page.cursor() != null;
        PageInfo pageInfo = new PageInfo(
                page.backward() ? cursorGiven : more,
                page.backward() ? more : cursorGiven,
                edges.isEmpty() ? null : edges.get(0).cursor,
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor);
        // An Int in the schema: no list here comes near 2^31 rows, and toIntExact fails rather than wraps if one did.
        return new Connection<>(edges, pageInfo, total == null ? null : Math.toIntExact(total.getAsLong()));
    }
}
