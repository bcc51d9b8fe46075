package dev.parley.common.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Parameter names are handed out per statement, so conditions from different places cannot collide. */
class WhereTest {

    private static final Alias I = new Alias("incident", "i");

    @Test
    void conditionsFromTwoBuildersGetDistinctNamesInOneStatement() {
        Where filter = new Where().andIfGiven(5, I.col("current_killed") + " >= ?");
        Where range = new Where().and(I.col("occurred_on") + " between ? and ?", "2024-01-01", "2024-06-30");
        Parameters parameters = new Parameters();
        assertEquals(" where i.current_killed >= :p1 and i.occurred_on between :p2 and :p3",
                filter.copy().and(range).where(parameters));
        assertEquals(" and i.current_killed >= :p4", filter.and(parameters));
    }

    @Test
    void aValueTheClientLeftOutLeavesItsConditionOut() {
        Where where = new Where().andIfGiven(null, "a = ?").andIfGiven(List.of(), "b in (?)").andIfGiven("x", "(c = ? or d = ?)");
        assertEquals(" where (c = :p1 or d = :p2)", where.where(new Parameters()));
        assertEquals("", new Where().where(new Parameters()));
    }

    @Test
    void aPlaceholderWithoutItsValueIsRefusedWhenAdded() {
        assertThrows(IllegalArgumentException.class, () -> new Where().and("a = ? and b = ?", 1));
        assertThrows(IllegalArgumentException.class, () -> new Where().and("a = ?", 1, 2));
    }
}
