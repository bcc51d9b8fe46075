package dev.parley.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** Counts the SQL statements Hibernate prepares while a request runs (needs hibernate-orm.statistics). */
@ApplicationScoped
public class SqlStatements {

    @Inject
    SessionFactory sessionFactory;

    public long countDuring(Runnable request) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        request.run();
        return statistics.getPrepareStatementCount();
    }
}
