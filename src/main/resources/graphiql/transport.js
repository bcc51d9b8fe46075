// Parley: GraphiQL (@graphiql/toolkit) sends a document over the WebSocket when the editor's parse, refreshed 100 ms
// after the last edit, says it is a subscription, and names the operation from that parse too. A run within those
// 100 ms went the way of the previous document: a fresh subscription by POST (under the previous operation's name), a
// mutation after a subscription over the WebSocket. The fetcher is given a parse of the document it is actually
// sending instead. Served in front of SmallRye's render.js (see GraphiQLTransport).
(function () {
    var createFetcher = GraphiQL.createFetcher;
    GraphiQL.createFetcher = function (options) {
        var fetcher = createFetcher(options);
        return function (params, fetcherOptions) {
            var documentAST;
            try {
                documentAST = GraphiQL.GraphQL.parse(params.query);
            } catch (unparsable) {
                documentAST = undefined; // goes by POST, and the server names the syntax error
            }
            if (documentAST && params.operationName) {
                var operations = documentAST.definitions.filter(function (definition) {
                    return definition.kind === 'OperationDefinition';
                });
                var named = operations.some(function (operation) {
                    return operation.name && operation.name.value === params.operationName;
                });
                if (!named && operations.length === 1) {
                    // the name left over from the previous document
                    params = Object.assign({}, params, {
                        operationName: operations[0].name ? operations[0].name.value : undefined
                    });
                }
            }
            return fetcher(params, Object.assign({}, fetcherOptions, { documentAST: documentAST }));
        };
    };
})();

