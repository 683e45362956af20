// Generated from spec/ by `npm run gen` (openapi-typescript). Do not edit.

export type paths = {
    "/api/databases/{db}/users": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The database: its id (`5c599fd6f18b3202f7ab4e66` in the document's create example),
                 *     its name (`my-db-123` in the document's URLs) or the addon id (`ad-…`, what go-scalingo
                 *     and scalingo.js send). Not constrained by a pattern, so an unknown database is answered
                 *     404 `{"resource": "database", "error": "not found"}` as the provider does.
                 * @example my-db-123
                 */
                db: components["parameters"]["Db"];
            };
            cookie?: never;
        };
        /**
         * List database users
         * @description Lists all users of a database (document: `GET
         *     https://$DB_API_URL/api/databases/[:db]/users`). Answers 200 with the users under the
         *     **hyphenated** key `database-users` (go-scalingo `DatabaseUsersResponse`, scalingo.js
         *     `apiDatabaseUsers()` unpack the same key). Users never carry their password here.
         *
         *     Errors: 401 without a valid token; 404 `{"resource": "database", "error": "not found"}`
         *     when no database has this id or name.
         */
        get: operations["listDatabaseUsers"];
        put?: never;
        /**
         * Create a new database user
         * @description Creates a new user on the given database (document: `POST
         *     https://$DB_API_URL/api/databases/[:db]/users`, "The HTTP query returns 201").
         *
         *     Body `{"database_user": {…}}`:
         *     - `name` (required): 6 to 32 lower case alphanumerical characters and hyphens, no hyphen
         *       at the beginning or at the end, no two hyphens in a row.
         *     - `password` and `password_confirmation` (optional, may be `null` as in the document's
         *       example): 24 to 64 characters, and equal to each other. When both are absent or
         *       `null`, Scalingo generates the password and returns it in the response.
         *     - `read_only` (optional, default `false`): whether the new user is read only.
         *     - `database_id` (optional): the database id or name, as the clients send it; the
         *       path's `{db}` is authoritative.
         *     Unknown attributes are ignored (allowed by the schema).
         *
         *     **Response: document vs clients.** The document shows the 201 body as a **bare** user
         *     object with its `password`. Both official clients unpack **`{"database_user": {…}}`**
         *     (go-scalingo `DatabaseCreateUser` via `SubresourceAdd`, expecting 201; scalingo.js
         *     `apiDatabaseUserCreate()` unpacks `database_user`). The schema accepts both
         *     (`oneOf`); **the stub returns the wrapped form** the clients read. The response always
         *     carries the password (the generated one, or the one sent).
         *
         *     Errors: 401 without a valid token; 404 `{"resource": "database", "error": "not found"}`
         *     for an unknown database; 422 `{"errors": {…}}` when `name`, `password` or
         *     `password_confirmation` breaks a rule, when `database_user` is missing, or when a user
         *     with this name already exists (`{"errors": {"name": ["has already been taken"]}}`);
         *     request-schema failures on body fields are answered in this 422 shape; 400 when the
         *     body is not valid JSON.
         */
        post: operations["createDatabaseUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/databases/{db}/users/{username}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The database: its id (`5c599fd6f18b3202f7ab4e66` in the document's create example),
                 *     its name (`my-db-123` in the document's URLs) or the addon id (`ad-…`, what go-scalingo
                 *     and scalingo.js send). Not constrained by a pattern, so an unknown database is answered
                 *     404 `{"resource": "database", "error": "not found"}` as the provider does.
                 * @example my-db-123
                 */
                db: components["parameters"]["Db"];
                /**
                 * @description Name of the database user (`my-user` in the document). Not constrained by the creation
                 *     pattern: platform-managed users can have other names, and an unknown name is answered
                 *     404 `{"resource": "database_user", "error": "not found"}`.
                 * @example my-user
                 */
                username: components["parameters"]["Username"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset a database user password (the document's example path)
         * @description The document's `reset_password` curl example posts to
         *     `https://$DB_API_URL/api/databases/my-db-123/users/my-user`, without the
         *     `/reset_password` its heading names. facsimile serves that path too, exactly as
         *     `resetDatabaseUserPassword`: a new generated password in `{"database_user": {…}}`.
         */
        post: operations["resetDatabaseUserPasswordAtUser"];
        /**
         * Delete a database user
         * @description Deletes a user of the database (document: `DELETE
         *     https://$DB_API_URL/api/databases/[:db]/users/[:username]`). Answers 204 No Content
         *     with an empty body (go-scalingo `SubresourceDelete` expects 204).
         *
         *     Errors: 401 without a valid token; 403 `{"error": "…"}` when the user is `protected`
         *     (managed by the platform; the Scalingo CLI refuses with "Protected user is managed by
         *     the platform and cannot be deleted."); 404 `{"resource": "database" |
         *     "database_user", "error": "not found"}` for an unknown database or user.
         */
        delete: operations["deleteDatabaseUser"];
        options?: never;
        head?: never;
        /**
         * Update a database user
         * @description Changes the password of a database user (document: `PATCH
         *     https://$DB_API_URL/api/databases/[:db]/users/[:username]`). Body
         *     `{"database_user": {"database_id"?, "password", "password_confirmation"}}`: both
         *     passwords are required, 24 to 64 characters and equal to each other (to get a generated
         *     password, use `reset_password`, as the Scalingo CLI does). `database_id` is informational
         *     (the document's example sends the database name `my-db-123`, go-scalingo sends the addon
         *     id); the path's `{db}` is authoritative. Unknown attributes (`name`, `read_only`, …) are
         *     ignored: a user cannot be renamed or switched to read only.
         *
         *     **Response: document vs clients.** The document shows `Returns 200 OK` without a body.
         *     go-scalingo (`DatabaseUpdateUser`) reads `{"database_user": {…}}` and the CLI prints its
         *     `name`. **The stub returns `{"database_user": DatabaseUser}`** (no password). The schema
         *     also accepts a bare user object, the shape the document uses for the other single-user
         *     responses.
         *
         *     Errors: 401 without a valid token; 403 `{"error": "…"}` when the user is `protected`
         *     (the document: a protected user "cannot be updated"); 404 `{"resource": "database" |
         *     "database_user", "error": "not found"}` for an unknown database or user; 422
         *     `{"errors": {…}}` when a password is missing, too short or too long, or the
         *     confirmation differs; 400 when the body is not valid JSON.
         */
        patch: operations["updateDatabaseUser"];
        trace?: never;
    };
    "/api/databases/{db}/users/{username}/reset_password": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The database: its id (`5c599fd6f18b3202f7ab4e66` in the document's create example),
                 *     its name (`my-db-123` in the document's URLs) or the addon id (`ad-…`, what go-scalingo
                 *     and scalingo.js send). Not constrained by a pattern, so an unknown database is answered
                 *     404 `{"resource": "database", "error": "not found"}` as the provider does.
                 * @example my-db-123
                 */
                db: components["parameters"]["Db"];
                /**
                 * @description Name of the database user (`my-user` in the document). Not constrained by the creation
                 *     pattern: platform-managed users can have other names, and an unknown name is answered
                 *     404 `{"resource": "database_user", "error": "not found"}`.
                 * @example my-user
                 */
                username: components["parameters"]["Username"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset a database user password
         * @description Resets the password of a user: Scalingo generates a new password and returns it in the
         *     response (document: `POST
         *     https://$DB_API_URL/api/databases/[:db]/users/[:username]/reset_password`).
         *
         *     **The document contradicts itself**: its curl example posts to
         *     `…/api/databases/my-db-123/users/my-user` and omits `/reset_password`. Both paths are
         *     served: this one (the endpoint line and the clients) and `POST …/users/{username}`
         *     (`resetDatabaseUserPasswordAtUser`, the example), with the same answers.
         *
         *     The body is optional and ignored: go-scalingo sends `{}`, scalingo.js
         *     (`apiDatabaseUserResetPassword()`) sends no body, the document's curl sends `-d ''`.
         *
         *     **Response: document vs clients.** The document shows a **bare** user object with the
         *     generated `password`. go-scalingo (`DatabaseUserResetPassword`) and scalingo.js read
         *     **`{"database_user": {…}}`**. The schema accepts both (`oneOf`); **the stub returns the
         *     wrapped form**.
         *
         *     Errors: 401 without a valid token; 403 `{"error": "…"}` when the user is `protected`
         *     (a protected user cannot be updated, and a reset updates it); 404 `{"resource":
         *     "database" | "database_user", "error": "not found"}` for an unknown database or user;
         *     400 when a body is sent and is not valid JSON. (One stored go-scalingo version has a
         *     `DatabaseUserPasswordReset` that sends `PATCH` to this path; only `POST` is documented
         *     and served.)
         */
        post: operations["resetDatabaseUserPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        /**
         * @description Body of `POST /api/databases/{db}/users`. Unknown keys are ignored by the provider
         *     (allowed here).
         */
        CreateDatabaseUserRequest: {
            /** @description The user to create. */
            database_user: {
                /**
                 * @description Id or name of the database (the document sends `5c599fd6f18b3202f7ab4e66`,
                 *     go-scalingo and scalingo.js the addon id). Optional and informational: the
                 *     path's `{db}` is authoritative.
                 */
                database_id?: string;
                /**
                 * @description Name of the user: 6 to 32 lower case alphanumerical characters and hyphens; no
                 *     hyphen at the beginning or at the end, nor two hyphens in a row. The one
                 *     pattern encodes every rule (the lookahead rejects `--`; first and last
                 *     characters alphanumeric; 4 to 30 characters in between);
                 *     `minLength`/`maxLength` repeat the length for tools that ignore patterns. Must
                 *     be unique in the database (422 `has already been taken` otherwise).
                 */
                name: string;
                /**
                 * @description Password of the new user, 24 to 64 characters. Optional: absent or `null` (as in
                 *     the document's example) makes Scalingo generate one, returned in the response.
                 */
                password?: string | null;
                /**
                 * @description Must equal `password` (422 `{"errors": {"password_confirmation": ["doesn't match
                 *     Password"]}}` otherwise). Absent or `null` together with `password`.
                 */
                password_confirmation?: string | null;
                /**
                 * @description Should the new user be read only? Defaults to `false`.
                 * @default false
                 */
                read_only: boolean;
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A database user (document "User attributes"). `name`, `read_only` and `protected` are
         *     always sent; `dbms_attributes` is optional. No other field is allowed: the password is
         *     only returned by the create and reset operations (`DatabaseUserWithPassword`).
         */
        DatabaseUser: {
            dbms_attributes?: components["schemas"]["DbmsAttributes"];
            name: components["schemas"]["DatabaseUserName"];
            /** @description True if the user is protected (managed by the platform), hence it cannot be updated or deleted. */
            protected: boolean;
            /** @description True if the user is read only. */
            read_only: boolean;
        };
        /** @description A database user wrapped in `database_user` (the clients' shape). */
        DatabaseUserEnvelope: {
            database_user: components["schemas"]["DatabaseUser"];
        };
        /**
         * @description Name of a database user as the provider returns it. Users created through this API
         *     follow the creation rules of `CreateDatabaseUserRequest`; platform-managed (protected)
         *     users are named after the database and are not constrained here.
         */
        DatabaseUserName: string;
        /** @description A database user password, 24 to 64 characters (document). */
        DatabaseUserPassword: string;
        /**
         * @description Response of the update. The document shows no body; go-scalingo reads
         *     `{"database_user": {…}}` (first alternative, **what the stub sends**). The second
         *     alternative is a bare user object, the shape the document uses for its other
         *     single-user responses.
         */
        DatabaseUserResponse: components["schemas"]["DatabaseUserEnvelope"] | components["schemas"]["DatabaseUser"];
        /** @description The users of a database under the hyphenated key `database-users`. */
        DatabaseUsersEnvelope: {
            /** @description Every user of the database. */
            "database-users": components["schemas"]["DatabaseUser"][];
        };
        /**
         * @description A database user with its password (24 to 64 characters), as returned by the create and
         *     reset-password operations: the `DatabaseUser` fields plus `password`.
         */
        DatabaseUserWithPassword: {
            dbms_attributes?: components["schemas"]["DbmsAttributes"];
            name: components["schemas"]["DatabaseUserName"];
            /** @description The user's password (the generated one, or the one sent at creation). */
            password: components["schemas"]["DatabaseUserPassword"];
            /** @description True if the user is protected (managed by the platform), hence it cannot be updated or deleted. */
            protected: boolean;
            /** @description True if the user is read only. */
            read_only: boolean;
        };
        /** @description A database user with its password, wrapped in `database_user` (the clients' shape). */
        DatabaseUserWithPasswordEnvelope: {
            database_user: components["schemas"]["DatabaseUserWithPassword"];
        };
        /**
         * @description Response of the create and reset-password operations. First alternative
         *     `{"database_user": {…}}`: what both official clients unpack and **what the stub sends**.
         *     Second alternative: the bare user object the document shows.
         */
        DatabaseUserWithPasswordResponse: components["schemas"]["DatabaseUserWithPasswordEnvelope"] | components["schemas"]["DatabaseUserWithPassword"];
        /**
         * @description Data about the user in the database (document "DBMS attributes"). Optional on the user.
         *     No other attribute is allowed.
         */
        DbmsAttributes: {
            /**
             * @description Whether the anonymizer is enabled for this user. **Not in the document**: scalingo.js
             *     `DatabaseUser.dbms_attributes` types it as an optional boolean; go-scalingo ignores it.
             */
            anonymizer_enabled?: boolean;
            /**
             * @description Encryption algorithm used for the user password, `SCRAM-SHA-256` or `MD5`
             *     (optional; currently only available for PostgreSQL databases).
             * @enum {string}
             */
            password_encryption?: "SCRAM-SHA-256" | "MD5";
        };
        /**
         * @description The provider's error envelope, `{"error": "…"}`, used for 400 (malformed JSON), 401,
         *     403 and 5xx. go-scalingo also reads an optional `code` (400, 403).
         */
        Error: {
            /** @description Machine-readable error code, when the provider sends one. */
            code?: string;
            /** @description Human-readable error message. */
            error: string;
        };
        /**
         * @description The provider's 404 body, `{"resource": "<type>", "error": "not found"}`: `database` for
         *     an unknown database, `database_user` for an unknown user. go-scalingo prints "The
         *     <resource> was not found".
         */
        NotFoundError: {
            /**
             * @description Always `not found`.
             * @constant
             */
            error: "not found";
            /** @description Type of the resource that was not found (`database`, `database_user`). */
            resource: string;
        };
        /** @description Optional body of the reset; ignored, whatever JSON it is (go-scalingo sends `{}`). */
        ResetPasswordRequest: unknown;
        /**
         * @description Body of `PATCH /api/databases/{db}/users/{username}`. Unknown keys are ignored by the
         *     provider (allowed here).
         */
        UpdateDatabaseUserRequest: {
            /** @description The new password and its confirmation. */
            database_user: {
                /**
                 * @description Id or name of the database (the document sends `my-db-123`, go-scalingo the addon
                 *     id). Optional and informational: the path's `{db}` is authoritative.
                 */
                database_id?: string;
                /** @description The new password, 24 to 64 characters. */
                password: string;
                /** @description Must equal `password` (422 otherwise). */
                password_confirmation: string;
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The provider's 422 body, `{"errors": {"<field>": ["<message>", …]}}`. At least one
         *     field with at least one message: go-scalingo rejects a 422 whose `errors` map is empty.
         */
        ValidationErrors: {
            /** @description Messages per invalid field (`name`, `password`, `password_confirmation`, …). */
            errors: {
                [key: string]: string[];
            };
        };
    };
    responses: {
        /** @description 404 Not Found: no database has this id or name. Body `{"resource": "database", "error": "not found"}`. */
        DatabaseNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NotFoundError"];
            };
        };
        /**
         * @description 404 Not Found: no database has this id or name (`{"resource": "database", "error":
         *     "not found"}`), or the database has no user with this name (`{"resource":
         *     "database_user", "error": "not found"}`).
         */
        DatabaseOrUserNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NotFoundError"];
            };
        };
        /**
         * @description Any other error, in the provider's `{"error": "…"}` envelope: 400 malformed JSON, 405,
         *     406, 413, 415, 500 (`{"error": "Internal error occured, we're on it!"}`), …
         */
        Error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description 422 Unprocessable Entity: a creation rule is broken (`name`, `password`,
         *     `password_confirmation`), `database_user` is missing, or the name is already taken.
         *     Body `{"errors": {"<field>": ["<message>", …]}}` with at least one field (go-scalingo
         *     rejects an empty map).
         */
        InvalidDatabaseUser: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationErrors"];
            };
        };
        /**
         * @description 422 Unprocessable Entity: `password` or `password_confirmation` is missing, shorter than
         *     24 or longer than 64 characters, or the two differ; or `database_user` is missing. Body
         *     `{"errors": {"<field>": ["<message>", …]}}` with at least one field.
         */
        InvalidPassword: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationErrors"];
            };
        };
        /**
         * @description 400 Bad Request: the body is not valid JSON. Body `{"error": "There was a problem in
         *     the JSON you submitted: …"}` (go-scalingo also reads an optional `code`).
         */
        MalformedJson: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The user with its new generated password: `{"database_user": {…}}` (clients, stub)
         *     or the bare object (document).
         */
        PasswordReset: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["DatabaseUserWithPasswordResponse"];
            };
        };
        /** @description 403 Forbidden: the user is `protected` (managed by the platform) and cannot be deleted. Body `{"error": "…"}`. */
        ProtectedUserNotDeletable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description 403 Forbidden: the user is `protected` (managed by the platform), so its password cannot
         *     be changed or reset. Body `{"error": "…"}`.
         */
        ProtectedUserNotUpdatable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description 401 Unauthorized: no Bearer token, or an unknown or expired one. Body `{"error": "…"}`. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description The database: its id (`5c599fd6f18b3202f7ab4e66` in the document's create example),
         *     its name (`my-db-123` in the document's URLs) or the addon id (`ad-…`, what go-scalingo
         *     and scalingo.js send). Not constrained by a pattern, so an unknown database is answered
         *     404 `{"resource": "database", "error": "not found"}` as the provider does.
         * @example my-db-123
         */
        Db: string;
        /**
         * @description Name of the database user (`my-user` in the document). Not constrained by the creation
         *     pattern: platform-managed users can have other names, and an unknown name is answered
         *     404 `{"resource": "database_user", "error": "not found"}`.
         * @example my-user
         */
        Username: string;
        /**
         * @description Optional request id that go-scalingo sends; the provider echoes a request id in the
         *     `X-Request-Id` response header.
         * @example 8c1f1a3e-3d7b-4b4e-9b7e-6f1e6f0f2a10
         */
        XRequestId: string;
    };
    requestBodies: never;
    headers: {
        /** @description Request id of this call (go-scalingo logs it). Echoes `X-Request-ID` when sent. */
        "X-Request-Id": string;
    };
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    listDatabaseUsers: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional request id that go-scalingo sends; the provider echoes a request id in the
                 *     `X-Request-Id` response header.
                 * @example 8c1f1a3e-3d7b-4b4e-9b7e-6f1e6f0f2a10
                 */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /**
                 * @description The database: its id (`5c599fd6f18b3202f7ab4e66` in the document's create example),
                 *     its name (`my-db-123` in the document's URLs) or the addon id (`ad-…`, what go-scalingo
                 *     and scalingo.js send). Not constrained by a pattern, so an unknown database is answered
                 *     404 `{"resource": "database", "error": "not found"}` as the provider does.
                 * @example my-db-123
                 */
                db: components["parameters"]["Db"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The users of the database, under `database-users`. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseUsersEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["DatabaseNotFound"];
            default: components["responses"]["Error"];
        };
    };
    createDatabaseUser: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional request id that go-scalingo sends; the provider echoes a request id in the
                 *     `X-Request-Id` response header.
                 * @example 8c1f1a3e-3d7b-4b4e-9b7e-6f1e6f0f2a10
                 */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /**
                 * @description The database: its id (`5c599fd6f18b3202f7ab4e66` in the document's create example),
                 *     its name (`my-db-123` in the document's URLs) or the addon id (`ad-…`, what go-scalingo
                 *     and scalingo.js send). Not constrained by a pattern, so an unknown database is answered
                 *     404 `{"resource": "database", "error": "not found"}` as the provider does.
                 * @example my-db-123
                 */
                db: components["parameters"]["Db"];
            };
            cookie?: never;
        };
        /** @description The new user, wrapped in `database_user`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDatabaseUserRequest"];
            };
        };
        responses: {
            /**
             * @description The created user with its password: `{"database_user": {…}}` (clients, stub) or the
             *     bare object (document).
             */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseUserWithPasswordResponse"];
                };
            };
            400: components["responses"]["MalformedJson"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["DatabaseNotFound"];
            422: components["responses"]["InvalidDatabaseUser"];
            default: components["responses"]["Error"];
        };
    };
    resetDatabaseUserPasswordAtUser: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional request id that go-scalingo sends; the provider echoes a request id in the
                 *     `X-Request-Id` response header.
                 * @example 8c1f1a3e-3d7b-4b4e-9b7e-6f1e6f0f2a10
                 */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /**
                 * @description The database: its id (`5c599fd6f18b3202f7ab4e66` in the document's create example),
                 *     its name (`my-db-123` in the document's URLs) or the addon id (`ad-…`, what go-scalingo
                 *     and scalingo.js send). Not constrained by a pattern, so an unknown database is answered
                 *     404 `{"resource": "database", "error": "not found"}` as the provider does.
                 * @example my-db-123
                 */
                db: components["parameters"]["Db"];
                /**
                 * @description Name of the database user (`my-user` in the document). Not constrained by the creation
                 *     pattern: platform-managed users can have other names, and an unknown name is answered
                 *     404 `{"resource": "database_user", "error": "not found"}`.
                 * @example my-user
                 */
                username: components["parameters"]["Username"];
            };
            cookie?: never;
        };
        /** @description Optional, ignored. go-scalingo sends `{}`; scalingo.js sends no body. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ResetPasswordRequest"];
            };
        };
        responses: {
            200: components["responses"]["PasswordReset"];
            400: components["responses"]["MalformedJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ProtectedUserNotUpdatable"];
            404: components["responses"]["DatabaseOrUserNotFound"];
            default: components["responses"]["Error"];
        };
    };
    deleteDatabaseUser: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional request id that go-scalingo sends; the provider echoes a request id in the
                 *     `X-Request-Id` response header.
                 * @example 8c1f1a3e-3d7b-4b4e-9b7e-6f1e6f0f2a10
                 */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /**
                 * @description The database: its id (`5c599fd6f18b3202f7ab4e66` in the document's create example),
                 *     its name (`my-db-123` in the document's URLs) or the addon id (`ad-…`, what go-scalingo
                 *     and scalingo.js send). Not constrained by a pattern, so an unknown database is answered
                 *     404 `{"resource": "database", "error": "not found"}` as the provider does.
                 * @example my-db-123
                 */
                db: components["parameters"]["Db"];
                /**
                 * @description Name of the database user (`my-user` in the document). Not constrained by the creation
                 *     pattern: platform-managed users can have other names, and an unknown name is answered
                 *     404 `{"resource": "database_user", "error": "not found"}`.
                 * @example my-user
                 */
                username: components["parameters"]["Username"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user was deleted. No body. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ProtectedUserNotDeletable"];
            404: components["responses"]["DatabaseOrUserNotFound"];
            default: components["responses"]["Error"];
        };
    };
    updateDatabaseUser: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional request id that go-scalingo sends; the provider echoes a request id in the
                 *     `X-Request-Id` response header.
                 * @example 8c1f1a3e-3d7b-4b4e-9b7e-6f1e6f0f2a10
                 */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /**
                 * @description The database: its id (`5c599fd6f18b3202f7ab4e66` in the document's create example),
                 *     its name (`my-db-123` in the document's URLs) or the addon id (`ad-…`, what go-scalingo
                 *     and scalingo.js send). Not constrained by a pattern, so an unknown database is answered
                 *     404 `{"resource": "database", "error": "not found"}` as the provider does.
                 * @example my-db-123
                 */
                db: components["parameters"]["Db"];
                /**
                 * @description Name of the database user (`my-user` in the document). Not constrained by the creation
                 *     pattern: platform-managed users can have other names, and an unknown name is answered
                 *     404 `{"resource": "database_user", "error": "not found"}`.
                 * @example my-user
                 */
                username: components["parameters"]["Username"];
            };
            cookie?: never;
        };
        /** @description The new password and its confirmation, wrapped in `database_user`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDatabaseUserRequest"];
            };
        };
        responses: {
            /**
             * @description The updated user, `{"database_user": {…}}` (go-scalingo, stub). The document shows
             *     no body.
             */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseUserResponse"];
                };
            };
            400: components["responses"]["MalformedJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ProtectedUserNotUpdatable"];
            404: components["responses"]["DatabaseOrUserNotFound"];
            422: components["responses"]["InvalidPassword"];
            default: components["responses"]["Error"];
        };
    };
    resetDatabaseUserPassword: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional request id that go-scalingo sends; the provider echoes a request id in the
                 *     `X-Request-Id` response header.
                 * @example 8c1f1a3e-3d7b-4b4e-9b7e-6f1e6f0f2a10
                 */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path: {
                /**
                 * @description The database: its id (`5c599fd6f18b3202f7ab4e66` in the document's create example),
                 *     its name (`my-db-123` in the document's URLs) or the addon id (`ad-…`, what go-scalingo
                 *     and scalingo.js send). Not constrained by a pattern, so an unknown database is answered
                 *     404 `{"resource": "database", "error": "not found"}` as the provider does.
                 * @example my-db-123
                 */
                db: components["parameters"]["Db"];
                /**
                 * @description Name of the database user (`my-user` in the document). Not constrained by the creation
                 *     pattern: platform-managed users can have other names, and an unknown name is answered
                 *     404 `{"resource": "database_user", "error": "not found"}`.
                 * @example my-user
                 */
                username: components["parameters"]["Username"];
            };
            cookie?: never;
        };
        /** @description Optional, ignored. go-scalingo sends `{}`; scalingo.js sends no body. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ResetPasswordRequest"];
            };
        };
        responses: {
            200: components["responses"]["PasswordReset"];
            400: components["responses"]["MalformedJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ProtectedUserNotUpdatable"];
            404: components["responses"]["DatabaseOrUserNotFound"];
            default: components["responses"]["Error"];
        };
    };
}
