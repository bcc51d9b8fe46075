package dev.parley.audit;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the authenticated editor. Envers creates listeners itself, so no injection here. */
public class EditorRevisionListener implements RevisionListener {

    /** Writes made with no one logged in: outside an HTTP request (a job, test data) or by an anonymous caller. */
    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revision) {
        ((Revision) revision).changedBy = currentUser();
    }

    private static String currentUser() {
        String named = RevisionAuthor.current();
        if (named != null) {
            return named;
        }
        if (!Arc.container().requestContext().isActive()) {
            return SYSTEM;
        }
        SecurityIdentity identity = Arc.container().instance(SecurityIdentity.class).get();
        return identity.isAnonymous() ? SYSTEM : identity.getPrincipal().getName();
    }
}
