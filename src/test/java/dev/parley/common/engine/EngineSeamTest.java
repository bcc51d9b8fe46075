package dev.parley.common.engine;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.parley.common.batch.BatchedFields;
import dev.parley.support.GraphQL;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.parser.Parser;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The engine's fast path is installed through SmallRye's DataFetcherService: no field below the root of the Miami
 * query is read or batched by one of SmallRye's own fetchers, and the whole query runs in one transaction.
 */
@QuarkusTest
class EngineSeamTest {

    @Inject
    GraphQLSchema schema;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void noFieldIsMatchedAgainstAVisibilityPattern() {
        assertSame(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY, schema.getCodeRegistry().getFieldVisibility());
    }

    @Test
    void everyScalarAClientCanSendHasAStrictCoercion() {
        // A scalar left to SmallRye's own coercion lets a value of the wrong kind reach the resolver, which then
        // answers null and an INTERNAL_ERROR: a new input scalar needs its case in StrictCoercions.
        Set<String> sendable = new TreeSet<>();
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (type.getName().startsWith("__")) {
                continue;
            }
            if (type instanceof GraphQLInputObjectType input) {
                input.getFieldDefinitions().forEach(field -> sendable.add(GraphQLTypeUtil.unwrapAll(field.getType()).getName()));
            }
            if (type instanceof GraphQLFieldsContainer container) {
                container.getFieldDefinitions().forEach(field -> field.getArguments()
                        .forEach(argument -> sendable.add(GraphQLTypeUtil.unwrapAll(argument.getType()).getName())));
            }
        }
        List<String> lenient = sendable.stream()
                .filter(name -> schema.getType(name) instanceof GraphQLScalarType scalar
                        && StrictCoercions.judging(scalar) == null)
                .toList();
        assertEquals(List.of(), lenient);
        assertTrue(sendable.containsAll(List.of("Int", "Float", "ID", "String", "Boolean", "Date", "DateTime")), sendable::toString);
    }

    @Test
    void noSmallRyeFetcherBelowTheRootOfTheMiamiQuery() {
        GraphQL.post(GraphQL.document("miami-round.graphql")).body("errors", nullValue());

        List<String> bySmallRye = new ArrayList<>();
        List<String> batched = new ArrayList<>();
        QueryTraverser.newQueryTraverser().schema(schema)
                .document(Parser.parse(GraphQL.document("miami-round.graphql"))).variables(java.util.Map.of())
                .build().visitPreOrder(new QueryVisitorStub() {
                    @Override
                    public void visitField(QueryVisitorFieldEnvironment field) {
                        if (field.getParentEnvironment() == null || field.isTypeNameIntrospectionField()) {
                            return; // root operations keep Quarkus's fetchers (request context, security)
                        }
                        GraphQLFieldsContainer parent = field.getFieldsContainer();
                        DataFetcher<?> fetcher = schema.getCodeRegistry().getDataFetcher(
                                graphql.schema.FieldCoordinates.coordinates(parent.getName(), field.getFieldDefinition().getName()),
                                field.getFieldDefinition());
                        String coordinates = parent.getName() + "." + field.getFieldDefinition().getName();
                        if (fetcher.getClass().getName().startsWith("io.smallrye.graphql")
                                || fetcher.getClass().getName().startsWith("io.quarkus.smallrye.graphql")) {
                            bySmallRye.add(coordinates + " " + fetcher.getClass().getName());
                        }
                        if (fetcher.getClass().getEnclosingClass() == BatchedFields.class) {
                            batched.add(coordinates);
                        }
                    }
                });

        assertEquals(List.of(), bySmallRye);
        assertTrue(batched.containsAll(List.of("Talks.participants", "Talks.concurrentIncidents", "Incident.place",
                "Incident.casualties", "Participation.person")), batched.toString());
        assertTrue(BatchedFields.known().keySet().containsAll(List.of("Talks.concurrentIncidents", "Incident.casualties")),
                BatchedFields.known().keySet().toString());
    }

    @Test
    void theMiamiQueryRunsInOneReadOnlyTransaction() {
        Statistics statistics = sessionFactory.getStatistics();
        GraphQL.post(GraphQL.document("miami-round.graphql")).body("errors", nullValue());
        statistics.clear();
        GraphQL.post(GraphQL.document("miami-round.graphql")).body("errors", nullValue());
        assertEquals(1, statistics.getTransactionCount(), "transactions");
        assertEquals(1, statistics.getSessionOpenCount(), "sessions");
    }

    @Test
    void oneFieldsErrorLeavesTheOtherFieldsTheirData() {
        // The first field fails inside its resolver's (joined) transaction; the fields after it still read
        GraphQL.post("""
                { bad: talk(id: "not-an-id") { id } talks(first: 1) { edges { node { title participants { role } } } } }
                """)
                .body("errors.size()", equalTo(1))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("data.bad", nullValue())
                .body("data.talks.edges[0].node.title", notNullValue())
                .body("data.talks.edges[0].node.participants.size()", greaterThan(0));
    }
}
