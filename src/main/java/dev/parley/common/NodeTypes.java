package dev.parley.common;

import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

import dev.parley.conflicts.Conflict;
import dev.parley.incidents.CasualtyReport;
import dev.parley.incidents.Incident;
import dev.parley.incidents.Place;
import dev.parley.parties.Party;
import dev.parley.parties.Person;
import dev.parley.proposals.Proposal;
import dev.parley.proposals.Provision;
import dev.parley.proposals.Stance;
import dev.parley.sources.Source;
import dev.parley.statements.Statement;
import dev.parley.talks.Participation;
import dev.parley.talks.Talks;
import io.quarkus.hibernate.orm.panache.Panache;

/** Which table holds an id: ids come from one sequence, so at most one does. */
final class NodeTypes {

    private record Table(String name, Class<? extends ParleyEntity> type) {
    }

    private static final List<Table> TABLES = List.of(
            new Table("conflict", Conflict.class), new Table("source", Source.class),
            new Table("party", Party.class), new Table("person", Person.class),
            new Table("talks", Talks.class), new Table("participation", Participation.class),
            new Table("proposal", Proposal.class), new Table("provision", Provision.class),
            new Table("stance", Stance.class), new Table("statement", Statement.class),
            new Table("place", Place.class), new Table("incident", Incident.class),
            new Table("casualty_report", CasualtyReport.class));

    /** One statement: a primary-key probe of every table at once. */
    private static final String PROBE;

    static {
        StringJoiner union = new StringJoiner(" union all ");
        for (int i = 0; i < TABLES.size(); i++) {
            union.add("select %d from %s where id = :id".formatted(i, TABLES.get(i).name()));
        }
        PROBE = union.toString();
    }

    private NodeTypes() {
    }

    static Optional<Class<? extends ParleyEntity>> typeOf(long id) {
        List<?> hits = Panache.getEntityManager().createNativeQuery(PROBE).setParameter("id", id).getResultList();
        return hits.stream().findFirst().map(hit -> TABLES.get(((Number) hit).intValue()).type());
    }
}
