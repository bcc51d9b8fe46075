package dev.parley.common.engine;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.DataFetcher;

/**
 * Parley's instrumentations, all of which work per operation (its input, schema, transaction and result), never per
 * field. graphql-java asks its instrumentation five or six times for every field and object it resolves; a plain
 * {@link ChainedInstrumentation} passes each question on to every member, with a state lookup each, only to hear
 * "nothing" from all of them: 18% of the executed 20-talks query's CPU. This chain answers the per-field questions
 * itself (null: graphql-java's no-op) and passes on the rest.
 * <p>
 * So that a member that does look at fields cannot be silently ignored, the constructor refuses one that overrides a
 * per-field method: the application does not start (and OperationInstrumentationsTest fails).
 */
final class OperationInstrumentations extends ChainedInstrumentation {

    /** The methods graphql-java calls per field or per object, which this chain does not pass on. */
    static final Set<String> PER_FIELD = Set.of("beginExecuteObject", "beginDeferredField", "beginFieldExecution",
            "beginFieldFetch", "beginFieldFetching", "beginFieldCompletion", "beginFieldListCompletion",
            "instrumentDataFetcher");

    OperationInstrumentations(Instrumentation... members) {
        super(operationLevel(members));
    }

    private static List<Instrumentation> operationLevel(Instrumentation... members) {
        List<String> perField = new ArrayList<>();
        for (Instrumentation member : members) {
            for (Method method : member.getClass().getMethods()) {
                Class<?> declaredBy = method.getDeclaringClass();
                if (PER_FIELD.contains(method.getName()) && declaredBy != Instrumentation.class
                        && declaredBy != SimplePerformantInstrumentation.class) {
                    perField.add(declaredBy.getSimpleName() + "." + method.getName());
                }
            }
        }
        if (!perField.isEmpty()) {
            throw new IllegalStateException("Instrumentations that work per field would be skipped: " + perField);
        }
        return Arrays.asList(members);
    }

    @Override
    public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters,
            InstrumentationState state) {
        return null;
    }

    @Override
    public InstrumentationContext<Object> beginDeferredField(InstrumentationState state) {
        return null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
            InstrumentationState state) {
        return null;
    }

    @Override
    @SuppressWarnings("deprecation")
    public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        return null;
    }

    @Override
    public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        return null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
            InstrumentationState state) {
        return null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters,
            InstrumentationState state) {
        return null;
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        return fetcher;
    }
}
