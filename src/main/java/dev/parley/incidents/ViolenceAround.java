package dev.parley.incidents;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import dev.parley.common.SqlConditions;
import dev.parley.talks.Talks;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/** Tallies the talks' window and the window before it for many talks in one statement. */
@ApplicationScoped
public class ViolenceAround {

    @Transactional
    public List<ViolenceComparison> compare(List<Talks> talks, IncidentWindow window) {
        SqlConditions filter = window.filter().toSql("i");
        StringJoiner union = new StringJoiner(" union all ");
        Map<String, LocalDate> bounds = new HashMap<>();
        for (int k = 0; k < talks.size(); k++) {
            Talks t = talks.get(k);
            LocalDate from = window.firstDay(t);
            LocalDate to = window.lastDay(t);
            long length = ChronoUnit.DAYS.between(from, to) + 1;
            bounds.put("df" + k, from);
            bounds.put("dt" + k, to);
            bounds.put("bf" + k, from.minusDays(length));
            bounds.put("bt" + k, from.minusDays(1));
            for (String w : new String[] { "d", "b" }) {
                union.add(("select %d as k, '%s' as w, count(*), coalesce(sum(i.current_killed), 0), "
                        + "coalesce(sum(i.current_wounded), 0) from incident i where i.occurred_on between :%sf%d and :%st%d%s")
                        .formatted(k, w, w, k, w, k, filter.and()));
            }
        }
        Query query = filter.bind(Panache.getEntityManager().createNativeQuery(union.toString(), Object[].class));
        bounds.forEach(query::setParameter);
        ViolenceComparison.Tally[][] tallies = new ViolenceComparison.Tally[talks.size()][2];
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            int k = ((Number) r[0]).intValue();
            String w = r[1].toString().trim();
            tallies[k]["d".equals(w) ? 0 : 1] = new ViolenceComparison.Tally(bounds.get(w + "f" + k), bounds.get(w + "t" + k),
                    Math.toIntExact(((Number) r[2]).longValue()), Math.toIntExact(((Number) r[3]).longValue()),
                    Math.toIntExact(((Number) r[4]).longValue()));
        }
        return java.util.stream.IntStream.range(0, talks.size())
                .mapToObj(k -> ViolenceComparison.of(tallies[k][0], tallies[k][1]))
                .toList();
    }
}
