package dev.parley.statements;

import dev.parley.common.errors.ErrorBoundary;
import java.util.List;

import dev.parley.common.Retraction;
import dev.parley.common.batch.Batches;
import dev.parley.common.paging.Connection;
import dev.parley.common.paging.KeysetQuery;
import dev.parley.common.sql.Alias;
import dev.parley.record.EditableRecord;
import dev.parley.common.paging.Paging;
import dev.parley.common.paging.SortKey;
import dev.parley.parties.Party;
import dev.parley.parties.Person;
import dev.parley.sources.Citations;
import dev.parley.talks.Talks;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@ErrorBoundary
public class StatementGraphQLApi {

    @Inject
    Paging paging;

    @Query("statements")
    @Description("Public statements, oldest first; undated standing positions come last.")
    @Transactional
    public @NonNull Connection<Statement> statements(
            @Description(Paging.FIRST) Integer first, @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last, @Description(Paging.BEFORE) String before,
            @DefaultValue("false") @Description(Retraction.INCLUDE_RETRACTED) Boolean includeRetracted) {
        Alias statement = KeysetQuery.row("statement");
        return new KeysetQuery<>(Statement.class, statement, SortKey.byDate(Statement.CHRONOLOGICAL_SQL, Statement::sortDate, false),
                EditableRecord.listed(statement, Boolean.TRUE.equals(includeRetracted)))
                .fetch(paging.request(first, after, last, before));
    }

    @Description("Statements about these talks, oldest first.")
    @Transactional
    public List<@NonNull List<@NonNull Statement>> statements(@Source List<Talks> talks) {
        return Batches.groupUnder(talks, Statement.aboutTalks(Batches.ids(talks)), s -> s.talks.id);
    }

    @Name("statements")
    @Description("Statements this person made, oldest first.")
    @Transactional
    public List<@NonNull List<@NonNull Statement>> statementsBy(@Source List<Person> people) {
        return Batches.groupUnder(people, Statement.byPeople(Batches.ids(people)), s -> s.person.id);
    }

    @Description("Who spoke; null when a government or party spoke as a whole.")
    @Transactional
    public List<Person> person(@Source List<Statement> statements) {
        return Batches.referenced(statements, s -> s.person, Person.class);
    }

    @Description("The party the speaker speaks for.")
    @Transactional
    public List<@NonNull Party> party(@Source List<Statement> statements) {
        return Batches.referenced(statements, s -> s.party, Party.class);
    }

    @Description("The talks the statement is about, if any.")
    @Transactional
    public List<Talks> talks(@Source List<Statement> statements) {
        return Batches.referenced(statements, s -> s.talks, Talks.class);
    }

    @Name("sources")
    @Description("Where the statement is reported.")
    @Transactional
    public List<@NonNull List<dev.parley.sources.@NonNull Source>> sources(@Source List<Statement> statements) {
        return Citations.cited(Statement.class, statements);
    }
}
