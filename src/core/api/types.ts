/** Type helpers over openapi-typescript's `operations` (generated from spec/). */

/** The JSON request body of an operation. */
export type BodyOf<Operation> = Operation extends { requestBody?: { content: infer Content } }
  ? Content[keyof Content]
  : never;

/** The JSON body an operation answers with `Status`. */
export type ResponseOf<Operation, Status extends number> = Operation extends {
  responses: { [S in Status]: { content: infer Content } };
}
  ? Content[keyof Content]
  : never;

/** The query parameters of an operation. */
export type QueryOf<Operation> = Operation extends { parameters: { query?: infer Query } }
  ? NonNullable<Query>
  : never;
