package dev.parley.talks;

import java.util.ArrayList;
import java.util.List;

import dev.parley.common.batch.Batches;
import dev.parley.common.Node;
import dev.parley.common.ParleyEntity;
import dev.parley.parties.Party;
import dev.parley.parties.Person;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.query.NativeQuery;

@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Description("A person, or a party's delegation with no named member, taking part in talks for a party.")
public class Participation extends ParleyEntity implements Node {

    @Version
    @Description("Version of the record, raised by every change; updates must name the version they were made against.")
    public int version;

    @Ignore
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "talks_id")
    public Talks talks;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    public Person person;

    @Ignore
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "party_id")
    public Party party;

    @NotNull
    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("The part played at the talks.")
    public ParticipationRole role;

    @NotNull
    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Whether the participant is there, on the way or only expected.")
    public Attendance attendance;

    @Description("What the sources add, e.g. 'announced on 20 December that he was heading to Miami'.")
    public String notes;

    /**
     * The participants of many talks, each with its person and party from the same row (a primary-key join: the
     * {@code person} and {@code party} fields then find them in the session instead of running two more statements).
     * The talks' ids come as one array ({@link Batches#rowsFor} says why).
     */
    public static List<Participation> ofTalks(List<Long> talksIds) {
        return participationsOf(Batches.overIds(
                "select {p.*}, {pp.*}, {pt.*} from participation p left join person pp on pp.id = p.person_id"
                        + " join party pt on pt.id = p.party_id where p.talks_id = any(:ids) order by p.id", talksIds)
                .addEntity("p", Participation.class)
                .addEntity("pp", Person.class)
                .addEntity("pt", Party.class));
    }

    /** With the person loaded, as every caller wants the people themselves. */
    public static List<Participation> ofTalksInRole(List<Long> talksIds, ParticipationRole role) {
        return participationsOf(Batches.overIds(
                "select {p.*}, {pp.*} from participation p join person pp on pp.id = p.person_id"
                        + " where p.talks_id = any(:ids) and p.role = :role order by p.id", talksIds)
                .setParameter("role", role.name())
                .addEntity("p", Participation.class)
                .addEntity("pp", Person.class));
    }

    /** The participation of each row, whose person and party the session now holds. */
    private static List<Participation> participationsOf(NativeQuery<?> rows) {
        List<Participation> participations = new ArrayList<>();
        for (Object row : rows.addSynchronizedEntityClass(Participation.class).getResultList()) {
            participations.add((Participation) ((Object[]) row)[0]);
        }
        return participations;
    }
}
