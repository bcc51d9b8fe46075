// Parley: GraphiQL (@graphiql/toolkit) sends a document over the WebSocket when the editor's parse, refreshed 100 ms
// after the last edit, says it is a subscription. A run within those 100 ms went the way of the previous document: a
// fresh subscription by POST, a mutation after a subscription over the WebSocket. The fetcher is given a parse of the
// document it is actually sending instead. Served in front of SmallRye's render.js (see GraphiQLTransport).
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
            return fetcher(params, Object.assign({}, fetcherOptions, { documentAST: documentAST }));
        };
    };
})();

