package dev.parley.changes;

import org.eclipse.microprofile.graphql.Description;

@Description("What a committed write did to a record, as the change feed reports it.")
public enum RecordChangeKind {
    @Description("The record was created.")
    CREATED,
    @Description("The record was edited, or (for an incident) its casualty figures were revised.")
    REVISED,
    @Description("The record was retracted; it stays readable by id.")
    RETRACTED
}
