// Generated from spec/ by `npm run gen` (openapi-typescript). Do not edit.

export type paths = {
    "/apis/{api}/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Trust a public key for the API's request signatures
         * @description Triton verifies every CloudAPI signature against a public key: the account's own keys
         *     (fixtures), files given with `--triton-key`, keys added here, and (unless
         *     `strictSignatures`) the `~/.ssh/*.pub` keys of the user running facsimile. A key added
         *     here signs for any account, as `keyId="/<account>/keys/<its MD5 fingerprint>"`, until
         *     facsimile stops. Other APIs take no keys (404).
         */
        post: operations["trustKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Is facsimile up, and what it serves */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/journal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The last requests the APIs answered, newest first */
        get: operations["listJournal"];
        put?: never;
        post?: never;
        /** Empty the journal */
        delete: operations["clearJournal"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/journal/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Count the journaled requests that match a pattern
         * @description "Was `CreateUser` called twice with a body containing `{"login": "carol"}`?" The pattern's
         *     `body` matches when every field it names is equal in the request body (recursively;
         *     arrays must be equal). With none of `times`, `atLeast`, `atMost`, the expectation is
         *     "at least once". Only the entries still in the ring are counted.
         */
        post: operations["verifyJournal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/provider-states": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Pact provider states each API knows */
        get: operations["listProviderStates"];
        put?: never;
        /**
         * Set up or tear down a Pact provider state
         * @description The body Pact's verifier posts; teardown puts the owning API back to its seed. With
         *     `X-Facsimile-Session`, the state is set up in that session (started if new) and teardown
         *     puts the session's API back to its source; the shared state is untouched.
         */
        post: operations["changeProviderState"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put one API or all back to the seed
         * @description With `X-Facsimile-Session`, resets that session's state only (back to the seed, or to the
         *     snapshot the session was created from); otherwise the shared state, written to disk
         *     before the answer.
         */
        post: operations["reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The latency and fault rules in force
         * @description With `X-Facsimile-Session`, that session's rules; otherwise every rule, shared and
         *     sessions' alike (`session` says whose).
         */
        get: operations["listRules"];
        put?: never;
        /**
         * Add latency or a fault to an API or one operation
         * @description Each matching request draws from the rule's own random sequence, seeded by `seed`: the
         *     same requests in the same order meet the same faults. Latency of every matching rule adds
         *     up; the first rule that draws a fault decides it. At most 100 rules are live at once (400
         *     beyond): every request draws from each of them.
         *
         *     With `X-Facsimile-Session`, the rule belongs to that session (started if new): it meets
         *     only that session's requests and ends with it, so parallel tests cannot meet each other's
         *     faults. Without the header the rule is shared and meets every request.
         */
        post: operations["addRule"];
        /**
         * Remove the shared rules, or a session's
         * @description With `X-Facsimile-Session`, removes that session's rules; otherwise the shared rules.
         *     Ending a session removes its rules too.
         */
        delete: operations["clearRules"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove one rule
         * @description A session's rule only with its `X-Facsimile-Session`; a shared rule only without one.
         */
        delete: operations["deleteRule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The live sessions */
        get: operations["listSessions"];
        put?: never;
        /**
         * Start a session, from the seed or from a snapshot
         * @description Sessions also start by themselves on the first request that names them; this call is for
         *     a session that starts from a snapshot, or to get a fresh id.
         */
        post: operations["createSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The session id. */
                id: components["schemas"]["SessionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End a session and drop its state */
        delete: operations["deleteSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The saved snapshots */
        get: operations["listSnapshots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snapshots/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The snapshot's name. */
                name: components["parameters"]["SnapshotName"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Save the whole shared store under a name
         * @description Replaces a snapshot of the same name. Kept beside the store file when there is one, in the
         *     database with a PostgreSQL store (every process sees it). A snapshot is the shared state: a request with `X-Facsimile-Session` is refused with 400
         *     (start a session from a snapshot with `POST /sessions` instead).
         */
        put: operations["saveSnapshot"];
        post?: never;
        /** Forget a snapshot */
        delete: operations["deleteSnapshot"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snapshots/{name}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The snapshot's name. */
                name: components["parameters"]["SnapshotName"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make the shared store what it was when the snapshot was saved
         * @description A request with `X-Facsimile-Session` is refused with 400, never applied to the shared store.
         */
        post: operations["restoreSnapshot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/specs/{api}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An API's spec as served here
         * @description The spec from `spec/`, as JSON, with `servers` pointing at this stub.
         */
        get: operations["getServedSpec"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/state/{api}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The stored data of one API
         * @description The shared state, or a session's with `X-Facsimile-Session` (or `?session=`). Password
         *     digests and tokens are redacted.
         */
        get: operations["dumpState"];
        put?: never;
        post?: never;
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
        /** @enum {string} */
        ApiName: "scalingo" | "scalingo-db" | "computestacks" | "triton" | "scalr";
        Error: {
            error: string;
            issues?: {
                message?: string;
                path?: string;
            }[];
            known?: Record<string, never>[];
        };
        Health: {
            apis: {
                credentials: string;
                name: components["schemas"]["ApiName"];
                /** @description The API's own port, `null` when it has none. */
                ownPort?: number | null;
                /** @description Under the main port. */
                path: string;
                title: string;
            }[];
            journal: {
                capacity: number;
                size: number;
            };
            rules: number;
            sessions: number;
            /**
             * @description `store-unreachable` while the shared PostgreSQL store does not answer (`store.reachable` is false): the process is up, but requests get the provider's 503 until it answers.
             * @enum {string}
             */
            status: "ok" | "store-unreachable";
            store: {
                /** @description PostgreSQL only. The last change this process has applied. */
                applied?: number;
                /** @description The JSON store file, `null` when in memory; with PostgreSQL, its URL without the password. */
                file: string | null;
                /** @description PostgreSQL only. The last change any process committed (`null` when unreachable). */
                head?: number | null;
                /**
                 * @description Set when the state is shared by several processes in PostgreSQL.
                 * @enum {string}
                 */
                kind?: "postgres";
                /** @description PostgreSQL only. Changes committed by other processes that this one has not applied yet; every request applies them before it reads, so this is how far an idle process is behind, not how stale an answer can be. */
                lag?: number | null;
                /** @description PostgreSQL only. Whether the database answered just now. */
                reachable?: boolean;
                seed: number;
                users: number;
            };
            uptimeSeconds: number;
            version: string;
        };
        JournalEntry: {
            api: components["schemas"]["ApiName"];
            durationMs: number;
            /** @description The fault rule that decided the answer. */
            fault?: {
                /** @enum {string} */
                kind?: "status" | "drop" | "malformed";
                latencyMs?: number;
                rule?: string;
            };
            /** @description What `Prefer` asked for. */
            forced?: {
                code?: number;
                delay?: number;
                dynamic?: boolean;
                example?: string;
            };
            id: number;
            method: string;
            operationId?: string | null;
            /** @description The path inside the API, with its query string. */
            path: string;
            request: {
                body?: unknown;
                headers?: {
                    [key: string]: unknown;
                };
            };
            response: {
                body?: unknown;
                headers?: {
                    [key: string]: unknown;
                };
            };
            session: string | null;
            /** @description `null` when a fault dropped the connection. */
            status: number | null;
            /** Format: date-time */
            time: string;
        };
        Rule: components["schemas"]["RuleFields"] & {
            /** @description Requests the rule's draw hit. */
            applied: number;
            id: string;
            /** @description Requests that matched the rule's API and operation. */
            matched: number;
            /** @description The session the rule belongs to; `null` for a shared rule. */
            session: string | null;
        };
        RuleFields: {
            api?: components["schemas"]["ApiName"];
            /**
             * @description `status`: answer that status with the provider's error envelope; `drop`: close the
             *     connection without an answer; `malformed`: a 200 whose body is cut-off JSON.
             */
            fault?: {
                status: number;
            } | {
                /** @enum {string} */
                kind: "drop" | "malformed";
            };
            /** @description Milliseconds added before the answer, fixed or uniform in a range. */
            latency?: {
                ms: number;
            } | {
                max: number;
                min: number;
            };
            /** @description Only this operation (requires `api`). */
            operationId?: string;
            /**
             * @description The chance that a matching request meets the rule.
             * @default 1
             */
            probability: number;
            /** @description Seeds the rule's random draws (default 1). */
            seed?: number;
        };
        RuleInput: components["schemas"]["RuleFields"];
        Session: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string;
            /** @description seed, or snapshot:NAME */
            from: string;
            id: components["schemas"]["SessionId"];
            /** Format: date-time */
            lastUsedAt: string;
            requests: number;
        };
        /** @description Letters, digits, dot, underscore, colon and hyphen; up to 128 characters. */
        SessionId: string;
        Snapshot: {
            apis: string[];
            /** Format: date-time */
            createdAt: string;
            name: components["schemas"]["SnapshotName"];
        };
        /** @description Letters, digits, dot, underscore and hyphen; up to 64 characters (it names a file). */
        SnapshotName: string;
        Verification: {
            api?: components["schemas"]["ApiName"];
            atLeast?: number;
            atMost?: number;
            /** @description Fields the request body must hold (a subset match). */
            body?: unknown;
            method?: string;
            operationId?: string;
            /** @description Equal to the entry's path without its query string. */
            path?: string;
            session?: components["schemas"]["SessionId"];
            status?: number;
            times?: number;
        };
    };
    responses: {
        /** @description The request breaks this spec or names something that cannot be used. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A session with this id exists already. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such snapshot, session, rule or API. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A `POST` without `Content-Type: application/json` and without the admin token: the kind of request a page of another site can send without asking first. */
        NotJson: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Sent by a page of another origin (`Origin`), or for a host name this stub does not go by (`Host`, a guard against DNS rebinding). */
        OtherOrigin: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Seeding the API again would need more heap than the process has left under its limit (a large store under the `--max-old-space-size` that `serve` suggests): nothing was changed. Reset a store this large with `facsimile reset` while facsimile is stopped. */
        SeedOutgrowsHeap: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The store could not be written (a full or read-only disk, or PostgreSQL unreachable): nothing was changed, in memory or in the store. The error says what failed and the system's code, e.g. `ENOSPC` or `ECONNREFUSED`. */
        StorageFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The admin token is required and was not sent, or is wrong. */
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
        /** @description One of the five APIs. */
        ApiPath: components["schemas"]["ApiName"];
        /** @description A session id; the call then applies to that session's state. */
        SessionHeader: components["schemas"]["SessionId"];
        /** @description The snapshot's name. */
        SnapshotName: components["schemas"]["SnapshotName"];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    trustKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description One of the five APIs. */
                api: components["parameters"]["ApiPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The public key, an OpenSSH line (`ssh-ed25519 AAAA… comment`) or PEM. */
                    key: string;
                };
            };
        };
        responses: {
            /** @description Trusted; its MD5 fingerprint as node-triton puts it in keyId. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        api: components["schemas"]["ApiName"];
                        fingerprint: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OtherOrigin"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["NotJson"];
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OtherOrigin"];
        };
    };
    listJournal: {
        parameters: {
            query?: {
                /** @description Only this API. */
                api?: components["schemas"]["ApiName"];
                /** @description At most this many entries. */
                limit?: number;
                /** @description Only this operation (as in the API's spec). */
                operationId?: string;
                /** @description Only requests of this session. */
                session?: components["schemas"]["SessionId"];
                /** @description Only this status. */
                status?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description How many entries the ring keeps. */
                        capacity: number;
                        entries: components["schemas"]["JournalEntry"][];
                        /** @description How many it holds now. */
                        size: number;
                        /** @description How many matched, before `limit`. */
                        total: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OtherOrigin"];
        };
    };
    clearJournal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Emptied. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OtherOrigin"];
        };
    };
    verifyJournal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "api": "triton",
                 *       "operationId": "CreateUser",
                 *       "body": {
                 *         "login": "carol"
                 *       },
                 *       "times": 1
                 *     }
                 */
                "application/json": components["schemas"]["Verification"];
            };
        };
        responses: {
            /** @description The count, and whether it meets the expectation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                        /** @description The ids of the matching entries. */
                        entries: number[];
                        /** @description e.g. "exactly 1", "at least 1" */
                        expected: string;
                        verified: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OtherOrigin"];
            415: components["responses"]["NotJson"];
        };
    };
    listProviderStates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One example name per state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        states: {
                            api: components["schemas"]["ApiName"];
                            example: string;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OtherOrigin"];
        };
    };
    changeProviderState: {
        parameters: {
            query?: never;
            header?: {
                /** @description A session id; the call then applies to that session's state. */
                "X-Facsimile-Session"?: components["parameters"]["SessionHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    action?: "setup" | "teardown";
                    /**
                     * @description Pact's state parameters; each a string, number, boolean or null (the
                     *     handlers read them as text), a string at most 1000 characters.
                     */
                    params?: {
                        [key: string]: string | (number | boolean | null);
                    };
                    state?: string;
                };
            };
        };
        responses: {
            /** @description Done; setup answers the parameters it used. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OtherOrigin"];
            415: components["responses"]["NotJson"];
            503: components["responses"]["StorageFailed"];
        };
    };
    reset: {
        parameters: {
            query?: never;
            header?: {
                /** @description A session id; the call then applies to that session's state. */
                "X-Facsimile-Session"?: components["parameters"]["SessionHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    api?: components["schemas"]["ApiName"];
                };
            };
        };
        responses: {
            /** @description Reset. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        reset: components["schemas"]["ApiName"][];
                        session?: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OtherOrigin"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["NotJson"];
            503: components["responses"]["StorageFailed"];
            507: components["responses"]["SeedOutgrowsHeap"];
        };
    };
    listRules: {
        parameters: {
            query?: never;
            header?: {
                /** @description A session id; the call then applies to that session's state. */
                "X-Facsimile-Session"?: components["parameters"]["SessionHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description In the order they are applied. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rules: components["schemas"]["Rule"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OtherOrigin"];
        };
    };
    addRule: {
        parameters: {
            query?: never;
            header?: {
                /** @description A session id; the call then applies to that session's state. */
                "X-Facsimile-Session"?: components["parameters"]["SessionHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "api": "triton",
                 *       "operationId": "CreateUser",
                 *       "probability": 0.5,
                 *       "seed": 42,
                 *       "fault": {
                 *         "status": 503
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["RuleInput"];
            };
        };
        responses: {
            /** @description Added. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rule"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OtherOrigin"];
            415: components["responses"]["NotJson"];
        };
    };
    clearRules: {
        parameters: {
            query?: never;
            header?: {
                /** @description A session id; the call then applies to that session's state. */
                "X-Facsimile-Session"?: components["parameters"]["SessionHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OtherOrigin"];
        };
    };
    deleteRule: {
        parameters: {
            query?: never;
            header?: {
                /** @description A session id; the call then applies to that session's state. */
                "X-Facsimile-Session"?: components["parameters"]["SessionHeader"];
            };
            path: {
                /** @description The rule's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OtherOrigin"];
            404: components["responses"]["NotFound"];
        };
    };
    listSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every session that has not expired. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        idleTimeoutSeconds: number;
                        sessions: components["schemas"]["Session"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OtherOrigin"];
        };
    };
    createSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    id?: components["schemas"]["SessionId"];
                    snapshot?: components["schemas"]["SnapshotName"];
                };
            };
        };
        responses: {
            /** @description Started. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OtherOrigin"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["NotJson"];
            /** @description As many sessions are live as facsimile keeps (`maxSessions`, default 1000). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The session id. */
                id: components["schemas"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ended. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OtherOrigin"];
            404: components["responses"]["NotFound"];
        };
    };
    listSnapshots: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        snapshots: components["schemas"]["Snapshot"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OtherOrigin"];
        };
    };
    saveSnapshot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The snapshot's name. */
                name: components["parameters"]["SnapshotName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Replaced an older snapshot of this name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Snapshot"];
                };
            };
            /** @description Saved. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Snapshot"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OtherOrigin"];
            503: components["responses"]["StorageFailed"];
        };
    };
    deleteSnapshot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The snapshot's name. */
                name: components["parameters"]["SnapshotName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OtherOrigin"];
            404: components["responses"]["NotFound"];
        };
    };
    restoreSnapshot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The snapshot's name. */
                name: components["parameters"]["SnapshotName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Restored, and on disk. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Snapshot"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OtherOrigin"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["NotJson"];
            503: components["responses"]["StorageFailed"];
        };
    };
    getServedSpec: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description One of the five APIs. */
                api: components["parameters"]["ApiPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OtherOrigin"];
            404: components["responses"]["NotFound"];
        };
    };
    dumpState: {
        parameters: {
            query?: {
                /** @description The session whose state to show (same as the header). */
                session?: components["schemas"]["SessionId"];
            };
            header?: {
                /** @description A session id; the call then applies to that session's state. */
                "X-Facsimile-Session"?: components["parameters"]["SessionHeader"];
            };
            path: {
                /** @description One of the five APIs. */
                api: components["parameters"]["ApiPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API's stored data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        api: components["schemas"]["ApiName"];
                        data: {
                            [key: string]: unknown;
                        };
                        session?: string | null;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OtherOrigin"];
            404: components["responses"]["NotFound"];
        };
    };
}
