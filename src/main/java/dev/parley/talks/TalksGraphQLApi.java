package dev.parley.talks;

import dev.parley.common.Ids;
import dev.parley.common.errors.ErrorBoundary;
import java.util.List;

import dev.parley.common.Retraction;
import dev.parley.common.batch.Batches;
import dev.parley.common.paging.Connection;
import dev.parley.common.paging.Paging;
import dev.parley.conflicts.Conflict;
import dev.parley.parties.Party;
import dev.parley.parties.Person;
import dev.parley.sources.Citations;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@ErrorBoundary
public class TalksGraphQLApi {

    @Inject
    Paging paging;

    @Query("talks")
    @Description("Rounds of talks, by start date (earliest first unless orderBy says otherwise).")
    @Transactional
    public @NonNull Connection<Talks> talks(
            @Description("Which talks; all when omitted.") TalksFilter filter,
            @DefaultValue("START_DATE_ASC") @Description("The order of the list.") TalksOrder orderBy,
            @Description(Paging.FIRST) Integer first, @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last, @Description(Paging.BEFORE) String before,
            @DefaultValue("false") @Description(Retraction.INCLUDE_RETRACTED) Boolean includeRetracted) {
        TalksOrder order = orderBy == null ? TalksOrder.START_DATE_ASC : orderBy;
        return TalksQuery.of(filter, Boolean.TRUE.equals(includeRetracted))
                .page(order, paging.request(first, after, last, before));
    }

    @Query("talk")
    @Description("One round of talks by id; null when no talks have that id.")
    @Transactional
    public Talks talk(@NonNull @Id @Description("The talks' id.") String id) {
        return Talks.findById(Ids.ofArgument("id", id));
    }

    @Description("Who takes part, for which party, in what role: named people and delegations alike.")
    @Transactional
    public List<@NonNull List<@NonNull Participation>> participants(@Source List<Talks> talks) {
        return Batches.groupUnder(talks, Participation.ofTalks(Batches.ids(talks)), p -> p.talks.id);
    }

    @Description("The people mediating the talks (participants in the MEDIATOR role).")
    @Transactional
    public List<@NonNull List<@NonNull Person>> mediators(@Source List<Talks> talks) {
        List<Participation> mediations = Participation.ofTalksInRole(Batches.ids(talks), ParticipationRole.MEDIATOR);
        return Batches.groupUnder(talks, mediations, p -> p.talks.id).stream()
                .map(group -> group.stream().map(p -> p.person).toList())
                .toList();
    }

    @Description("The party whose envoys mediate, if any.")
    @Transactional
    public List<Party> mediatingParty(@Source List<Talks> talks) {
        return Batches.referenced(talks, t -> t.mediatingParty, Party.class);
    }

    @Description("The conflict these talks are meant to end.")
    @Transactional
    public List<Conflict> conflict(@Source List<Talks> talks) {
        return Batches.referenced(talks, t -> t.conflict, Conflict.class);
    }

    @Name("sources")
    @Description("Where the facts about these talks come from.")
    @Transactional
    public List<@NonNull List<dev.parley.sources.@NonNull Source>> sources(@Source List<Talks> talks) {
        return Citations.cited(Talks.class, talks);
    }
}
