package dev.parley.common.paging;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One item of a page with the cursor that points at it.")
public class Edge<T> {

    @NonNull
    @Description("Opaque position of this item; pass it as `after` or `before` to page from here.")
    public final String cursor;

    @NonNull
    @Description("The item.")
    public final T node;

    public Edge(String cursor, T node) {
        this.cursor = cursor;
        this.node = node;
    }
}
