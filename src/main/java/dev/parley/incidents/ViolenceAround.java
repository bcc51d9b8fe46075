package dev.parley.incidents;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.StringJoiner;

import dev.parley.common.sql.Alias;
import dev.parley.common.sql.Parameters;
import dev.parley.common.sql.Where;
import dev.parley.talks.Talks;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/** Tallies the talks' window and the window before it for many talks in one statement. */
@ApplicationScoped
public class ViolenceAround {

    private static final Alias I = new Alias("incident", "i");

    @Transactional
    public List<ViolenceComparison> compare(List<Talks> talks, IncidentWindow window) {
        Parameters parameters = new Parameters();
        StringJoiner union = new StringJoiner(" union all ");
        // windows[k][0] is the talks' window, windows[k][1] the one before it
        LocalDate[][][] windows = new LocalDate[talks.size()][2][];
        for (int k = 0; k < talks.size(); k++) {
            Talks t = talks.get(k);
            LocalDate from = window.firstDay(t);
            LocalDate to = window.lastDay(t);
            long length = ChronoUnit.DAYS.between(from, to) + 1;
            windows[k][0] = new LocalDate[] { from, to };
            windows[k][1] = new LocalDate[] { from.minusDays(length), from.minusDays(1) };
            for (int w = 0; w < 2; w++) {
                Where tallied = new Where().and(I.col("occurred_on") + " between ? and ?", windows[k][w][0], windows[k][w][1])
                        .and(window.filter().where(I));
                union.add(("select %d as k, %d as w, count(*), coalesce(sum(i.current_killed), 0), "
                        + "coalesce(sum(i.current_wounded), 0) from %s%s")
                        .formatted(k, w, I.from(), tallied.where(parameters)));
            }
        }
        Query query = parameters.bind(Panache.getEntityManager().createNativeQuery(union.toString(), Object[].class));
        ViolenceComparison.Tally[][] tallies = new ViolenceComparison.Tally[talks.size()][2];
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            int k = ((Number) r[0]).intValue();
            int w = ((Number) r[1]).intValue();
            tallies[k][w] = new ViolenceComparison.Tally(windows[k][w][0], windows[k][w][1],
                    Math.toIntExact(((Number) r[2]).longValue()), Math.toIntExact(((Number) r[3]).longValue()),
                    Math.toIntExact(((Number) r[4]).longValue()));
        }
        return java.util.stream.IntStream.range(0, talks.size())
                .mapToObj(k -> ViolenceComparison.of(tallies[k][0], tallies[k][1]))
                .toList();
    }
}
