package dev.parley.common.paging;

import java.util.List;

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
    public final Long totalCount;

    public Connection(List<Edge<T>> edges, PageInfo pageInfo, Long totalCount) {
        this.edges = edges;
        this.nodes = edges.stream().map(edge -> edge.node).toList();
        this.pageInfo = pageInfo;
        this.totalCount = totalCount;
    }
}
