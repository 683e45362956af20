// Generated from spec/ by `npm run gen` (openapi-typescript). Do not edit.

export type paths = {
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View your user account
         * @description Returns the authenticated user's account wrapped in `user` (document "View your user
         *     account", `GET /api/users`; view `app/views/api/users/show.rabl`).
         *
         *     OAuth scope `profile_read` (Bearer), or API credentials (Basic, no scope check).
         *     The controller also routes `GET /api/users/{id}` (Rails `resources :users`) to this
         *     action (`getUserById`), and every path takes Rails' optional `.json` suffix
         *     (`/api/users.json`). `unprocessed_usage` is the amount the user has accrued, but not yet transferred to the
         *     billing system for billing.
         *
         *     Errors: 401 (no, invalid or expired token: empty body and `WWW-Authenticate`; bad Basic
         *     credentials: `{"errors": ["Not Authorized"]}`), 403 (token without `profile_read`: empty
         *     body), 422 (unsupported API version requested in `Accept`).
         */
        get: operations["getUser"];
        put?: never;
        /**
         * Create a new user
         * @description Registers a new user (document "Create New User", `POST /api/users`). A special endpoint
         *     for use with the embeddable interface; users are not expected to be able to log in
         *     directly after signup.
         *
         *     - Only available with the `register` scope (Bearer, typically a `client_credentials`
         *       token of an application the administrator granted `register`), or with API
         *       credentials (Basic, no scope check: the current controller skips the scope check
         *       when a user is authenticated; older controllers required the OAuth token).
         *     - Automatically generates API credentials (`api.username`, `api.password` in the
         *       response) and the user's password; sends no email confirmation.
         *     - If no email is provided, or the email is already in use, generates a unique email
         *       `<provider_username>_<12 hex>@<controller host>`.
         *     - `currency` is upcased; when blank, the installation's default currency is used.
         *     - A blank `locale`, or one the installation does not offer, becomes `en`.
         *     - `labels` of the new user: `{<provider>: {<provider_server>: <provider_username>}}`
         *       (`provider` defaults to `cpanel`, downcased), merged with the top-level `labels`.
         *
         *     **Where `provider_server` and `provider_username` go.** The document lists them
         *     (required) inside `user`. The controller (and its test) read them at the **top level**
         *     of the body, next to `user` and the optional `provider`; on a real controller the
         *     document's placement is answered 422 `missing provider settings`. facsimile accepts
         *     either location (the `anyOf` of the schema): it reads the top level first (controller)
         *     and falls back to `user.*` (document). When neither location has both, it answers 422
         *     `{"errors": ["missing provider settings"]}` as the controller does.
         *
         *     **Response**: 201 `{"user": {…}}`, see the `CreatedUser` schema: the document's example
         *     and the controller's view differ, and facsimile sends the controller's shape.
         *
         *     Errors: 422 `{"errors": ["missing provider settings"]}`, 422 with the model's full
         *     messages (`Fname can't be blank`, …; facsimile also uses 422 for a body that breaks
         *     this request schema), 422 `Bad Request. Please check the documentation.` (body is not
         *     valid JSON) or unsupported API version; 401 (no, invalid or expired token: empty body
         *     and `WWW-Authenticate`; bad Basic credentials: `{"errors": ["Not Authorized"]}`); 403
         *     (token without `register`: empty body).
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update your user account
         * @description Updates the authenticated user's account (document "Update your user account",
         *     `PATCH /api/users`). Body `{"user": {…}}`; every attribute is optional and omitted
         *     attributes are left unchanged. `external_id` is not in the document but the controller
         *     permits it. Unknown attributes are ignored (Rails strong parameters), so
         *     `additionalProperties` is allowed.
         *
         *     **Response**: the document shows none; the controller answers **200 with the body
         *     `{}`** on success (it does not return the updated user: read it back with
         *     `GET /api/users`).
         *
         *     OAuth scope `profile_update` (Bearer), or API credentials (Basic, no scope check).
         *
         *     Errors: **400** `{"errors": [full messages]}` when the model rejects the change (e.g.
         *     `Email is invalid`, a `country` that is not 2 letters); the controller uses 400 here,
         *     not the 422 of its other endpoints, and facsimile keeps 400, also for a body that breaks
         *     this request schema. 401 (no, invalid or expired token: empty body and
         *     `WWW-Authenticate`; bad Basic credentials: `{"errors": ["Not Authorized"]}`), 403 (token
         *     without `profile_update`: empty body), 422 `Bad Request. Please check the documentation.`
         *     (body is not valid JSON) or unsupported API version.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Any value: the controller acts on the authenticated user whatever the id (Rails routes
                 *     `resources :users` here; `show` and `update` read `current_user`). `new` is Rails'
                 *     `new` route, which has no action: 404.
                 * @example 1
                 */
                id: string;
            };
            cookie?: never;
        };
        /**
         * View your user account (resource route)
         * @description **Not in the document**: the `show` action reached through Rails `resources :users`
         *     (config/routes/api/user.rb). Same answers as `GET /api/users`.
         */
        get: operations["getUserById"];
        /**
         * Update your user account (resource route, PUT)
         * @description **Not in the document**: the `update` action reached through Rails `resources :users`
         *     (config/routes/api/user.rb), which routes both PATCH and PUT there. Same body and
         *     answers as `PATCH /api/users`.
         */
        put: operations["replaceUserById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update your user account (resource route)
         * @description **Not in the document**: the `update` action reached through Rails `resources :users`
         *     (config/routes/api/user.rb), which routes both PATCH and PUT there. Same body and
         *     answers as `PATCH /api/users`.
         */
        patch: operations["updateUserById"];
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        /**
         * @description The API credentials generated on signup (credential name `generated-on-signup`): use
         *     them with HTTP Basic. The password is shown only in this response.
         */
        ApiCredentials: {
            /** @description API credential password (Basic password). */
            password: string;
            /** @description API credential username (Basic username). */
            username: string;
        };
        /** @description The user's billing plan. */
        BillingPlan: {
            /** @description Billing plan id. */
            id: number;
            /** @description Billing plan name, e.g. `default`. */
            name: string;
        };
        /**
         * @description Country, which the document asks in the 2-letter format (ISO 3166-1 alpha-2), e.g. `US`,
         *     `CA`, `NL`; the User model does not check it (app/models/user.rb), so any text is kept as
         *     sent.
         * @example US
         */
        CountryCode: string;
        /**
         * @description The new user. The document's example and the controller's view disagree:
         *     - **Controller** (`app/views/api/users/create.rabl`, what a real controller sends and
         *       what facsimile sends): `id`, `fname`, `lname`, `email`, `currency` (a code string
         *       here, not the `{code, symbol}` object of `GET`), `api`, `labels`.
         *     - **Document** (example of "Create New User"): `fname`, `lname`, `email`, `locale`,
         *       `api`, `labels`; no `id`, no `currency`.
         *     Exactly one of the two shapes matches a body.
         */
        CreatedUser: components["schemas"]["CreatedUserControllerShape"] | components["schemas"]["CreatedUserDocumentShape"];
        /**
         * Controller shape (facsimile's choice)
         * @description What the controller's `create.rabl` renders. `locale`, `company_name` and `external_id`
         *     are optional: the newer docs' example shows them, the view does not send them.
         */
        CreatedUserControllerShape: {
            api: components["schemas"]["ApiCredentials"];
            /** @description Company name. */
            company_name?: string | null;
            /** @description Currency code (a string here, unlike the object of `GET /api/users`). */
            currency: string;
            /**
             * Format: email
             * @description Email address (given, or generated when missing or already in use).
             */
            email: string;
            /** @description Id of the user in an external system. */
            external_id?: string | null;
            /** @description First name. */
            fname: string;
            /** @description Id of the new user. */
            id: number;
            labels: components["schemas"]["Labels"];
            /** @description Last name. */
            lname: string;
            /** @description Locale code. */
            locale?: string;
        };
        /**
         * Document shape
         * @description The shape of the document's example (whose values are type placeholders, `"string"`).
         *     Not sent by a real controller nor by facsimile.
         */
        CreatedUserDocumentShape: {
            api: components["schemas"]["ApiCredentials"];
            /**
             * Format: email
             * @description Email address.
             */
            email: string;
            /** @description First name. */
            fname: string;
            labels: components["schemas"]["Labels"];
            /** @description Last name. */
            lname: string;
            /** @description Locale code. */
            locale: string;
        };
        /** @description The body of a successful `POST /api/users`. */
        CreatedUserEnvelope: {
            user: components["schemas"]["CreatedUser"];
        };
        /**
         * @description The new user's attributes (document table, plus `external_id`, which the controller
         *     permits). `fname` and `lname` are required. Unknown attributes are ignored by the
         *     controller (Rails strong parameters), so they are allowed.
         */
        CreateUserAttributes: {
            /** @description Address, first line. */
            address1?: string | null;
            /** @description Address, second line. */
            address2?: string | null;
            /**
             * @description Enable SFTP Auth on all new projects. Rails casts it as a boolean column does:
             *     `false`, `0`, `"0"`, `"f"`, `"F"`, `"false"`, `"FALSE"`, `"off"`, `"OFF"` are false,
             *     any other value true, and `""` leaves it unchanged.
             */
            c_sftp_pass?: boolean | string | number;
            /** @description City. */
            city?: string | null;
            /** @description Company name. */
            company_name?: string | null;
            country?: components["schemas"]["CountryCode"];
            /** @description Currency code, upcased by the controller; blank uses the installation's default currency. */
            currency?: components["schemas"]["CurrencyCode"] | string;
            /**
             * @description Email address. Optional: when missing, blank or already in use, the controller
             *     generates `<provider_username>_<12 hex>@<controller host>`.
             */
            email?: string;
            /**
             * @description Id of the user in an external system (billing, SSO). Not in the document; permitted
             *     by the controller.
             */
            external_id?: string | null;
            /** @description First name (required). */
            fname: string;
            /** @description Last name (required). */
            lname: string;
            /** @description Locale code (example `en`); blank or unknown becomes `en`. */
            locale?: string;
            /** @description Labels to merge into the user's labels (free-form object). */
            merge_labels?: {
                [key: string]: unknown;
            };
            /** @description Phone number. */
            phone?: string | null;
            /**
             * @description **Document location** (required there). The url or unique server name of the
             *     provider's server. This is used to scope the username. The controller reads the
             *     top-level `provider_server` instead.
             */
            provider_server?: string;
            /**
             * @description **Document location** (required there). The user's username on the server. The
             *     controller reads the top-level `provider_username` instead.
             */
            provider_username?: string;
            /** @description State or province. */
            state?: string | null;
            /** @description Postal code. */
            zip?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Body of `POST /api/users`. `provider_server` and `provider_username` are required, at
         *     the top level (where the controller reads them) or inside `user` (where the document
         *     puts them); see `anyOf`. Unknown keys are ignored by the controller.
         */
        CreateUserRequest: ({
            labels?: components["schemas"]["Labels"];
            /**
             * @description The name of the provider the credentials are generated for, such as `cpanel`
             *     (default `cpanel`, downcased). Top level, as the controller reads it.
             * @example cpanel
             */
            provider?: string;
            /**
             * @description **Controller location.** The url or unique server name of the provider's server.
             *     This is used to scope the username.
             */
            provider_server?: string;
            /** @description **Controller location.** The user's username on the server. */
            provider_username?: string;
            user: components["schemas"]["CreateUserAttributes"];
        } & {
            [key: string]: unknown;
        }) | components["schemas"]["ProviderSettings"] | {
            user: components["schemas"]["ProviderSettings"];
        };
        /** @description The user's currency (`GET /api/users`). */
        Currency: {
            /** @description ISO 4217 currency code, e.g. `USD`. */
            code: string;
            /** @description Currency symbol, e.g. `$`. */
            symbol: string;
        };
        /**
         * @description Currency code (ISO 4217, e.g. `USD`, `EUR`). The controller upcases it on create, so
         *     lowercase is accepted.
         * @example USD
         */
        CurrencyCode: string;
        /** @description The empty JSON object `{}`. */
        EmptyObject: Record<string, never>;
        /**
         * @description The provider's error envelope: `{"errors": ["…", …]}`, human-readable messages (Rails
         *     `full_messages` for model failures).
         */
        Errors: {
            /** @description One message per error. */
            errors: string[];
        };
        /**
         * @description Free-form labels of the user: keys are label names, values are strings or nested
         *     objects (e.g. `{"cpanel": {"server1.example.com": "jsmith"}}`).
         * @example {
         *       "cpanel": {
         *         "server1.example.com": "jsmith"
         *       }
         *     }
         */
        Labels: {
            [key: string]: unknown;
        };
        /**
         * @description A plain-text error body (406 `Unknown format. Only JSON and XML are permitted.`), sent
         *     with `Content-Type: text/html` by the controller.
         */
        PlainTextError: string;
        /**
         * @description An object that carries both provider settings, non-blank: the body's top level
         *     (controller placement) or its `user` (document placement). Other keys are not
         *     constrained here.
         */
        ProviderSettings: {
            /** @description The url or unique server name of the provider's server. */
            provider_server: string;
            /** @description The user's username on the server. */
            provider_username: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Usage and limit of one kind of resource. */
        QuotaUsage: {
            /** @description How many more the user may create. */
            available: number;
            /** @description How many the user has now. */
            current: number;
            /** @description Whether the user is over the quota. */
            is_over: boolean;
            /** @description How many the user may have. */
            quota: number;
        };
        /**
         * @description What Rails itself answers for an exception the controller does not rescue
         *     (ActionDispatch::PublicExceptions, JSON format): `{"status": 400, "error": "Bad Request"}`.
         */
        RailsException: {
            error: string;
            status: number;
        };
        /** @description How many of each service the user has. */
        Services: {
            /** @description Number of container images. */
            container_images: number;
            /** @description Number of container registries. */
            container_registries: number;
            /** @description Number of container services. */
            container_services: number;
            /** @description Number of deployed containers. */
            containers: number;
            /** @description Number of DNS zones. */
            dns_zones: number;
            /** @description Number of projects. */
            projects: number;
        };
        /**
         * @description The attributes to change (document table, plus `external_id`, which the controller
         *     permits). All optional. Unknown attributes are ignored by the controller (Rails strong
         *     parameters), so they are allowed. Attributes the account may leave empty (shown as
         *     `null` by `GET /api/users`) accept `null` to clear them.
         */
        UpdateUserAttributes: {
            /** @description Address, first line. */
            address1?: string | null;
            /** @description Address, second line. */
            address2?: string | null;
            /**
             * @description Enable SFTP Auth on all new projects. Rails casts it as a boolean column does:
             *     `false`, `0`, `"0"`, `"f"`, `"F"`, `"false"`, `"FALSE"`, `"off"`, `"OFF"` are false,
             *     any other value true, and `""` leaves it unchanged.
             */
            c_sftp_pass?: boolean | string | number;
            /** @description City. */
            city?: string | null;
            /** @description Company name. */
            company_name?: string | null;
            country?: components["schemas"]["CountryCode"];
            currency?: components["schemas"]["CurrencyCode"];
            /**
             * Format: email
             * @description Email address.
             */
            email?: string;
            /**
             * @description Id of the user in an external system (billing, SSO). Not in the document; permitted
             *     by the controller.
             */
            external_id?: string | null;
            /** @description First name (the model requires it, so it cannot be blank). */
            fname?: string;
            /** @description Last name (the model requires it, so it cannot be blank). */
            lname?: string;
            /** @description Locale code (example `en`). */
            locale?: string;
            /** @description Labels to merge into the user's labels (free-form object). */
            merge_labels?: {
                [key: string]: unknown;
            };
            /** @description Phone number. */
            phone?: string | null;
            /** @description State or province. */
            state?: string | null;
            /** @description Postal code. */
            zip?: string | null;
        } & {
            [key: string]: unknown;
        };
        /** @description Body of `PATCH /api/users`. Unknown top-level keys are ignored by the controller. */
        UpdateUserRequest: {
            user: components["schemas"]["UpdateUserAttributes"];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The authenticated user's account (`app/views/api/users/show.rabl`). Every field of the
         *     document's table is always sent, `c_sftp_pass` included (show.rabl always sends it;
         *     the users table defaults it to `true`). The document's example omits `c_sftp_pass`, so
         *     the schema keeps it optional for that example to stay valid. Fields the example shows
         *     as `null` are nullable. No other field is allowed.
         */
        User: {
            /** @description Address, first line; `null` when not set. */
            address1: string | null;
            /** @description Address, second line; `null` when not set. */
            address2: string | null;
            billing_plan: components["schemas"]["BillingPlan"];
            /** @description Enable SFTP Auth on all new projects. */
            c_sftp_pass?: boolean;
            /** @description City; `null` when not set. */
            city: string | null;
            /** @description Company name; `null` when not set. */
            company_name: string | null;
            country: components["schemas"]["CountryCode"];
            /**
             * Format: date-time
             * @description Creation time of the account.
             */
            created_at: string;
            currency: components["schemas"]["Currency"];
            /**
             * Format: email
             * @description Email address.
             */
            email: string;
            /** @description First name. */
            fname: string;
            /** @description User id. */
            id: number;
            /** @description Last name. */
            lname: string;
            /** @description Locale code, e.g. `en`. */
            locale: string;
            /** @description Phone number; `null` when not set. */
            phone: string | null;
            /**
             * @description Quotas by kind (`{{kind}}` in the document, e.g. `containers`, `cr`, `dns_zones`):
             *     each value is the usage and limit of that kind.
             */
            quota: {
                [key: string]: components["schemas"]["QuotaUsage"];
            };
            services: components["schemas"]["Services"];
            /** @description State or province; `null` when not set. */
            state: string | null;
            /** @description IANA time zone name, e.g. `America/Los_Angeles`. */
            timezone: string;
            /**
             * @description The amount the user has accrued, but not yet transferred to the billing system for
             *     billing (Decimal). The document's example shows a JSON number (`0.0`), which
             *     facsimile sends; the UAPI docs' general note says Decimal prices are returned as
             *     strings (Rails encodes `BigDecimal` as a string), so a numeric string is accepted
             *     too.
             */
            unprocessed_usage: number | string;
            /**
             * Format: date-time
             * @description Last update time of the account.
             */
            updated_at: string;
            /** @description VAT number; `null` when not set. */
            vat: string | null;
            /** @description Postal code; `null` when not set. */
            zip: string | null;
        };
        /** @description The body of `GET /api/users`. */
        UserEnvelope: {
            user: components["schemas"]["User"];
        };
    };
    responses: {
        /**
         * @description Any other error, in the provider's envelope `{"errors": ["…"]}`: 404 unknown route
         *     (`Unknown API Call. Please check the documentation.`, also for a method the route does
         *     not have), 400/413/415 (facsimile, body it cannot read), 500 (`{"errors": ["<exception
         *     message>"]}`). 406 (a format that is neither JSON nor XML) is plain text.
         */
        Error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Errors"];
                "text/html": components["schemas"]["PlainTextError"];
            };
        };
        /**
         * @description 403 Forbidden: a valid Bearer token that lacks the operation's scope. **Empty body**
         *     (Doorkeeper `ForbiddenTokenResponse`, rendered with `head :forbidden`), no
         *     `WWW-Authenticate`.
         */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /**
         * @description 401 Unauthorized.
         *     - Bearer: no token, or an unknown, expired or revoked token. **Empty body**, with
         *       `WWW-Authenticate: Bearer realm="ComputeStacks", error="invalid_token",
         *       error_description="…"` (Doorkeeper; the app does not override the render options).
         *     - Basic: unknown API credential username or wrong password. Body
         *       `{"errors": ["Not Authorized"]}`, no `WWW-Authenticate`.
         */
        Unauthorized: {
            headers: {
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Errors"];
            };
        };
        /**
         * @description 422 Unprocessable Entity: the body is not valid JSON or the request is otherwise
         *     malformed (`Bad Request. Please check the documentation.`), or an unsupported API
         *     version was requested (`You requested an unsupported version (N)`, with
         *     `API-Version-Supported: false`).
         */
        UnprocessableRequest: {
            headers: {
                "API-Version-Supported": components["headers"]["API-Version-Supported"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Errors"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /**
         * @description `true` when the request asked (in `Accept: application/json; api_version=N`) for a
         *     deprecated API version (51–71). Absent otherwise.
         * @example true
         */
        "API-Deprecated": "true";
        /**
         * @description `false` when the request asked for an unsupported or obsolete API version (sent with the
         *     422 `You requested an unsupported version (N)`). Absent otherwise.
         * @example false
         */
        "API-Version-Supported": "false";
        /**
         * @description Sent with Bearer failures (Doorkeeper `InvalidTokenResponse`):
         *     `Bearer realm="ComputeStacks", error="invalid_token", error_description="…"`. Not sent
         *     with a failed Basic authentication, which has a JSON body instead.
         */
        "WWW-Authenticate": string;
    };
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The authenticated user's account, wrapped in `user`. */
            200: {
                headers: {
                    "API-Deprecated": components["headers"]["API-Deprecated"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableRequest"];
            default: components["responses"]["Error"];
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description The new user's attributes wrapped in `user`, with the provider settings at the top
         *     level (controller) or inside `user` (document).
         */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserRequest"];
            };
        };
        responses: {
            /**
             * @description The user was created, with its generated API credentials, wrapped in `user`
             *     (`app/views/api/users/create.rabl`).
             */
            201: {
                headers: {
                    "API-Deprecated": components["headers"]["API-Deprecated"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedUserEnvelope"];
                };
            };
            /**
             * @description 400 Bad Request: the body has no `user` or an empty one (`params.require(:user)`
             *     raises ActionController::ParameterMissing, answered by Rails itself).
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RailsException"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /**
             * @description 422 Unprocessable Entity: provider settings missing, the model rejected the new user
             *     (or the body breaks this request schema), the body is not valid JSON, or an
             *     unsupported API version was requested. Body `{"errors": […]}`.
             */
            422: {
                headers: {
                    "API-Version-Supported": components["headers"]["API-Version-Supported"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Errors"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The attributes to change, wrapped in `user`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserRequest"];
            };
        };
        responses: {
            /**
             * @description The account was updated. Body `{}` (controller `render json: {}`); the document shows
             *     no response.
             */
            200: {
                headers: {
                    "API-Deprecated": components["headers"]["API-Deprecated"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyObject"];
                };
            };
            /**
             * @description 400 Bad Request: the model rejected the change (or the body breaks this request
             *     schema). Body `{"errors": [full messages]}`.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Errors"] | components["schemas"]["RailsException"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableRequest"];
            default: components["responses"]["Error"];
        };
    };
    getUserById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Any value: the controller acts on the authenticated user whatever the id (Rails routes
                 *     `resources :users` here; `show` and `update` read `current_user`). `new` is Rails'
                 *     `new` route, which has no action: 404.
                 * @example 1
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The authenticated user's account, wrapped in `user`. */
            200: {
                headers: {
                    "API-Deprecated": components["headers"]["API-Deprecated"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableRequest"];
            default: components["responses"]["Error"];
        };
    };
    replaceUserById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Any value: the controller acts on the authenticated user whatever the id (Rails routes
                 *     `resources :users` here; `show` and `update` read `current_user`). `new` is Rails'
                 *     `new` route, which has no action: 404.
                 * @example 1
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description The attributes to change, wrapped in `user`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserRequest"];
            };
        };
        responses: {
            /** @description The account was updated. Body `{}`. */
            200: {
                headers: {
                    "API-Deprecated": components["headers"]["API-Deprecated"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyObject"];
                };
            };
            /** @description 400 Bad Request, body `{"errors": [full messages]}`, as `PATCH /api/users`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Errors"] | components["schemas"]["RailsException"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableRequest"];
            default: components["responses"]["Error"];
        };
    };
    updateUserById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Any value: the controller acts on the authenticated user whatever the id (Rails routes
                 *     `resources :users` here; `show` and `update` read `current_user`). `new` is Rails'
                 *     `new` route, which has no action: 404.
                 * @example 1
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description The attributes to change, wrapped in `user`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserRequest"];
            };
        };
        responses: {
            /** @description The account was updated. Body `{}`. */
            200: {
                headers: {
                    "API-Deprecated": components["headers"]["API-Deprecated"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyObject"];
                };
            };
            /** @description 400 Bad Request, body `{"errors": [full messages]}`, as `PATCH /api/users`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Errors"] | components["schemas"]["RailsException"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableRequest"];
            default: components["responses"]["Error"];
        };
    };
}
