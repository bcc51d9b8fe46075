package dev.parley.common.engine;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertThrows;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import org.junit.jupiter.api.Test;

/** The chain answers per-field questions itself, so it must refuse a member that would have answered them. */
class OperationInstrumentationsTest {

    @Test
    void refusesAMemberThatWorksPerField() {
        SimplePerformantInstrumentation perField = new SimplePerformantInstrumentation() {
            @Override
            public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher,
                    InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
                return fetcher;
            }
        };

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new OperationInstrumentations(new ReadOnlyRequestTransaction(), perField));

        assertThat(refused.getMessage(), containsString("instrumentDataFetcher"));
    }

    @Test
    void takesMembersThatWorkPerOperation() {
        new OperationInstrumentations(new StrictScalars(), new ReadOnlyRequestTransaction());
    }
}
