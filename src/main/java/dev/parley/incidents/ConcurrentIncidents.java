package dev.parley.incidents;

import java.util.ArrayList;
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
     * follows the rows returned, not the incidents in the window.
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
            union.add(("(select {i.*}, %d as talks_key from incident i where i.occurred_on between :from%d and :to%d%s"
                    + " order by i.occurred_on, i.id limit %d)")
                    .formatted(distinct.get(k).id, k, k, filter, window.first()));
        }
        NativeQuery<?> query = parameters.bind(Panache.getEntityManager().unwrap(Session.class)
                .createNativeQuery(union.toString())
                .addEntity("i", Incident.class)
                .addScalar("talks_key", StandardBasicTypes.LONG));
        for (int k = 0; k < distinct.size(); k++) {
            Talks t = distinct.get(k);
            query.setParameter("from" + k, window.firstDay(t));
            query.setParameter("to" + k, window.lastDay(t));
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] pair = (Object[]) row;
            rows.add(new Object[] { pair[1], pair[0] });
        }
        return Batches.groupPairs(talks, rows, Incident.class).stream()
                .map(group -> group.stream().sorted(IN_DATE_ORDER).toList())
                .toList();
    }
}
