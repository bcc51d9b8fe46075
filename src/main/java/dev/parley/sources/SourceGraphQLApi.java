package dev.parley.sources;

import dev.parley.common.errors.ErrorBoundary;
import java.time.LocalDate;

import dev.parley.common.paging.Connection;
import dev.parley.common.paging.KeysetQuery;
import dev.parley.common.paging.Paging;
import dev.parley.common.paging.SortKey;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@ErrorBoundary
public class SourceGraphQLApi {

    private static final LocalDate UNDATED_SORTS_AS = LocalDate.of(1, 1, 1);

    @Inject
    Paging paging;

    @Query("sources")
    @Description("Sources of the facts in Parley, most recently published first.")
    @Transactional
    public @NonNull Connection<Source> sources(
            @Description(Paging.FIRST) Integer first, @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last, @Description(Paging.BEFORE) String before) {
        return new KeysetQuery<>(Source.class, "source", SortKey.byDate("coalesce(e.published_on, date '0001-01-01')",
                (Source source) -> source.publishedOn != null ? source.publishedOn : UNDATED_SORTS_AS, true))
                .fetch(paging.request(first, after, last, before));
    }
}
