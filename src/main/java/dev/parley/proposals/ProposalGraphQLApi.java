package dev.parley.proposals;

import dev.parley.common.errors.ErrorBoundary;
import java.util.List;

import dev.parley.common.batch.Batches;
import dev.parley.common.paging.Connection;
import dev.parley.common.paging.KeysetQuery;
import dev.parley.common.paging.Paging;
import dev.parley.common.paging.SortKey;
import dev.parley.parties.Party;
import dev.parley.parties.Person;
import dev.parley.talks.Talks;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@ErrorBoundary
public class ProposalGraphQLApi {

    @Inject
    Paging paging;

    @Query("proposals")
    @Description("Peace proposals, by title.")
    @Transactional
    public @NonNull Connection<Proposal> proposals(
            @Description(Paging.FIRST) Integer first, @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last, @Description(Paging.BEFORE) String before) {
        return new KeysetQuery<>(Proposal.class, "proposal", SortKey.byText("e.title", (Proposal proposal) -> proposal.title))
                .fetch(paging.request(first, after, last, before));
    }

    @Description("Proposals on the table at these talks.")
    @Transactional
    public List<@NonNull List<@NonNull Proposal>> proposals(@Source List<Talks> talks) {
        return Batches.linkedRowsFor(talks, Proposal.class, "talks_proposal", "select tp.talks_id as parent_key, {e.*}"
                + " from proposal e join talks_proposal tp on tp.proposal_id = e.id where tp.talks_id = any(:ids)"
                + " order by e.id");
    }

    @Description("The party that put the proposal forward.")
    @Transactional
    public List<Party> proposedBy(@Source List<Proposal> proposals) {
        return Batches.referenced(proposals, p -> p.proposedBy, Party.class);
    }

    @Description("The proposal's points, in order.")
    @Transactional
    public List<@NonNull List<@NonNull Provision>> provisions(@Source List<Proposal> proposals) {
        List<Provision> provisions = Batches.rowsFor(Provision.class,
                "select {e.*} from provision e where e.proposal_id = any(:ids) order by e.ordinal, e.id", Batches.ids(proposals));
        return Batches.groupUnder(proposals, provisions, p -> p.proposal.id);
    }

    @Description("The parties' positions on the proposal and its provisions.")
    @Transactional
    public List<@NonNull List<@NonNull Stance>> stances(@Source List<Proposal> proposals) {
        List<Stance> stances = Batches.rowsFor(Stance.class,
                "select {e.*} from stance e where e.proposal_id = any(:ids) order by e.id", Batches.ids(proposals));
        return Batches.groupUnder(proposals, stances, s -> s.proposal.id);
    }

    @Description("The party taking the stance.")
    @Transactional
    public List<@NonNull Party> party(@Source List<Stance> stances) {
        return Batches.referenced(stances, s -> s.party, Party.class);
    }

    @Description("Who voiced the stance, if the sources name someone.")
    @Transactional
    public List<Person> voicedBy(@Source List<Stance> stances) {
        return Batches.referenced(stances, s -> s.voicedBy, Person.class);
    }

    @Description("The provision the stance is about; null when it is about the proposal as a whole.")
    @Transactional
    public List<Provision> provision(@Source List<Stance> stances) {
        return Batches.referenced(stances, s -> s.provision, Provision.class);
    }
}
