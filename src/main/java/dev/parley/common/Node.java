package dev.parley.common;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** The Relay Node interface: every record can be fetched again by its id alone. */
@Description("Any record with a globally unique id; fetch one again with `node(id:)` (Relay, Apollo cache normalisation).")
public interface Node {

    @Id
    @NonNull
    @Description("Identifier, unique across every type in Parley and stable for the life of the record.")
    Long getId();
}
