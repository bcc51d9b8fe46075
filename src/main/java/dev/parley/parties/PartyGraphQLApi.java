package dev.parley.parties;

import dev.parley.common.errors.ErrorBoundary;
import java.util.List;

import dev.parley.common.batch.Batches;
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
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@ErrorBoundary
public class PartyGraphQLApi {

    @Inject
    Paging paging;

    @Query("parties")
    @Description("States, blocs, armed forces and services, by name.")
    @Transactional
    public @NonNull Connection<Party> parties(
            @Description(Paging.FIRST) Integer first, @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last, @Description(Paging.BEFORE) String before) {
        return new KeysetQuery<>(Party.class, "party", SortKey.byText("e.name", (Party party) -> party.name))
                .fetch(paging.request(first, after, last, before));
    }

    @Query("people")
    @Description("Envoys, mediators, ministers and leaders, by name.")
    @Transactional
    public @NonNull Connection<Person> people(
            @Description(Paging.FIRST) Integer first, @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last, @Description(Paging.BEFORE) String before) {
        return new KeysetQuery<>(Person.class, "person", SortKey.byText("e.name", (Person person) -> person.name))
                .fetch(paging.request(first, after, last, before));
    }

    @Description("The party this one belongs to, e.g. Ukraine for the SBU; null for a top-level party.")
    @Transactional
    public List<Party> parent(@Source List<Party> parties) {
        return Batches.referenced(parties, p -> p.parent, Party.class);
    }

    @Description("The party this person acts for.")
    @Transactional
    public List<Party> party(@Source List<Person> people) {
        return Batches.referenced(people, p -> p.party, Party.class);
    }
}
