package dev.parley.common;

import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.language.SourceLocation;

/**
 * A domain error caused by one input field. As a {@link GraphQLError} it hands graphql-java the
 * extension {@code field}, which SmallRye adds beside {@code code} so a form can mark that field.
 */
public interface FieldError extends GraphQLError {

    /** The field's path within the mutation's input, e.g. {@code place.country}. */
    String field();

    @Override
    default Map<String, Object> getExtensions() {
        return Map.of("field", field());
    }

    @Override
    default List<SourceLocation> getLocations() {
        return null;
    }

    @Override
    default ErrorClassification getErrorType() {
        return ErrorType.DataFetchingException;
    }
}
