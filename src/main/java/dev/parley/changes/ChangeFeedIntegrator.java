package dev.parley.changes;

import org.hibernate.boot.Metadata;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;

/**
 * Puts {@link ChangeFeedListener} on Hibernate's post-insert and post-update events. Registered through
 * META-INF/services, which Quarkus reads at build time as Hibernate does (Envers is wired the same way).
 */
public class ChangeFeedIntegrator implements Integrator {

    @Override
    public void integrate(Metadata metadata, org.hibernate.boot.spi.BootstrapContext bootstrapContext,
            SessionFactoryImplementor sessionFactory) {
        ChangeFeedListener listener = new ChangeFeedListener();
        EventListenerRegistry listeners = sessionFactory.getServiceRegistry().getService(EventListenerRegistry.class);
        listeners.appendListeners(EventType.POST_INSERT, listener);
        listeners.appendListeners(EventType.POST_UPDATE, listener);
    }
}
