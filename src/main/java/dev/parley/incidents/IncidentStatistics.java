package dev.parley.incidents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.parley.common.InvalidArgumentException;
import dev.parley.common.sql.Alias;
import dev.parley.common.sql.Parameters;
import dev.parley.common.sql.Where;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Counts and casualty sums per group, computed by the database in one GROUP BY query. */
@ApplicationScoped
public class IncidentStatistics {

    static final int MAX_GROUPS = 10_000;

    private static final Alias I = new Alias("incident", "i");

    /** The figures each incident had on asOf: its latest report dated up to that day. */
    private static final String FIGURES_AS_OF = " left join (select cr.incident_id, cr.killed, cr.wounded,"
            + " row_number() over (partition by cr.incident_id order by cr.reported_on desc, cr.id desc) as rn"
            + " from casualty_report cr where cr.reported_on <= %s) c on c.incident_id = i.id and c.rn = 1";

    @Transactional
    public List<IncidentStats> group(IncidentQuery filter, List<StatsDimension> groupBy, LocalDate asOf) {
        if (groupBy.stream().filter(StatsDimension::isPeriod).count() > 1) {
            throw new InvalidArgumentException("groupBy takes at most one of DAY, WEEK and MONTH");
        }
        List<StatsDimension> dimensions = groupBy.stream().distinct().toList();
        String killed = asOf == null ? "i.current_killed" : "c.killed";
        String wounded = asOf == null ? "i.current_wounded" : "c.wounded";
        Parameters parameters = new Parameters();
        Where conditions = filter.where(I).andIfGiven(asOf, I.col("occurred_on") + " <= ?");
        List<String> columns = new ArrayList<>();
        for (StatsDimension dimension : StatsDimension.values()) {
            columns.add(dimensions.contains(dimension) ? dimension.sql : "null");
        }
        String keys = String.join(", ", dimensions.stream().map(d -> d.sql).toList());
        String orderKeys = String.join(", ", dimensions.stream().map(d -> d.sql + " nulls last").toList());
        String sql = "select %s, count(*), count(%s), coalesce(sum(%s), 0), coalesce(sum(%s), 0) from incident i%s%s%s%s limit %d"
                .formatted(String.join(", ", columns), killed, killed, wounded,
                        dimensions.contains(StatsDimension.REGION) ? " join place pl on pl.id = i.place_id" : "",
                        asOf == null ? "" : FIGURES_AS_OF.formatted(parameters.add(asOf)),
                        conditions.where(parameters),
                        keys.isEmpty() ? "" : " group by " + keys + " order by " + orderKeys,
                        MAX_GROUPS + 1);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = parameters.bind(Panache.getEntityManager().createNativeQuery(sql, Object[].class))
                .getResultList();
        if (rows.size() > MAX_GROUPS) {
            throw new InvalidArgumentException("More than %d groups; narrow the filter or group by fewer or coarser dimensions"
                    .formatted(MAX_GROUPS));
        }
        return rows.stream().map(IncidentStatistics::toStats).toList();
    }

    private static IncidentStats toStats(Object[] row) {
        return new IncidentStats(
                (String) row[0],
                row[1] == null ? null : EventType.valueOf((String) row[1]),
                row[2] == null ? null : ((Number) row[2]).longValue(),
                dateOf(row[3] != null ? row[3] : row[4] != null ? row[4] : row[5]),
                Math.toIntExact(((Number) row[6]).longValue()), Math.toIntExact(((Number) row[7]).longValue()),
                Math.toIntExact(((Number) row[8]).longValue()), Math.toIntExact(((Number) row[9]).longValue()));
    }

    private static LocalDate dateOf(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
