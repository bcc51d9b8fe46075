package dev.parley.sources;

import dev.parley.common.errors.ErrorBoundary;
import dev.parley.common.Inputs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** Adding a source has no rule beyond its input's constraints, so there is no service. */
@GraphQLApi
@ErrorBoundary
public class SourceMutationGraphQLApi {

    @Inject
    Inputs inputs;

    @Mutation("addSource")
    @RolesAllowed("editor")
    @Description("Add a source that talks, statements, incidents and casualty reports can then cite. Needs the editor role.")
    @Transactional
    public @NonNull Source addSource(@NonNull @Description("The source.") AddSource input) {
        inputs.validate(input);
        Source source = new Source();
        source.title = input.title();
        source.publisher = input.publisher();
        source.publishedOn = input.publishedOn();
        source.url = input.url();
        source.notes = input.notes();
        source.persist();
        return source;
    }
}
