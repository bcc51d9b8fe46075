package dev.parley.audit;

import java.util.List;

import dev.parley.common.errors.ErrorBoundary;
import dev.parley.incidents.Incident;
import dev.parley.proposals.Proposal;
import dev.parley.proposals.Provision;
import dev.parley.proposals.Stance;
import dev.parley.sources.Source;
import dev.parley.statements.Statement;
import dev.parley.talks.Participation;
import dev.parley.talks.Talks;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * The audit trail of every record editors write, one batched query per type and level. {@link History#of} is the
 * one implementation; SmallRye adds a {@code @Source} field to the GraphQL type of the parameter's class only, so
 * each audited type needs its own one-line method. (A Java interface as the {@code @Source} type would add the field
 * to every implementing type, but also puts that interface into the schema.)
 */
@GraphQLApi
@ErrorBoundary
@Transactional
public class HistoryGraphQLApi {

    private static final String HISTORY = "Who changed the record, when, and which fields, oldest first. "
            + "Empty for records loaded with the demo data and never edited since.";

    @Inject
    History history;

    @Name("history")
    @Description(HISTORY)
    public List<@NonNull List<@NonNull Change>> talksHistory(@org.eclipse.microprofile.graphql.Source List<Talks> talks) {
        return history.of(Talks.class, talks);
    }

    @Name("history")
    @Description(HISTORY)
    public List<@NonNull List<@NonNull Change>> participationHistory(
            @org.eclipse.microprofile.graphql.Source List<Participation> participations) {
        return history.of(Participation.class, participations);
    }

    @Name("history")
    @Description(HISTORY)
    public List<@NonNull List<@NonNull Change>> incidentHistory(
            @org.eclipse.microprofile.graphql.Source List<Incident> incidents) {
        return history.of(Incident.class, incidents);
    }

    @Name("history")
    @Description(HISTORY)
    public List<@NonNull List<@NonNull Change>> statementHistory(
            @org.eclipse.microprofile.graphql.Source List<Statement> statements) {
        return history.of(Statement.class, statements);
    }

    @Name("history")
    @Description(HISTORY)
    public List<@NonNull List<@NonNull Change>> sourceHistory(
            @org.eclipse.microprofile.graphql.Source List<Source> sources) {
        return history.of(Source.class, sources);
    }

    @Name("history")
    @Description(HISTORY)
    public List<@NonNull List<@NonNull Change>> proposalHistory(
            @org.eclipse.microprofile.graphql.Source List<Proposal> proposals) {
        return history.of(Proposal.class, proposals);
    }

    @Name("history")
    @Description(HISTORY)
    public List<@NonNull List<@NonNull Change>> provisionHistory(
            @org.eclipse.microprofile.graphql.Source List<Provision> provisions) {
        return history.of(Provision.class, provisions);
    }

    @Name("history")
    @Description(HISTORY)
    public List<@NonNull List<@NonNull Change>> stanceHistory(
            @org.eclipse.microprofile.graphql.Source List<Stance> stances) {
        return history.of(Stance.class, stances);
    }
}
