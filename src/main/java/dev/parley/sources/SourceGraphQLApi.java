package dev.parley.sources;

import dev.parley.common.errors.ErrorBoundary;
import java.time.LocalDate;
import java.util.List;

import dev.parley.common.ParleyEntity;
import dev.parley.common.batch.Batches;
import dev.parley.common.paging.Connection;
import dev.parley.common.paging.KeysetQuery;
import dev.parley.common.paging.Paging;
import dev.parley.common.paging.SortKey;
import dev.parley.incidents.CasualtyReport;
import dev.parley.incidents.Incident;
import dev.parley.statements.Statement;
import dev.parley.talks.Talks;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.hibernate.Session;
import org.hibernate.type.StandardBasicTypes;

/**
 * Sources, and the {@code sources} field of every type that cites them. SmallRye adds a {@code @Source} field to the
 * GraphQL type of the parameter's class only, so each citing type has its own one-line method (and its own description)
 * over the one implementation, {@link #cited}.
 */
@GraphQLApi
@ErrorBoundary
@Transactional
public class SourceGraphQLApi {

    private static final LocalDate UNDATED_SORTS_AS = LocalDate.of(1, 1, 1);

    @Inject
    Paging paging;

    @Query("sources")
    @Description("Sources of the facts in Parley, most recently published first.")
    public @NonNull Connection<Source> sources(
            @Description(Paging.FIRST) Integer first, @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last, @Description(Paging.BEFORE) String before) {
        return new KeysetQuery<>(Source.class, "source", SortKey.byDate("coalesce(e.published_on, date '0001-01-01')",
                (Source source) -> source.publishedOn != null ? source.publishedOn : UNDATED_SORTS_AS, true))
                .fetch(paging.request(first, after, last, before));
    }

    @Name("sources")
    @Description("Where the facts about these talks come from.")
    public List<@NonNull List<@NonNull Source>> talksSources(
            @org.eclipse.microprofile.graphql.Source List<Talks> talks) {
        return cited(Talks.class, talks);
    }

    @Name("sources")
    @Description("Where the statement is reported.")
    public List<@NonNull List<@NonNull Source>> statementSources(
            @org.eclipse.microprofile.graphql.Source List<Statement> statements) {
        return cited(Statement.class, statements);
    }

    @Name("sources")
    @Description("Where the incident is reported.")
    public List<@NonNull List<@NonNull Source>> incidentSources(
            @org.eclipse.microprofile.graphql.Source List<Incident> incidents) {
        return cited(Incident.class, incidents);
    }

    @Description("Where these figures were reported.")
    public List<Source> source(@org.eclipse.microprofile.graphql.Source List<CasualtyReport> reports) {
        return Batches.referenced(reports, r -> r.source, Source.class);
    }

    /**
     * The sources each parent cites, read from the link table alone ({@code incident_source} …): the ids are
     * matched on its primary key. Going through the parent's table instead made H2 check every row found against
     * the whole id list again, 5,050 × 5,050 comparisons for a contract query.
     */
    @SuppressWarnings("unchecked")
    private static <P extends ParleyEntity> List<List<Source>> cited(Class<P> citing, List<P> parents) {
        String parent = citing.getSimpleName().toLowerCase();
        List<Object[]> rows = Panache.getEntityManager().unwrap(Session.class)
                .createNativeQuery(("select c.%1$s_id as parent_id, {s.*} from %1$s_source c join source s on s.id = c.source_id"
                        + " where c.%1$s_id in (:ids) order by s.published_on, s.id").formatted(parent))
                .addScalar("parent_id", StandardBasicTypes.LONG)
                .addEntity("s", Source.class)
                .setParameter("ids", Batches.ids(parents))
                .getResultList();
        return Batches.groupPairs(parents, rows, Source.class);
    }
}
