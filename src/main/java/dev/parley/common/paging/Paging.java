package dev.parley.common.paging;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Reads the Relay paging arguments of the field being resolved. */
@ApplicationScoped
public class Paging {

    public static final String FIRST = "Page forward: at most this many items (default 50, at most 100), after the `after` cursor.";
    public static final String AFTER = "Cursor of the item to start after, from a previous page's endCursor or an edge.";
    public static final String LAST = "Page backward: at most this many items (at most 100), before the `before` cursor.";
    public static final String BEFORE = "Cursor of the item to end before, from a previous page's startCursor or an edge.";

    @Inject
    Context context;

    public PageRequest request(Integer first, String after, Integer last, String before) {
        // Counting all matches costs a second query; run it only for clients that ask.
        boolean countTotal = context.unwrap(DataFetchingEnvironment.class).getSelectionSet().contains("totalCount");
        return PageRequest.of(first, after, last, before, countTotal);
    }
}
