package dev.parley.common;

import dev.parley.common.errors.ErrorBoundary;
import java.util.List;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@ErrorBoundary
public class NodeGraphQLApi {

    @Inject
    NodeTypes nodeTypes;

    @Query("node")
    @Description("Any record by its id, whatever its type; null when no record has that id.")
    @Transactional
    public Node node(@NonNull @Id @Description("An `id` returned by this API.") String id) {
        long key = Ids.ofArgument("id", id);
        return nodeTypes.typeOf(key).map(type -> (Node) Panache.getEntityManager().find(type, key)).orElse(null);
    }
}
