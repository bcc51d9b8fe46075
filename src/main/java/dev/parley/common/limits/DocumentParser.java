package dev.parley.common.limits;

import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Parses a document within the length and token limits, before the engine sees it: at the HTTP boundary, and for
 * operations over the WebSocket, where SmallRye would otherwise answer an unparsable document without a code.
 */
@ApplicationScoped
public class DocumentParser {

    @Inject
    QueryLimits limits;

    /** A document that does not parse, or is over a limit (a limit of the server rather than an error of the document). */
    public static final class Unparsable extends RuntimeException {

        public final boolean overLimit;

        Unparsable(String message, boolean overLimit) {
            super(message, null, false, false);
            this.overLimit = overLimit;
        }
    }

    public Document parse(String document) {
        if (document == null || document.isBlank()) {
            throw new Unparsable("The query is empty", false);
        }
        if (document.length() > limits.documentLength()) {
            throw new Unparsable("document length %d exceeds the limit of %d characters"
                    .formatted(document.length(), limits.documentLength()), true);
        }
        ParserOptions options = ParserOptions.getDefaultOperationParserOptions().transform(
                o -> o.maxTokens(limits.tokens()).maxCharacters(limits.documentLength()));
        try {
            return Parser.parse(ParserEnvironment.newParserEnvironment().document(document).parserOptions(options).build());
        } catch (ParseCancelledException e) {
            throw new Unparsable("document tokens exceed the limit of %d".formatted(limits.tokens()), true);
        } catch (InvalidSyntaxException e) {
            throw new Unparsable(e.getMessage(), false);
        }
    }
}
