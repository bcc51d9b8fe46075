// Reads an SDL document on stdin and builds it with graphql-js, as code generators do; prints the names of the
// types it declares (JSON), or the error and exit code 1.
import { assertValidSchema, buildSchema, isScalarType } from 'graphql';

let sdl = '';
process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) {
  sdl += chunk;
}
try {
  const schema = buildSchema(sdl);
  assertValidSchema(schema);
  const types = Object.keys(schema.getTypeMap()).filter((name) => !name.startsWith('__')).sort();
  const scalars = Object.fromEntries(Object.values(schema.getTypeMap())
    .filter((type) => isScalarType(type) && type.specifiedByURL)
    .map((type) => [type.name, type.specifiedByURL]));
  process.stdout.write(JSON.stringify({ types, specifiedBy: scalars }));
} catch (error) {
  process.stderr.write(String(error && error.message ? error.message : error));
  process.exit(1);
}
