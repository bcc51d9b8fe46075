package dev.parley.incidents;

import java.time.LocalDate;
import java.util.List;

import dev.parley.common.InvalidArgumentException;
import dev.parley.common.Retraction;
import dev.parley.common.batch.Batches;
import dev.parley.common.paging.Connection;
import dev.parley.common.paging.KeysetQuery;
import dev.parley.common.paging.Paging;
import dev.parley.parties.Party;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class IncidentGraphQLApi {

    @Inject
    Paging paging;

    @Query("incidents")
    @Description("Battlefield incidents in date order (oldest first), optionally within a date range.")
    @Transactional
    public @NonNull Connection<Incident> incidents(
            @Description(Paging.FIRST) Integer first, @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last, @Description(Paging.BEFORE) String before,
            @Description("Only incidents on or after this date.") LocalDate from,
            @Description("Only incidents on or before this date.") LocalDate to,
            @DefaultValue("false") @Description(Retraction.INCLUDE_RETRACTED) boolean includeRetracted) {
        InvalidArgumentException.requireOrdered("from", from, "to", to);
        return new KeysetQuery<>(Incident.class, "e.occurredOn", incident -> incident.occurredOn, LocalDate::parse, false)
                .where("e.occurredOn >= :from", "from", from)
                .where("e.occurredOn <= :to", "to", to)
                .where(Retraction.STANDING, "includeRetracted", includeRetracted)
                .fetch(paging.request(first, after, last, before));
    }

    @Query("incident")
    @Description("One incident by id; null when no incident has that id.")
    @Transactional
    public Incident incident(@NonNull @Id @Description("The incident's id.") String id) {
        return Incident.findById(InvalidArgumentException.parseId("id", id));
    }

    @Description("Where it happened.")
    @Transactional
    public List<@NonNull Place> place(@Source List<Incident> incidents) {
        return Batches.referenced(incidents, i -> i.place, Place.class);
    }

    @Description("Who carried it out; null when the sources do not say (see actorInferred).")
    @Transactional
    public List<Party> actor(@Source List<Incident> incidents) {
        return Batches.referenced(incidents, i -> i.actor, Party.class);
    }

    @Description("The party claiming it, for a CLAIMED incident.")
    @Transactional
    public List<Party> claimedBy(@Source List<Incident> incidents) {
        return Batches.referenced(incidents, i -> i.claimedBy, Party.class);
    }

    @Description("The current casualty figures: the latest report. Null when no figures have been reported.")
    @Transactional
    public List<CasualtyReport> casualties(@Source List<Incident> incidents) {
        return Batches.groupUnder(incidents, CasualtyReport.historyOf(Batches.ids(incidents)), r -> r.incident.id)
                .stream()
                .map(history -> history.isEmpty() ? null : history.get(history.size() - 1))
                .toList();
    }

    @Description("Every casualty report for the incident, oldest first; revisions never replace earlier reports.")
    @Transactional
    public List<@NonNull List<@NonNull CasualtyReport>> casualtyHistory(@Source List<Incident> incidents) {
        return Batches.groupUnder(incidents, CasualtyReport.historyOf(Batches.ids(incidents)), r -> r.incident.id);
    }
}
