// Generated from spec/ by `npm run gen` (openapi-typescript). Do not edit.

export type paths = {
    "/api/iacp/v3/account-users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Account to User relationships
         * @description From the document (`GET /api/iacp/v3/account-users`). Returns a list of `AccountUser`
         *     resources by a mandatory user or account filter. To get the list of accounts the user has
         *     access to, `filter[user]` has to be specified. To get the list of users that have access to
         *     an account, `filter[account]` has to be specified.
         *
         *     The document calls one of `filter[account]` / `filter[user]` mandatory (go-scalr v1
         *     enforces it client-side), yet its own example request sends neither and is answered 200
         *     with data: without a filter the list holds every account-user the token may see. An
         *     unknown account or user ID answers 200 with empty `data`, not 404 (go-scalr
         *     `account_user_test.go`), whatever the token. A query parameter this operation does not
         *     declare is 422 `Invalid Query Parameter`.
         *
         *     Statuses: 200 success; 401 missing or invalid token; 403
         *     "User unauthorized to perform this action." (document); 404 the token may not see the
         *     account (Scalr answers 404 for no permission); 422 an invalid parameter value (unknown
         *     sort or include field, page out of range) with `source.parameter`; `default` covers the
         *     document's "4XX – Client error" and "5XX – Server error".
         */
        get: operations["listAccountUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/iacp/v3/accounts/{account}/actions/invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite a User to the Account
         * @description From the reference and clients, not the document (docs.scalr.com preview `users.html`,
         *     docs.scalr.io/reference/invite_user_to_account, go-scalr v2 `InviteUserToAccount`).
         *     Invites the user to the account by adding it to the account teams and/or creating access
         *     policies within the account. If no user with the specified email exists, a new one is
         *     created; the new user is in the `Pending` status until the first login to the account.
         *     Scalr calls this the preferred way to create users. Answers the resulting `AccountUser`.
         *
         *     Statuses: 201 the account-user relation was created; 400 malformed JSON body; 401; 403
         *     "User unauthorized to perform this action."; 404 "User, Account, not found." (including no
         *     permission on the account); 415 wrong `Content-Type`; 422 "Invalid team or role." or an
         *     invalid attribute, with `source.pointer`.
         */
        post: operations["inviteUserToAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/iacp/v3/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Users
         * @description From the reference and clients, not the document (go-scalr v2 `GetUsers`, v1
         *     `Users.List` and `user_test.go`). Returns a list of IAM users; the list can be filtered by
         *     user ID (`filter[user]`), email (`filter[email]`) or identity provider
         *     (`filter[identity-provider]`). A filter that matches nothing (including a malformed ID)
         *     answers 200 with empty `data`, not 404 (`user_test.go`).
         *
         *     Statuses: 200; 401; 403 "User unauthorized to perform this action."; 422 an invalid
         *     parameter value with `source.parameter`.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create a User
         * @description From the reference and clients, not the document (docs.scalr.io/reference/create_user,
         *     go-scalr v2 `CreateUser`, v1 `Users.Create`). Creates a new IAM user without access to
         *     any account; to give a user access to an account use `inviteUserToAccount`.
         *
         *     The two official clients send different relationship shapes: go-scalr v2 (and the Scalr
         *     reference) send `relationships.identity-providers.data` (an array), go-scalr v1 sends
         *     `relationships.identity-provider.data` (a single identifier). Both are accepted; the
         *     stub treats them the same.
         *
         *     The response is the document's User resource (the stub's choice). go-scalr v2 decodes the
         *     201 body as its `CreateUser` schema (`change-password-on-sign-in`, `created-at`, `email`,
         *     `full-name`, `password`, `status`, `identity-providers`); those fields it reads are the
         *     User resource's, and `password` is never echoed back.
         *
         *     Statuses: 201 created; 400 malformed JSON body; 401; 403 "User unauthorized to perform this
         *     action."; 404 "Relationship not found or user unauthorized." (unknown identity provider);
         *     415 wrong `Content-Type`; 422 "Malformed request body (missing attributes, wrong types,
         *     etc.)", including an email that is already taken, with `source.pointer`.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/iacp/v3/users/{user}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user ID (`user-…`). Not pattern-checked, so an unknown or malformed ID answers 404 like the provider rather than a validation error.
                 * @example user-suh84u6vuvidtbg
                 */
                user: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * Get a User
         * @description From the reference and clients; the document describes the User resource returned here
         *     (go-scalr v2 `GetUser`, v1 `Users.Read`). Returns an IAM user by ID.
         *
         *     Statuses: 200; 401; 403 "User unauthorized to perform this action."; 404 "User with ID
         *     '…' not found or user unauthorized." (also for a token without permission); 422 an
         *     invalid `include` value with `source.parameter`.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        /**
         * Delete a User
         * @description From the reference and clients, not the document (go-scalr v2 `DeleteUser`, v1
         *     `Users.Delete`). Deletes an IAM user by ID. The user's account-user relations go with it.
         *
         *     Statuses: 204 deleted (no body); 401; 403 "User unauthorized to perform this action.";
         *     404 "User with ID '…' not found or user unauthorized.".
         */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        /**
         * Update a User
         * @description From the reference and clients, not the document (go-scalr v2 `UpdateUser`, v1
         *     `Users.Update`). Updates an IAM user by ID with a JSON:API document
         *     `{"data": {"type": "users", "id": "…", "attributes": {…}}}`. Only the attributes sent are
         *     changed (`full-name`, `status`); `email`, `username`, `created-at` and `last-login-at` are
         *     accepted and ignored (go-scalr v2 may send them, v1 sends only `full-name` and `status`).
         *     Unknown members are ignored, as the provider ignores them.
         *
         *     Statuses: 200 the updated User; 400 malformed JSON body; 401; 403 "User unauthorized to
         *     perform this action."; 404 "User with ID '…' not found or user unauthorized."; 415 wrong
         *     `Content-Type`; 422 an invalid attribute, wrong `type`, or a `data.id` that differs from
         *     the path, with `source.pointer`.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        /** @description An account, as side-loaded into `included` (`include=account`). Minimal: the provider's full Account resource is outside this API, so only the members facsimile serves are described and others are allowed. */
        Account: {
            attributes: {
                /** @description The name of the account. */
                name: string;
            };
            id: string;
            links?: Record<string, never>;
            relationships?: Record<string, never>;
            /** @enum {string} */
            type: "accounts";
        };
        /** @description JSON:API resource identifier of an account. */
        AccountIdentifier: {
            id: string;
            /** @enum {string} */
            type: "accounts";
        };
        /**
         * @description The AccountUser resource (the document's example): the relation between an account and a
         *     user. IDs look like UUIDs but their version nibble is not RFC 4122-valid
         *     (`2442bdc2-8243-6968-82bf-a74878980074`), so `id` is checked by pattern, not
         *     `format: uuid`. `links` is `{}` in the document.
         */
        AccountUser: {
            attributes: {
                /**
                 * Format: date-time
                 * @description When the user last logged in to the account (UTC). Not in the document's example; go-scalr v2 reads it.
                 */
                "last-login-at"?: string | null;
                status: components["schemas"]["UserStatus"];
            };
            id: string;
            links: {
                /** Format: uri-reference */
                self?: string;
            };
            relationships: {
                account: {
                    data: components["schemas"]["AccountIdentifier"];
                };
                teams: {
                    data: components["schemas"]["TeamIdentifier"][];
                };
                user: {
                    data: components["schemas"]["UserIdentifier"];
                };
            };
            /** @enum {string} */
            type: "account-users";
        };
        /** @description A single AccountUser resource; `included` only when `include` was given. */
        AccountUserDocument: {
            data: components["schemas"]["AccountUser"];
            included?: components["schemas"]["Included"];
        };
        /** @description A page of AccountUser resources (the document's response envelope). */
        AccountUserList: {
            data: components["schemas"]["AccountUser"][];
            included: components["schemas"]["Included"];
            links: components["schemas"]["ListLinks"];
            meta: components["schemas"]["ListMeta"];
        };
        /** @description Scalr's native error body, `{"errors": [JsonApiError, …]}`. */
        Errors: {
            errors: components["schemas"]["JsonApiError"][];
        };
        /** @description An identity provider, as side-loaded into `included` (`include=identity-providers` on user operations). Minimal: the provider's full IdentityProvider resource is outside this API, so only the members facsimile serves are described and others are allowed. */
        IdentityProvider: {
            attributes: {
                /** @description The name of the identity provider. */
                name: string;
            };
            id: string;
            links?: Record<string, never>;
            relationships?: Record<string, never>;
            /** @enum {string} */
            type: "identity-providers";
        };
        /** @description JSON:API resource identifier of an identity provider (IdP). */
        IdentityProviderIdentifier: {
            id: string;
            /** @enum {string} */
            type: "identity-providers";
        };
        /** @description Side-loaded resources requested with `include`; `null` when nothing was requested (the document's example). */
        Included: components["schemas"]["IncludedResource"][] | null;
        /** @description A side-loaded resource in `included`, told apart by `type`. */
        IncludedResource: components["schemas"]["Account"] | components["schemas"]["IdentityProvider"] | components["schemas"]["Team"] | components["schemas"]["User"];
        /** @description One JSON:API error object as Scalr sends it (go-scalr v2 `JSONAPIError`: title, status, detail, source.pointer / source.parameter, code). `detail` is absent on Scalr's 404s. */
        JsonApiError: {
            code?: string;
            detail?: string;
            source?: {
                /** @description The query parameter that caused the error (e.g. `filter[user]`). */
                parameter?: string;
                /** @description JSON pointer into the request body (e.g. `/data/attributes/email`). */
                pointer?: string;
            };
            /** @description The HTTP status code, as a string. */
            status: string;
            title: string;
        };
        /** @description Top-level pagination links of a list (absolute URLs; `next`/`prev` null at the edges). */
        ListLinks: {
            /** Format: uri */
            first: string;
            /** Format: uri */
            last: string;
            /** Format: uri */
            next: string | null;
            /** Format: uri */
            prev: string | null;
            /** Format: uri */
            self: string;
        };
        ListMeta: {
            pagination: components["schemas"]["Pagination"];
        };
        /** @description `meta.pagination`. `page-size` is read by go-scalr v2 but absent from the document's example, so it is optional. The v2 iterator stops when `next-page` is null. */
        Pagination: {
            "current-page": number;
            "next-page": number | null;
            "page-size"?: number;
            "prev-page": number | null;
            "total-count": number;
            "total-pages": number;
        };
        /** @description A JSON:API relationship's `data`, null, one identifier, or a list of them. */
        RelationshipLinkage: {
            data: null | components["schemas"]["ResourceIdentifier"] | components["schemas"]["ResourceIdentifier"][];
        };
        /** @description Any JSON:API resource identifier. */
        ResourceIdentifier: {
            id: string;
            type: string;
        };
        /** @description JSON:API resource identifier of a role. */
        RoleIdentifier: {
            id: string;
            /** @enum {string} */
            type: "roles";
        };
        /** @description A team, as side-loaded into `included` (`include=teams`). Minimal: the provider's full Team resource is outside this API, so only the members facsimile serves are described and others are allowed. */
        Team: {
            attributes: {
                /** @description The verbose description of the team. */
                description?: string | null;
                /** @description The name of the team. */
                name: string;
            };
            id: string;
            links?: Record<string, never>;
            relationships?: Record<string, never>;
            /** @enum {string} */
            type: "teams";
        };
        /** @description JSON:API resource identifier of a team. */
        TeamIdentifier: {
            id: string;
            /** @enum {string} */
            type: "teams";
        };
        /**
         * @description The User resource (the document's key-path table): represents a Scalr IAM user.
         *     The document marks `type` and `attributes.email` required; the provider always sends every
         *     member listed here, so all are required in responses. `full-name` and `last-login-at` are
         *     null until set (go-scalr v2 `*string` / `*time.Time`).
         */
        User: {
            attributes: {
                /**
                 * Format: date-time
                 * @description When the user was created (UTC).
                 */
                "created-at": string;
                /**
                 * Format: email
                 * @description The user's email.
                 */
                email: string;
                /** @description The user's full name. */
                "full-name": string | null;
                /**
                 * Format: date-time
                 * @description When the user last logged in (UTC); null if never.
                 */
                "last-login-at": string | null;
                status: components["schemas"]["UserStatus"];
                /** @description The user's login name. */
                username: string;
            };
            id: string;
            links: {
                /**
                 * Format: uri-reference
                 * @description The resource's own URL (path relative to the API host).
                 */
                self: string;
            };
            relationships: {
                "identity-providers": {
                    data: components["schemas"]["IdentityProviderIdentifier"][];
                };
                teams: {
                    data: components["schemas"]["TeamIdentifier"][];
                };
            };
            /** @enum {string} */
            type: "users";
        };
        /** @description Body of `createUser`. Unknown members are ignored (allowed). `relationships` accepts the go-scalr v2 / reference shape `identity-providers` (array) and the go-scalr v1 shape `identity-provider` (single identifier). */
        UserCreateRequest: {
            data: {
                attributes: {
                    /** @description If `true`, the user is asked to change the temporary password on the first sign in. */
                    "change-password-on-sign-in"?: boolean;
                    /**
                     * Format: email
                     * @description The new user's email; must not belong to another user.
                     */
                    email: string;
                    /** @description The user's full name. */
                    "full-name"?: string | null;
                    /** @description Must be at least 8 characters long and contain at least one digit, one lowercase letter, one uppercase letter, and one special character. Never returned. */
                    password?: string;
                    /**
                     * @description Initial status; defaults to `Pending` (activated after the first sign in).
                     * @default Pending
                     */
                    status: components["schemas"]["UserStatus"];
                    /** @description Login name (go-scalr v1 sends it); defaults to the email. */
                    username?: string;
                };
                /** @description Relationships other than the identity providers are ignored, but must still be JSON:API linkage (at most 100 identifiers each). */
                relationships?: {
                    /** @description go-scalr v1 (`UserCreateOptions.IdentityProvider`). */
                    "identity-provider"?: {
                        data: components["schemas"]["IdentityProviderIdentifier"];
                    };
                    /** @description go-scalr v2 and the Scalr reference. */
                    "identity-providers"?: {
                        data: components["schemas"]["IdentityProviderIdentifier"][];
                    };
                } & {
                    [key: string]: components["schemas"]["RelationshipLinkage"];
                };
                /** @enum {string} */
                type: "users";
            };
        };
        /** @description A single User resource; `included` only when `include` was given. */
        UserDocument: {
            data: components["schemas"]["User"];
            included?: components["schemas"]["Included"];
        };
        /** @description JSON:API resource identifier of a user. */
        UserIdentifier: {
            id: string;
            /** @enum {string} */
            type: "users";
        };
        /** @description Body of `inviteUserToAccount` (docs.scalr.com preview `users.html` request table). Unknown members are ignored (allowed). */
        UserInviteRequest: {
            data: {
                attributes: {
                    /**
                     * Format: email
                     * @description The invited user's email; a new Pending user is created if unknown.
                     */
                    email: string;
                    /** @description If `true`, an email with the invite to the account is sent to the user. */
                    "send-invite"?: boolean;
                };
                /** @description Ignored; the user is found or created by email. */
                id?: string;
                links?: Record<string, never>;
                relationships?: {
                    /** @description Assign roles for this user on the account scope. */
                    roles?: {
                        data: components["schemas"]["RoleIdentifier"][];
                    };
                    /** @description Add the user to the teams. */
                    teams?: {
                        data: components["schemas"]["TeamIdentifier"][];
                    };
                };
                /** @enum {string} */
                type: "users";
            };
        };
        /** @description A page of User resources (same envelope as the document's account-users list). */
        UserList: {
            data: components["schemas"]["User"][];
            included: components["schemas"]["Included"];
            links: components["schemas"]["ListLinks"];
            meta: components["schemas"]["ListMeta"];
        };
        /**
         * @description The user (or account-user relation) status. `Pending` users are activated after the first sign in.
         * @enum {string}
         */
        UserStatus: "Active" | "Inactive" | "Pending";
        /** @description Body of `updateUser`: `{"data": {"type": "users", "id", "attributes": {…}}}`. Only `full-name` and `status` change the user; the other User attributes are accepted and ignored (read-only), and unknown members are ignored. */
        UserUpdateRequest: {
            data: {
                attributes?: {
                    /**
                     * Format: date-time
                     * @description Read-only; accepted and ignored.
                     */
                    "created-at"?: string;
                    /**
                     * Format: email
                     * @description Read-only; accepted and ignored.
                     */
                    email?: string;
                    /** @description The user's full name. */
                    "full-name"?: string | null;
                    /**
                     * Format: date-time
                     * @description Read-only; accepted and ignored.
                     */
                    "last-login-at"?: string | null;
                    status?: components["schemas"]["UserStatus"];
                    /** @description Read-only; accepted and ignored. */
                    username?: string;
                };
                /** @description The user ID. go-scalr v1 omits it; when present it must equal the `{user}` path parameter (else 422). */
                id?: string;
                /** @description Accepted and ignored (team membership is managed on teams). */
                relationships?: Record<string, never>;
                /** @enum {string} */
                type: "users";
            };
        };
    };
    responses: {
        /** @description The account (or, for an invite, the user) does not exist or the token may not see it (Scalr answers 404 for no permission). */
        AccountNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.api+json": components["schemas"]["Errors"];
            };
        };
        /** @description Any other error, in Scalr's JSON:API error envelope: the document's "4XX – Client error" and "5XX – Server error" (malformed JSON 400, 405, 406, 413, 415, 429, 500, …). */
        Error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.api+json": components["schemas"]["Errors"];
            };
        };
        /** @description User unauthorized to perform this action. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.api+json": components["schemas"]["Errors"];
            };
        };
        /** @description Server error. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.api+json": components["schemas"]["Errors"];
            };
        };
        /** @description An invalid query parameter value; `source.parameter` names it. */
        InvalidQueryParameter: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.api+json": components["schemas"]["Errors"];
            };
        };
        /** @description Malformed request body (missing attributes, wrong types, invalid team or role, email taken, …); `source.pointer` points at the member. */
        InvalidRequestBody: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.api+json": components["schemas"]["Errors"];
            };
        };
        /** @description Bad Request: the request body is not valid JSON. */
        MalformedRequestBody: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.api+json": components["schemas"]["Errors"];
            };
        };
        /** @description Relationship not found or user unauthorized (e.g. an unknown identity provider). */
        RelationshipNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.api+json": components["schemas"]["Errors"];
            };
        };
        /** @description Unauthorized: the API token is missing or invalid. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.api+json": components["schemas"]["Errors"];
            };
        };
        /** @description The request `Content-Type` is not `application/vnd.api+json`. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.api+json": components["schemas"]["Errors"];
            };
        };
        /** @description The user does not exist or the token may not see it. */
        UserNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.api+json": components["schemas"]["Errors"];
            };
        };
    };
    parameters: {
        /** @description Query by access on a given scope (go-scalr v2 `AccessQuery`). */
        AccessQuery: string;
        /**
         * @description The account ID (`acc-…`). Not pattern-checked, so an unknown or malformed ID answers 404 like the provider rather than a validation error.
         * @example acc-tmhltms60l40m9o
         */
        AccountId: string;
        /**
         * @description The comma-separated list of relationship paths to side-load into `included` (available values: `account`, `teams`, `user`).
         * @example [
         *       "user"
         *     ]
         */
        AccountUserInclude: ("account" | "teams" | "user")[];
        /**
         * @description Do not include account users from global-scope. This is for self-hosted only (the document types it as a string; `true` enables it).
         * @example true
         */
        ExcludeGlobalUsers: string;
        /**
         * @description The account filter (an account ID, `acc-…`). The document calls one of it and `filter[user]` mandatory on `listAccountUsers`, but its own example sends neither (every account-user the token may see). An unknown ID matches nothing (200, empty `data`).
         * @example acc-tmhltms60l40m9o
         */
        FilterAccount: string;
        /**
         * @description Email filter (exact match on the user's email). `@` may be sent unencoded (`allowReserved`), as servers accept it.
         * @example jane.doe@example.com
         */
        FilterEmail: string;
        /**
         * @description The identity provider filter (an identity provider ID, `idp-…`).
         * @example idp-sohkb0o1phrdmr8
         */
        FilterIdentityProvider: string;
        /**
         * @description The user filter (a user ID, `user-…`). Optional (see `filter[account]`). An unknown ID matches nothing (200, empty `data`).
         * @example user-suh84u6vuvidtbg
         */
        FilterUser: string;
        /**
         * @description The page number to return, starting at 1.
         * @example 1
         */
        PageNumber: number;
        /**
         * @description The number of resources per page (1 to 100; default 20, the go-scalr v2 default).
         * @example 20
         */
        PageSize: number;
        /**
         * @description Optional API profile preference, e.g. `profile=preview` (the document's example) or `profile=internal` (go-scalr examples). The applied profile is echoed in `Preference-Applied`. Other preferences are ignored, as RFC 7240 allows.
         * @example profile=preview
         */
        Prefer: string;
        /**
         * @description Query string (a case-insensitive substring of the user's email or full name). Reserved characters such as `@` may be sent unencoded (`allowReserved`).
         * @example jane
         */
        Query: string;
        /**
         * @description The comma-separated list of attributes to sort by (available values: `created-at`, `email`, `full-name`, `last-login-at`, `status`); prefix a value with `-` for descending order. Values are documented for `listAccountUsers`; `listUsers` accepts the same list.
         * @example [
         *       "-last-login-at",
         *       "email"
         *     ]
         */
        Sort: ("created-at" | "-created-at" | "email" | "-email" | "full-name" | "-full-name" | "last-login-at" | "-last-login-at" | "status" | "-status")[];
        /**
         * @description The user ID (`user-…`). Not pattern-checked, so an unknown or malformed ID answers 404 like the provider rather than a validation error.
         * @example user-suh84u6vuvidtbg
         */
        UserId: string;
        /**
         * @description The comma-separated list of relationship paths to side-load into `included` (available values: `identity-providers`, `teams`, the User resource's relationships).
         * @example [
         *       "teams"
         *     ]
         */
        UserInclude: ("identity-providers" | "teams")[];
    };
    requestBodies: never;
    headers: {
        /**
         * @description The API profile the provider applied, echoed when the request sent `Prefer` (e.g. `profile=preview`).
         * @example profile=preview
         */
        PreferenceApplied: string;
    };
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    listAccountUsers: {
        parameters: {
            query?: {
                /**
                 * @description Do not include account users from global-scope. This is for self-hosted only (the document types it as a string; `true` enables it).
                 * @example true
                 */
                exclude_global_users?: components["parameters"]["ExcludeGlobalUsers"];
                /**
                 * @description The account filter (an account ID, `acc-…`). The document calls one of it and `filter[user]` mandatory on `listAccountUsers`, but its own example sends neither (every account-user the token may see). An unknown ID matches nothing (200, empty `data`).
                 * @example acc-tmhltms60l40m9o
                 */
                "filter[account]"?: components["parameters"]["FilterAccount"];
                /**
                 * @description The user filter (a user ID, `user-…`). Optional (see `filter[account]`). An unknown ID matches nothing (200, empty `data`).
                 * @example user-suh84u6vuvidtbg
                 */
                "filter[user]"?: components["parameters"]["FilterUser"];
                /**
                 * @description The comma-separated list of relationship paths to side-load into `included` (available values: `account`, `teams`, `user`).
                 * @example [
                 *       "user"
                 *     ]
                 */
                include?: components["parameters"]["AccountUserInclude"];
                /**
                 * @description The page number to return, starting at 1.
                 * @example 1
                 */
                "page[number]"?: components["parameters"]["PageNumber"];
                /**
                 * @description The number of resources per page (1 to 100; default 20, the go-scalr v2 default).
                 * @example 20
                 */
                "page[size]"?: components["parameters"]["PageSize"];
                /**
                 * @description Query string (a case-insensitive substring of the user's email or full name). Reserved characters such as `@` may be sent unencoded (`allowReserved`).
                 * @example jane
                 */
                query?: components["parameters"]["Query"];
                /**
                 * @description The comma-separated list of attributes to sort by (available values: `created-at`, `email`, `full-name`, `last-login-at`, `status`); prefix a value with `-` for descending order. Values are documented for `listAccountUsers`; `listUsers` accepts the same list.
                 * @example [
                 *       "-last-login-at",
                 *       "email"
                 *     ]
                 */
                sort?: components["parameters"]["Sort"];
            };
            header?: {
                /**
                 * @description Optional API profile preference, e.g. `profile=preview` (the document's example) or `profile=internal` (go-scalr examples). The applied profile is echoed in `Preference-Applied`. Other preferences are ignored, as RFC 7240 allows.
                 * @example profile=preview
                 */
                Prefer?: components["parameters"]["Prefer"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "Preference-Applied": components["headers"]["PreferenceApplied"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["AccountUserList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["AccountNotFound"];
            422: components["responses"]["InvalidQueryParameter"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Error"];
        };
    };
    inviteUserToAccount: {
        parameters: {
            query?: {
                /**
                 * @description The comma-separated list of relationship paths to side-load into `included` (available values: `account`, `teams`, `user`).
                 * @example [
                 *       "user"
                 *     ]
                 */
                include?: components["parameters"]["AccountUserInclude"];
            };
            header?: {
                /**
                 * @description Optional API profile preference, e.g. `profile=preview` (the document's example) or `profile=internal` (go-scalr examples). The applied profile is echoed in `Preference-Applied`. Other preferences are ignored, as RFC 7240 allows.
                 * @example profile=preview
                 */
                Prefer?: components["parameters"]["Prefer"];
            };
            path: {
                /**
                 * @description The account ID (`acc-…`). Not pattern-checked, so an unknown or malformed ID answers 404 like the provider rather than a validation error.
                 * @example acc-tmhltms60l40m9o
                 */
                account: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.api+json": components["schemas"]["UserInviteRequest"];
            };
        };
        responses: {
            /** @description The user was invited; the body is the created AccountUser resource. */
            201: {
                headers: {
                    "Preference-Applied": components["headers"]["PreferenceApplied"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["AccountUserDocument"];
                };
            };
            400: components["responses"]["MalformedRequestBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["AccountNotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["InvalidRequestBody"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Error"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description Query by access on a given scope (go-scalr v2 `AccessQuery`). */
                access_query?: components["parameters"]["AccessQuery"];
                /**
                 * @description Email filter (exact match on the user's email). `@` may be sent unencoded (`allowReserved`), as servers accept it.
                 * @example jane.doe@example.com
                 */
                "filter[email]"?: components["parameters"]["FilterEmail"];
                /**
                 * @description The identity provider filter (an identity provider ID, `idp-…`).
                 * @example idp-sohkb0o1phrdmr8
                 */
                "filter[identity-provider]"?: components["parameters"]["FilterIdentityProvider"];
                /**
                 * @description The user filter (a user ID, `user-…`). Optional (see `filter[account]`). An unknown ID matches nothing (200, empty `data`).
                 * @example user-suh84u6vuvidtbg
                 */
                "filter[user]"?: components["parameters"]["FilterUser"];
                /**
                 * @description The comma-separated list of relationship paths to side-load into `included` (available values: `identity-providers`, `teams`, the User resource's relationships).
                 * @example [
                 *       "teams"
                 *     ]
                 */
                include?: components["parameters"]["UserInclude"];
                /**
                 * @description The page number to return, starting at 1.
                 * @example 1
                 */
                "page[number]"?: components["parameters"]["PageNumber"];
                /**
                 * @description The number of resources per page (1 to 100; default 20, the go-scalr v2 default).
                 * @example 20
                 */
                "page[size]"?: components["parameters"]["PageSize"];
                /**
                 * @description Query string (a case-insensitive substring of the user's email or full name). Reserved characters such as `@` may be sent unencoded (`allowReserved`).
                 * @example jane
                 */
                query?: components["parameters"]["Query"];
                /**
                 * @description The comma-separated list of attributes to sort by (available values: `created-at`, `email`, `full-name`, `last-login-at`, `status`); prefix a value with `-` for descending order. Values are documented for `listAccountUsers`; `listUsers` accepts the same list.
                 * @example [
                 *       "-last-login-at",
                 *       "email"
                 *     ]
                 */
                sort?: components["parameters"]["Sort"];
            };
            header?: {
                /**
                 * @description Optional API profile preference, e.g. `profile=preview` (the document's example) or `profile=internal` (go-scalr examples). The applied profile is echoed in `Preference-Applied`. Other preferences are ignored, as RFC 7240 allows.
                 * @example profile=preview
                 */
                Prefer?: components["parameters"]["Prefer"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "Preference-Applied": components["headers"]["PreferenceApplied"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["UserList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["InvalidQueryParameter"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Error"];
        };
    };
    createUser: {
        parameters: {
            query?: {
                /**
                 * @description The comma-separated list of relationship paths to side-load into `included` (available values: `identity-providers`, `teams`, the User resource's relationships).
                 * @example [
                 *       "teams"
                 *     ]
                 */
                include?: components["parameters"]["UserInclude"];
            };
            header?: {
                /**
                 * @description Optional API profile preference, e.g. `profile=preview` (the document's example) or `profile=internal` (go-scalr examples). The applied profile is echoed in `Preference-Applied`. Other preferences are ignored, as RFC 7240 allows.
                 * @example profile=preview
                 */
                Prefer?: components["parameters"]["Prefer"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.api+json": components["schemas"]["UserCreateRequest"];
            };
        };
        responses: {
            /** @description The user was created; the body is the User resource. */
            201: {
                headers: {
                    "Preference-Applied": components["headers"]["PreferenceApplied"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["UserDocument"];
                };
            };
            400: components["responses"]["MalformedRequestBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["RelationshipNotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["InvalidRequestBody"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Error"];
        };
    };
    getUser: {
        parameters: {
            query?: {
                /**
                 * @description The comma-separated list of relationship paths to side-load into `included` (available values: `identity-providers`, `teams`, the User resource's relationships).
                 * @example [
                 *       "teams"
                 *     ]
                 */
                include?: components["parameters"]["UserInclude"];
            };
            header?: {
                /**
                 * @description Optional API profile preference, e.g. `profile=preview` (the document's example) or `profile=internal` (go-scalr examples). The applied profile is echoed in `Preference-Applied`. Other preferences are ignored, as RFC 7240 allows.
                 * @example profile=preview
                 */
                Prefer?: components["parameters"]["Prefer"];
            };
            path: {
                /**
                 * @description The user ID (`user-…`). Not pattern-checked, so an unknown or malformed ID answers 404 like the provider rather than a validation error.
                 * @example user-suh84u6vuvidtbg
                 */
                user: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    "Preference-Applied": components["headers"]["PreferenceApplied"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["UserDocument"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["UserNotFound"];
            422: components["responses"]["InvalidQueryParameter"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Error"];
        };
    };
    deleteUser: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional API profile preference, e.g. `profile=preview` (the document's example) or `profile=internal` (go-scalr examples). The applied profile is echoed in `Preference-Applied`. Other preferences are ignored, as RFC 7240 allows.
                 * @example profile=preview
                 */
                Prefer?: components["parameters"]["Prefer"];
            };
            path: {
                /**
                 * @description The user ID (`user-…`). Not pattern-checked, so an unknown or malformed ID answers 404 like the provider rather than a validation error.
                 * @example user-suh84u6vuvidtbg
                 */
                user: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user was deleted. No body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["UserNotFound"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Error"];
        };
    };
    updateUser: {
        parameters: {
            query?: {
                /**
                 * @description The comma-separated list of relationship paths to side-load into `included` (available values: `identity-providers`, `teams`, the User resource's relationships).
                 * @example [
                 *       "teams"
                 *     ]
                 */
                include?: components["parameters"]["UserInclude"];
            };
            header?: {
                /**
                 * @description Optional API profile preference, e.g. `profile=preview` (the document's example) or `profile=internal` (go-scalr examples). The applied profile is echoed in `Preference-Applied`. Other preferences are ignored, as RFC 7240 allows.
                 * @example profile=preview
                 */
                Prefer?: components["parameters"]["Prefer"];
            };
            path: {
                /**
                 * @description The user ID (`user-…`). Not pattern-checked, so an unknown or malformed ID answers 404 like the provider rather than a validation error.
                 * @example user-suh84u6vuvidtbg
                 */
                user: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.api+json": components["schemas"]["UserUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated User resource. */
            200: {
                headers: {
                    "Preference-Applied": components["headers"]["PreferenceApplied"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["UserDocument"];
                };
            };
            400: components["responses"]["MalformedRequestBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["UserNotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["InvalidRequestBody"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["Error"];
        };
    };
}
