package dev.parley.audit;

import org.eclipse.microprofile.graphql.Description;

@Description("What a change did to the record.")
public enum ChangeKind {
    @Description("The record was created.")
    CREATED,
    @Description("Fields of the record were changed (a retraction is such a change).")
    UPDATED,
    @Description("The record was deleted. Parley retracts instead of deleting, so this only appears for records removed by hand.")
    DELETED
}
