package dev.parley.incidents;

import dev.parley.common.Ids;
import dev.parley.common.errors.ErrorBoundary;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.parley.common.Inputs;
import dev.parley.common.Retraction;
import dev.parley.common.batch.Batches;
import dev.parley.common.paging.Connection;
import dev.parley.common.paging.Paging;
import dev.parley.conflicts.Conflict;
import dev.parley.parties.Party;
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
public class IncidentGraphQLApi {

    @Inject
    Paging paging;

    @Inject
    CasualtyReports casualtyReports;

    @Query("incidents")
    @Description("Battlefield incidents, filtered and ordered (oldest first unless orderBy says otherwise).")
    @Transactional
    public @NonNull Connection<Incident> incidents(
            @Description("Which incidents; all when omitted.") IncidentFilter filter,
            @DefaultValue("DATE_ASC") @Description("The order of the list.") IncidentOrder orderBy,
            @Description(Paging.FIRST) Integer first, @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last, @Description(Paging.BEFORE) String before,
            @DefaultValue("false") @Description(Retraction.INCLUDE_RETRACTED) Boolean includeRetracted) {
        IncidentOrder order = orderBy == null ? IncidentOrder.DATE_ASC : orderBy;
        return IncidentQuery.of(filter).includingRetracted(Boolean.TRUE.equals(includeRetracted))
                .page(order, paging.request(first, after, last, before));
    }

    @Query("incident")
    @Description("One incident by id; null when no incident has that id.")
    @Transactional
    public Incident incident(@NonNull @Id @Description("The incident's id.") String id) {
        return Incident.findById(Ids.ofArgument("id", id));
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

    @Description("The first side the source dataset names (UCDP side_a, ACLED actor1); the order says nothing of who attacked. Null when not imported.")
    @Transactional
    public List<Party> sideA(@Source List<Incident> incidents) {
        return Batches.referenced(incidents, i -> i.sideA, Party.class);
    }

    @Description("The second side the source dataset names (UCDP side_b, ACLED actor2); null when it names none.")
    @Transactional
    public List<Party> sideB(@Source List<Incident> incidents) {
        return Batches.referenced(incidents, i -> i.sideB, Party.class);
    }

    @Description("The party claiming it, for a CLAIMED incident.")
    @Transactional
    public List<Party> claimedBy(@Source List<Incident> incidents) {
        return Batches.referenced(incidents, i -> i.claimedBy, Party.class);
    }

    @Description("The casualty figures: the latest report, or the latest known on asOf. Null when none was reported.")
    public List<CasualtyReport> casualties(@Source List<Incident> incidents,
            @Description("Figures as they were known on this date (reports dated up to it), to reproduce a published chart.") LocalDate asOf) {
        Inputs.checkArgument("asOf", asOf);
        return casualtyReports.latest(incidents, Optional.ofNullable(asOf));
    }

    @Description("Every casualty report for the incident, oldest first; revisions never replace earlier reports.")
    public List<@NonNull List<@NonNull CasualtyReport>> casualtyHistory(@Source List<Incident> incidents) {
        return casualtyReports.histories(incidents);
    }

    @Name("conflict")
    @Description("The conflict this incident belongs to.")
    @Transactional
    public List<Conflict> conflictOf(@Source List<Incident> incidents) {
        return Batches.referenced(incidents, i -> i.conflict, Conflict.class);
    }

    @Name("sources")
    @Description("Where the incident is reported.")
    @Transactional
    public List<@NonNull List<dev.parley.sources.@NonNull Source>> sources(@Source List<Incident> incidents) {
        return Citations.cited(Incident.class, incidents);
    }
}
