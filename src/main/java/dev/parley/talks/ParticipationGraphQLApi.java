package dev.parley.talks;

import dev.parley.common.errors.ErrorBoundary;
import java.util.List;

import dev.parley.common.batch.Batches;
import dev.parley.parties.Party;
import dev.parley.parties.Person;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@ErrorBoundary
public class ParticipationGraphQLApi {

    @Description("The person taking part; null for a delegation with no named member.")
    @Transactional
    public List<Person> person(@Source List<Participation> participations) {
        return Batches.referenced(participations, p -> p.person, Person.class);
    }

    @Description("The party the participant represents.")
    @Transactional
    public List<@NonNull Party> party(@Source List<Participation> participations) {
        return Batches.referenced(participations, p -> p.party, Party.class);
    }

    @Description("The talks taken part in.")
    @Transactional
    public List<@NonNull Talks> talks(@Source List<Participation> participations) {
        return Batches.referenced(participations, p -> p.talks, Talks.class);
    }
}
