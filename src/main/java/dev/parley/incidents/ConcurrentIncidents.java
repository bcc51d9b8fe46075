package dev.parley.incidents;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.StringJoiner;

import dev.parley.common.sql.Alias;
import dev.parley.common.sql.Parameters;
import dev.parley.common.batch.Batches;
import dev.parley.talks.Talks;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/** Finds the incidents around many talks at once: the first n of each talks' window, in one statement. */
@ApplicationScoped
public class ConcurrentIncidents {

    private static final Comparator<Incident> IN_DATE_ORDER =
            Comparator.comparing((Incident i) -> i.occurredOn).thenComparing(i -> i.id);

    /**
     * One branch per talks, each an index range scan on (occurred_on, id) that stops after n rows, so the cost
     * follows the rows returned, not the incidents in the window. Each incident's place comes in the same row (a
     * primary-key join, a second entity of the row): the {@code place} field then finds it in the session instead of
     * running another statement. (A fetch join, {@code addJoin}, would do the same, but Hibernate's plan cache does
     * not recognise such a mapping as equal to the last one: every request added an entry under the same hash.)
     */
    @Transactional
    public List<List<Incident>> around(List<Talks> talks, IncidentWindow window) {
        if (window.first() == 0) {
            return talks.stream().map(t -> List.<Incident> of()).toList();
        }
        // The same talks may come twice (two aliases with equal arguments, or reached by two paths): one branch each
        Map<Long, Talks> byId = new LinkedHashMap<>();
        talks.forEach(t -> byId.putIfAbsent(t.id, t));
        List<Talks> distinct = List.copyOf(byId.values());
        Parameters parameters = new Parameters();
        String filter = window.filter().where(new Alias("incident", "i")).and(parameters);
        StringJoiner union = new StringJoiner(" union all ");
        for (int k = 0; k < distinct.size(); k++) {
            // The talks' id is a parameter, not part of the text: the same text for the next page of talks, so
            // Hibernate's plan cache and PostgreSQL's prepared statement serve it again.
            union.add(("(select cast(:key%d as bigint) as talks_key, {i.*}, {ip.*} from incident i"
                    + " left join place ip on ip.id = i.place_id"
                    + " where i.occurred_on between :from%d and :to%d%s order by i.occurred_on, i.id limit %d)")
                    .formatted(k, k, k, filter, window.first()));
        }
        NativeQuery<?> query = parameters.bind(Panache.getEntityManager().unwrap(Session.class)
                .createNativeQuery(union.toString())
                .addScalar("talks_key", StandardBasicTypes.LONG) // rows of [talks id, incident, place]
                .addEntity("i", Incident.class)
                .addEntity("ip", Place.class));
        for (int k = 0; k < distinct.size(); k++) {
            Talks t = distinct.get(k);
            query.setParameter("key" + k, t.id);
            query.setParameter("from" + k, window.firstDay(t));
            query.setParameter("to" + k, window.lastDay(t));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = (List<Object[]>) query.getResultList();
        return Batches.groupPairs(talks, rows, Incident.class).stream()
                .map(group -> group.stream().sorted(IN_DATE_ORDER).toList())
                .toList();
    }
}
