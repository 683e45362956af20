// Generated from spec/ by `npm run gen` (openapi-typescript). Do not edit.

export type paths = {
    "/v1/account/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the current user profile (go-scalingo path)
         * @description **Not in the provider document**: this is the path the official Go client uses
         *     (go-scalingo `UpdateUser`, `PATCH /v1/account/profile` on `auth.scalingo.com`, expects
         *     200 `{"user": …}`). It updates the token's own account. Body `{"user": {"password"?,
         *     "email"?}}` (older go-scalingo versions also send `stop_free_trial`); go-scalingo
         *     skips the call when both `password` and `email` are empty. Unknown attributes are
         *     ignored. go-scalingo reads only `id`, `username`, `fullname`, `email` and `flags` from
         *     the returned user.
         */
        patch: operations["updateProfile"];
        trace?: never;
    };
    "/v1/account/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the account usage
         * @description Gets the account usage between two given dates (document: `GET
         *     https://$SCALINGO_API_URL/v1/account/usage?from=2020-10-01&to=2020-11-01`). Both dates
         *     are optional and must be in the form `YYYY-MM-DD`.
         *
         *     **Shape**: the document's example is malformed JSON: trailing commas, a literal `...`,
         *     and `}, {` showing several application usages directly inside the `usage` object. No
         *     official client models this endpoint. This contract reads `usage` as an **array** of
         *     per-application usages (the document's `{ {app…}, {app…} }` with the outer braces as
         *     brackets); the stub serves that array. A reading of the document as a single
         *     application object under `usage` is not accepted.
         *
         *     > ⚠️ `price`, `hourly_price` and `thirtydays_price` are deprecated fields (document);
         *     > they are still sent and marked `deprecated: true` wherever they appear.
         *
         *     A `from` or `to` that is not a `YYYY-MM-DD` date, or a `from` later than `to`, is
         *     answered 422 `{"errors": {"from"|"to": [message]}}`.
         */
        get: operations["getAccountUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/apps/{app}/addons/{addon_id}/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a token for an addon
         * @description **Not in the provider document** (addons reference, https://developers.scalingo.com/addons,
         *     and go-scalingo `addons.go`): returns a Bearer token valid for one hour that opens this
         *     addon's database on the Database API (`https://db-api.osc-fr1.scalingo.com/api/...`) and
         *     nothing else. go-scalingo fetches a fresh one before every database request. Served by
         *     the regional API host (`$SCALINGO_API_URL`). The body is optional and ignored.
         *
         *     `app` is the application's name or id and must belong to the token's user; `addon_id`
         *     must be one of that application's addons. Otherwise 404 in the provider's not-found
         *     shape (`resource` is `app` or `addon`).
         */
        post: operations["getAddonToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tokens/exchange": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange an API token for a Bearer token
         * @description **Not in the provider document** (global API documentation `_scalingo_api/index.md` and
         *     `tokens.md`): exchanges an API token for a Bearer JWT valid for one hour. Authenticate
         *     with HTTP Basic, empty username and the API token as password (`curl -u ":<token>"`).
         *     The body is optional; scalingo.js posts `{}`. Served by `https://auth.scalingo.com`.
         *
         *     The returned token is a JWT that go-scalingo parses without verifying it, reading its
         *     `exp` claim (it refreshes when less than 5 minutes remain), so the token always carries
         *     an `exp` claim. 401 `{"error": "…"}` when the Basic credentials are missing or the API
         *     token is unknown.
         */
        post: operations["exchangeToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users": {
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
         * Delete the user account
         * @description Deletes the user account that owns the Bearer token (document: `DELETE
         *     https://$SCALINGO_API_URL/v1/users`). **This action deletes all the owned
         *     applications.** Answers 204 No Content with an empty body. (scalingo.js instead uses a
         *     two-step flow, `POST /v1/users/delete` then `POST /v1/users/delete/{id}/confirm`, which
         *     is outside this document.)
         */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the user account to update: the token's own user id (`us-` followed by a UUID,
                 *     the `id` of `GET /v1/users/self`). Not constrained by a pattern, so an unknown id is
                 *     answered 404 `{"resource": "user", "error": "not found"}` as the provider does.
                 * @example us-d13d3065-e7fa-4b1a-827a-ce1c92415f9c
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update the user account (PUT alias)
         * @description Documented alias of `PATCH /v1/users/{user_id}` (document: "`PATCH …` or `PUT …`"):
         *     same body, same partial-update semantics (all attributes optional, omitted attributes
         *     are left unchanged), same responses.
         */
        put: operations["replaceUser"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the user account
         * @description Updates some user account information (document: `PATCH
         *     https://$SCALINGO_API_URL/v1/users/[:user_id]`). Body `{"user": {"email"?, "username"?}}`;
         *     all attributes are optional and unknown attributes are ignored (Rails strong parameters),
         *     so `additionalProperties` is allowed on the body. Answers 200 with the updated user
         *     wrapped in `user`.
         *
         *     Errors: 401 without a valid token; 403 when `user_id` names an existing user that is not
         *     the token's user; 404 `{"resource": "user", "error": "not found"}` when no user has this
         *     id; 422 `{"errors": {…}}` when the email or username is taken or invalid (request-schema
         *     failures on body fields are answered in this 422 shape, as the provider's Rails
         *     validations do); 400 when the body is not valid JSON.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/v1/users/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update the current user account (scalingo.js path)
         * @description **Not in the provider document**: this is the path the official JavaScript client uses
         *     (scalingo.js `Users.updateAccount()`, `PUT /v1/users/account` on `auth.scalingo.com`,
         *     params `src/params/auth/user.ts`). It updates the token's own account (no user id in
         *     the path) and answers 200 `{"user": User}` like the documented
         *     `PATCH /v1/users/{user_id}`.
         *
         *     Body `{"user": {…}}`, every attribute optional: `email`, `username`, `company`,
         *     `location`, `fullname`, `tos_accepted`, `email_newsletter`, `password`,
         *     `password_confirmation`, `current_password` (and `flags`, which the client's TypeScript
         *     type also carries). Unknown attributes are ignored. A password change needs a matching
         *     `password_confirmation` and the right `current_password`, otherwise 422 (`can't be
         *     blank` when `current_password` is absent, `is invalid` when wrong).
         *
         *     This literal path takes precedence over the template `/v1/users/{user_id}` (OpenAPI
         *     path matching), so `account` is never read as a user id.
         */
        put: operations["updateAccount"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request the deletion of the current user account
         * @description **Not in the provider document**: scalingo.js `Users.requestAccountDeletion()` posts
         *     here, without a body; the provider then sends an email whose link carries the
         *     deletion's id and a one-time token, which `POST /v1/users/delete/{deletion_id}/confirm`
         *     takes. Answers 201 `{"deletion": {"id", "created_at"}}`.
         *
         *     facsimile sends no email: the response header `X-Facsimile-Deletion-Token` carries what
         *     the email would (the journal and recordings redact it). A new request replaces the
         *     user's earlier, unconfirmed one.
         */
        post: operations["requestAccountDeletion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/delete/{deletion_id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the deletion of the current user account
         * @description **Not in the provider document**: scalingo.js `Users.confirmAccountDeletion(id, params)`
         *     posts `{"deletion": {"token", "reason"?, "details"?}}` here. With the token of the
         *     user's pending deletion, deletes the account and its applications as
         *     `DELETE /v1/users` does and answers 204: the account's tokens stop authenticating, so
         *     a deletion is confirmed once. An id that is not the user's pending deletion is 404
         *     `{"resource": "deletion", "error": "not found"}`; a wrong token is 422
         *     `{"errors": {"token": ["is invalid"]}}`.
         */
        post: operations["confirmAccountDeletion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve the available roles
         * @description Retrieves the list of all roles applicable to user accounts (the `role` chosen during
         *     the signup process). Documented ("Retrieve available roles"); scalingo.js unpacks the
         *     `roles` key into `string[]` and its test calls `https://auth.scalingo.com/v1/users/roles`.
         */
        get: operations["listRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/self": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the current user account
         * @description Returns the information associated to the user account that owns the Bearer token,
         *     wrapped in the `user` key. Documented (`GET https://$SCALINGO_API_URL/v1/users/self`);
         *     scalingo.js (`Users.self()`) and go-scalingo (`Self`) call it on `auth.scalingo.com`.
         */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/stop_free_trial": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop the free trial of the current user account
         * @description **Not in the provider document**: scalingo.js `Users.stopFreeTrial()` and go-scalingo
         *     `UserStopFreeTrial` (which expects 200) post here on `auth.scalingo.com`, without a
         *     body. Ends the token's user's free trial now: `free_trial_end_time` becomes the current
         *     time when a trial is running and is left alone otherwise. Answers 200
         *     `{"message": "ok"}`, the provider's answer recorded in scalingo-ruby-api
         *     (`samples/auth/user/stop-free-trial.json`).
         */
        post: operations["stopFreeTrial"];
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
         * @description The account usage, wrapped in `usage`: one entry per application. The document's
         *     example is malformed and shows several application usages inside one object; this
         *     contract reads it as an array (see the operation description).
         */
        AccountUsageEnvelope: {
            /** @description Usage of each application of the account over the period. */
            usage: components["schemas"]["AppUsage"][];
        };
        /** @description The addon plan, as embedded in an addon usage. */
        AddonPlan: {
            /** @description Description of the plan (HTML). */
            description: string;
            /** @description Whether the plan is disabled. */
            disabled: boolean;
            /** @description Plan to use instead when this one is disabled; `null` when none. */
            disabled_alternative_plan_id: string | null;
            /** @description User-friendly name. */
            display_name: string;
            /** @description Unique id of the plan. */
            id: string;
            /** @description Name of the plan (internal reference). */
            name: string;
            /** @description Whether the plan is available on demand only. */
            on_demand: boolean;
            /** @description Sorting position of the plan. */
            position: number;
            /**
             * @deprecated
             * @description Price of the plan. Deprecated (the document deprecates every `price` of this response).
             */
            price: number;
            /** @description Stock keeping unit of the plan (`osc-fr1-mysql-sandbox`). */
            sku: string;
        };
        /** @description The addon provider, as embedded in an addon usage. */
        AddonProvider: {
            /** @description Unique id of the addon provider (`mysql`). */
            id: string;
            /**
             * Format: uri-reference
             * @description URL of the logo (protocol-relative in the document, `//cdn.scalingo.com/…`).
             */
            logo_url: string;
            /** @description Name of the addon provider. */
            name: string;
        };
        /** @description The addon, wrapped in `addon`, with a Bearer `token` for its database. */
        AddonTokenResponse: {
            addon: {
                addon_provider: {
                    /** @description Addon provider id (`postgresql`). */
                    id: string;
                    /** @description Addon provider name. */
                    name: string;
                };
                /** @description Id of the application the addon belongs to. */
                app_id: string;
                /** @description Unique id of the addon (`ad-` followed by a UUID). */
                id: string;
                /** @description Resource reference of the addon (the database's name). */
                resource_id: string;
                /** @description Bearer JWT valid one hour for this addon's database only. */
                token: string;
            };
        };
        /** @description Usage of one addon over the period. */
        AddonUsage: {
            addon: components["schemas"]["UsageAddon"];
            /**
             * Format: date-time
             * @description When the addon was deprovisioned; `null` while it exists.
             */
            deprovisioned_at: string | null;
            /**
             * @deprecated
             * @description Price of this addon usage. Deprecated.
             */
            price: number;
            /**
             * Format: date-time
             * @description When the addon was provisioned.
             */
            provisioned_at: string;
            /** @description Time the addon ran over the period (unit not documented). */
            runtime: number;
            /** @description Status of the addon (`running`, …). */
            status: string;
        };
        /** @description Usage of one application over the period. */
        AppUsage: {
            /** @description Addon usages of the application over the period. */
            addon_usages: components["schemas"]["AddonUsage"][];
            /** @description Name of the application. */
            app: string;
            /** @description Id of the application. */
            app_id: string;
            /** @description First month of activity of the application, `M/YYYY` (`8/2020`). */
            first_month: string;
            /** @description Container runtimes of the application over the period. */
            runtimes: components["schemas"]["RuntimeUsage"][];
            /** @description Status of the application (`running`, `stopped`, …). */
            status: string;
        };
        ConfirmDeletionRequest: {
            deletion: {
                details?: string | null;
                reason?: string | null;
                token: string;
            };
        };
        /** @description The container size an application ran on. */
        ContainerSize: {
            /**
             * @deprecated
             * @description Price per hour (cents, per scalingo.js). Deprecated.
             */
            hourly_price: number;
            /** @description Human representation of the CPU priority. */
            human_cpu: string;
            /** @description Display name of the size. */
            human_name: string;
            /**
             * Format: uuid
             * @description Unique id of the container size.
             */
            id: string;
            /** @description RAM allocated to the containers, in bytes. */
            memory: number;
            /** @description Name of the size (`S`, `M`, `XL`, …). */
            name: string;
            /** @description Sorting index of the size. */
            ordinal: number;
            /** @description Stock keeping unit of the size (`osc-fr1-app-M`). */
            sku: string;
            /**
             * @deprecated
             * @description Price for 30 days (cents, per scalingo.js). Deprecated.
             */
            thirtydays_price: number;
        };
        DeletionEnvelope: {
            deletion: {
                /** Format: date-time */
                created_at: string;
                id: string;
            };
        };
        /**
         * @description The provider's error envelope, `{"error": "…"}`, used for 400 (malformed JSON), 401,
         *     403 and 5xx. go-scalingo also reads an optional `code` (400, 403). A 401 whose message
         *     is `OTP Required` means "send `X-Authorization-OTP`" (not produced by these endpoints).
         */
        Error: {
            /** @description Machine-readable error code, when the provider sends one. */
            code?: string;
            /** @description Human-readable error message. */
            error: string;
        };
        /** @description The provider's 404 body, `{"resource": "<type>", "error": "not found"}`. */
        NotFoundError: {
            /**
             * @description Always `not found`.
             * @constant
             */
            error: "not found";
            /** @description Type of the resource that was not found (`user`). */
            resource: string;
        };
        OkMessage: {
            /** @constant */
            message: "ok";
        };
        /**
         * @description A role applicable to user accounts (as listed by `GET /v1/users/roles`).
         * @enum {string}
         */
        Role: "freelancer" | "student" | "hobbyist" | "entrepreneur" | "developer" | "devops" | "it_consultant" | "web_agency" | "cto_engineering_manager" | "founder" | "other" | "no_answer";
        /** @description The available roles, wrapped in `roles`. */
        RolesEnvelope: {
            /** @description Every role applicable to user accounts. */
            roles: components["schemas"]["Role"][];
        };
        /** @description Time an application ran on one container size. */
        RuntimeUsage: {
            /** @description Duration of this runtime over the period (unit not documented). */
            duration: number;
            /**
             * @deprecated
             * @description Price of this runtime. Deprecated.
             */
            price: number;
            size: components["schemas"]["ContainerSize"];
        };
        /** @description Optional body of the exchange; ignored, whatever JSON it is (scalingo.js sends `{}`). */
        TokenExchangeRequest: unknown;
        /** @description The Bearer token, a JWT valid one hour that carries an `exp` claim. */
        TokenExchangeResponse: {
            /** @description The Bearer JWT (`header.payload.signature`, base64url). */
            token: string;
        };
        /**
         * @description Body of `PUT /v1/users/account` as scalingo.js sends it (`UpdateParams`). Every
         *     attribute is optional; unknown keys are ignored by the provider (allowed here).
         */
        UpdateAccountRequest: {
            /** @description The attributes to change. */
            user: {
                /** @description Company name. */
                company?: string;
                /**
                 * Format: password
                 * @description The current password, required to change the password (422 when wrong).
                 */
                current_password?: string;
                /**
                 * Format: email
                 * @description New email address.
                 */
                email?: string;
                /** @description Subscribe to (true) or unsubscribe from (false) the newsletter. */
                email_newsletter?: boolean;
                /** @description User-specific flags (in scalingo.js's `UpdateParams` type). */
                flags?: {
                    [key: string]: boolean;
                };
                /** @description Full name (first and last name). */
                fullname?: string;
                /** @description User's location. */
                location?: string;
                /**
                 * Format: password
                 * @description New password; needs `password_confirmation` and `current_password`.
                 */
                password?: string;
                /**
                 * Format: password
                 * @description Must equal `password`, otherwise 422 on `password_confirmation`.
                 */
                password_confirmation?: string;
                /** @description Accept the terms of service. */
                tos_accepted?: boolean;
                /** @description New username. */
                username?: string;
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Body of `PATCH /v1/account/profile` as go-scalingo sends it (`UpdateUserParams`,
         *     `omitempty` fields). Unknown keys are ignored by the provider (allowed here).
         */
        UpdateProfileRequest: {
            /** @description The attributes to change. */
            user: {
                /**
                 * Format: email
                 * @description New email address.
                 */
                email?: string;
                /**
                 * Format: password
                 * @description New password.
                 */
                password?: string;
                /** @description Ends the free trial (sent by older go-scalingo versions only). */
                stop_free_trial?: boolean;
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Body of `PATCH|PUT /v1/users/{user_id}`. Only `user.email` and `user.username` are
         *     documented; all are optional. Unknown keys are ignored by the provider (allowed here).
         */
        UpdateUserRequest: {
            /** @description The attributes to change. */
            user: {
                /**
                 * Format: email
                 * @description New email address.
                 */
                email?: string;
                /** @description New username. */
                username?: string;
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description The addon an addon usage refers to. */
        UsageAddon: {
            addon_provider: components["schemas"]["AddonProvider"];
            /** @description Id of the application the addon belongs to. */
            app_id: string;
            /** @description Unique id of the addon (`ad-` followed by a UUID). */
            id: string;
            plan: components["schemas"]["AddonPlan"];
            /** @description Resource reference of the addon. */
            resource_id: string;
        };
        /**
         * @description A Scalingo user account. Required fields are the document's example object (every
         *     row of the attribute table except `role`, which the example omits). `role` and the
         *     fields scalingo.js `src/models/auth/user.ts` lists beyond the document (`github`,
         *     `profile_valid`, `confirmed`, `unconfirmed_email`, `preferences`, `contracts`,
         *     `new_contracts`) are optional. No other field is allowed.
         */
        User: {
            /** @description Company name (`null` when never set; scalingo.js types it `string | null`). */
            company: string | null;
            /** @description Whether the email address is confirmed (scalingo.js only; not in the document). */
            confirmed?: boolean;
            /** @description Contracts accepted by the user (scalingo.js only; not in the document). */
            contracts?: {
                [key: string]: boolean;
            };
            /**
             * Format: date-time
             * @description Creation date of the user account.
             */
            created_at: string;
            /**
             * Format: email
             * @description Email address.
             */
            email: string;
            /** @description True if the user subscribed to the newsletter. */
            email_newsletter: boolean;
            /** @description Flags associated to the account (go-scalingo and scalingo.js read a map of booleans). */
            flags: {
                [key: string]: boolean;
            };
            /**
             * Format: date-time
             * @description Ending date of the free trial; `null` when the account never had one.
             */
            free_trial_end_time: string | null;
            /**
             * Format: date-time
             * @description Starting date of the free trial; `null` when the account never had one.
             */
            free_trial_started_at: string | null;
            /** @description User's full name (first and last name). */
            fullname: string;
            /** @description GitHub profile linked to the account (scalingo.js only; not in the document). */
            github?: {
                /**
                 * Format: uri
                 * @description Avatar URL.
                 */
                avatar_url: string;
                /**
                 * Format: email
                 * @description Email linked to the GitHub account.
                 */
                email?: string;
                /**
                 * Format: uri
                 * @description Profile URL.
                 */
                profile_url: string;
                /** @description GitHub username. */
                username: string;
            } | null;
            id: components["schemas"]["UserId"];
            /**
             * @description Custom limits associated to the account. The document shows string values
             *     (`"free_trial_apps": "10"`); scalingo.js types values as `string | number`.
             */
            limits: {
                [key: string]: string | number;
            };
            /** @description User's location (`null` when never set; scalingo.js types it `string | null`). */
            location: string | null;
            /** @description New contract versions to accept (scalingo.js only; not in the document). */
            new_contracts?: {
                [key: string]: boolean;
            };
            /** @description Dashboard preferences (scalingo.js only; not in the document). */
            preferences?: {
                /** @description Sort key of the application list. */
                app_sort_key?: string | null;
                /** @description Preferred locale. */
                locale?: string | null;
                /** @description Font size of the logs view. */
                logs_font_size?: string | null;
                /** @description Whether the search is kept across pages. */
                sticky_search?: boolean;
                /** @description Whether logs are streamed by default. */
                stream_logs?: boolean;
                /** @description Dashboard theme. */
                theme?: string | null;
                /** @description Preferred time zone. */
                time_zone?: string | null;
            };
            /** @description Whether the profile is complete (scalingo.js only; not in the document). */
            profile_valid?: boolean;
            /** @description Number of clicks on the user referral link. */
            referral_clicks: number;
            /**
             * Format: uri
             * @description Referral URL for the user referral program.
             */
            referral_url: string;
            /**
             * @description User role chosen during the signup process. In the attribute table but absent from
             *     the document's example: optional, `null` when none was chosen.
             */
            role?: components["schemas"]["Role"] | null;
            /**
             * Format: date-time
             * @description Date of the account suspension; `null` when not suspended.
             */
            suspended_at: string | null;
            /** @description Reason of the account suspension; `null` when not suspended. */
            suspension_reason: string | null;
            /** @description True if the terms of service have been accepted. */
            tos_accepted: boolean;
            /**
             * Format: email
             * @description New email address awaiting confirmation (scalingo.js only; not in the document).
             */
            unconfirmed_email?: string | null;
            /** @description Username. */
            username: string;
            /** @description Unique id, same as `id`. */
            uuid: components["schemas"]["UserId"];
        };
        /** @description A user account wrapped in the `user` resource key. */
        UserEnvelope: {
            user: components["schemas"]["User"];
        };
        /** @description Unique user id, `us-` followed by a UUID. */
        UserId: string;
        /**
         * @description The provider's 422 body, `{"errors": {"<field>": ["<message>", …]}}`. At least one
         *     field with at least one message: go-scalingo rejects a 422 whose `errors` map is empty.
         */
        ValidationErrors: {
            /** @description Messages per invalid field. */
            errors: {
                [key: string]: string[];
            };
        };
    };
    responses: {
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
         * @description 403 Forbidden: `user_id` names an existing user account that is not the token's user.
         *     Body `{"error": "…"}` (the provider may add a `code`).
         */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description 422 Unprocessable Entity: `from` or `to` is not a `YYYY-MM-DD` date, or `from` is after
         *     `to`. Body `{"errors": {"<parameter>": ["<message>"]}}`.
         */
        InvalidUsagePeriod: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationErrors"];
            };
        };
        /**
         * @description 422 Unprocessable Entity: a user attribute is invalid or already taken, or the `user`
         *     key is missing. Body `{"errors": {"<field>": ["<message>", …]}}` with at least one
         *     field (go-scalingo rejects an empty map).
         */
        InvalidUser: {
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
         * @description 429 Too Many Requests: more than 60 requests per minute. The provider answers with the
         *     plain text body `Retry later` (`_scalingo_api/index.md`). go-scalingo tries to parse a
         *     429 body as JSON `{"error", "code"}`, which this plain text is not; the documented
         *     plain text is what the stub sends. The stub does not rate-limit by default.
         */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/plain": string;
            };
        };
        /**
         * @description 401 Unauthorized: no credentials, an unknown or expired Bearer token, or (for the
         *     exchange) a bad Basic API token. Body `{"error": "…"}`.
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The updated user account, wrapped in `user`. */
        UpdatedUser: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UserEnvelope"];
            };
        };
        /** @description 404 Not Found: no user account has this id. Body `{"resource": "user", "error": "not found"}`. */
        UserNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NotFoundError"];
            };
        };
    };
    parameters: {
        /**
         * @description Get the account usage starting at this date (`YYYY-MM-DD`). Optional.
         * @example 2020-10-01
         */
        From: string;
        /**
         * @description Get the account usage up to this date (`YYYY-MM-DD`). Optional.
         * @example 2020-11-01
         */
        To: string;
        /**
         * @description Id of the user account to update: the token's own user id (`us-` followed by a UUID,
         *     the `id` of `GET /v1/users/self`). Not constrained by a pattern, so an unknown id is
         *     answered 404 `{"resource": "user", "error": "not found"}` as the provider does.
         * @example us-d13d3065-e7fa-4b1a-827a-ce1c92415f9c
         */
        UserId: string;
        /**
         * @description Optional request id that go-scalingo sends; the provider echoes a request id in the
         *     `X-Request-Id` response header.
         * @example 8c1f1a3e-3d7b-4b4e-9b7e-6f1e6f0f2a10
         */
        XRequestId: string;
    };
    requestBodies: {
        /**
         * @description The attributes to change, wrapped in `user`. Document parameters: `user.email` (new
         *     email address), `user.username` (new username). All attributes are optional.
         */
        UpdateUser: {
            content: {
                "application/json": components["schemas"]["UpdateUserRequest"];
            };
        };
    };
    headers: {
        /** @description Request id of this call (go-scalingo logs it). Echoes `X-Request-ID` when sent. */
        "X-Request-Id": string;
    };
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    updateProfile: {
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
            path?: never;
            cookie?: never;
        };
        /** @description The attributes to change, wrapped in `user`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProfileRequest"];
            };
        };
        responses: {
            200: components["responses"]["UpdatedUser"];
            400: components["responses"]["MalformedJson"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["InvalidUser"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    getAccountUsage: {
        parameters: {
            query?: {
                /**
                 * @description Get the account usage starting at this date (`YYYY-MM-DD`). Optional.
                 * @example 2020-10-01
                 */
                from?: components["parameters"]["From"];
                /**
                 * @description Get the account usage up to this date (`YYYY-MM-DD`). Optional.
                 * @example 2020-11-01
                 */
                to?: components["parameters"]["To"];
            };
            header?: {
                /**
                 * @description Optional request id that go-scalingo sends; the provider echoes a request id in the
                 *     `X-Request-Id` response header.
                 * @example 8c1f1a3e-3d7b-4b4e-9b7e-6f1e6f0f2a10
                 */
                "X-Request-ID"?: components["parameters"]["XRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The usage of each application of the account over the period. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountUsageEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["InvalidUsagePeriod"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    getAddonToken: {
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
                 * @description The addon's id (`ad-` followed by a UUID).
                 * @example ad-5c599fd6-f18b-3202-f7ab-4e66a1b2c3d4
                 */
                addon_id: string;
                /**
                 * @description The application's name or id.
                 * @example my-app
                 */
                app: string;
            };
            cookie?: never;
        };
        /** @description Optional, ignored. go-scalingo sends `{}`. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TokenExchangeRequest"];
            };
        };
        responses: {
            /** @description The addon with its token, wrapped in `addon`. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddonTokenResponse"];
                };
            };
            400: components["responses"]["MalformedJson"];
            401: components["responses"]["Unauthorized"];
            /** @description 404 Not Found: no such application of the user, or no such addon in it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    exchangeToken: {
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
            path?: never;
            cookie?: never;
        };
        /** @description Optional, ignored. scalingo.js sends `{}`. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TokenExchangeRequest"];
            };
        };
        responses: {
            /** @description The Bearer token. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenExchangeResponse"];
                };
            };
            400: components["responses"]["MalformedJson"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    deleteUser: {
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
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account and its owned applications were deleted. No body. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    replaceUser: {
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
                 * @description Id of the user account to update: the token's own user id (`us-` followed by a UUID,
                 *     the `id` of `GET /v1/users/self`). Not constrained by a pattern, so an unknown id is
                 *     answered 404 `{"resource": "user", "error": "not found"}` as the provider does.
                 * @example us-d13d3065-e7fa-4b1a-827a-ce1c92415f9c
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdateUser"];
        responses: {
            200: components["responses"]["UpdatedUser"];
            400: components["responses"]["MalformedJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["UserNotFound"];
            422: components["responses"]["InvalidUser"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    updateUser: {
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
                 * @description Id of the user account to update: the token's own user id (`us-` followed by a UUID,
                 *     the `id` of `GET /v1/users/self`). Not constrained by a pattern, so an unknown id is
                 *     answered 404 `{"resource": "user", "error": "not found"}` as the provider does.
                 * @example us-d13d3065-e7fa-4b1a-827a-ce1c92415f9c
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UpdateUser"];
        responses: {
            200: components["responses"]["UpdatedUser"];
            400: components["responses"]["MalformedJson"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["UserNotFound"];
            422: components["responses"]["InvalidUser"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    updateAccount: {
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
            path?: never;
            cookie?: never;
        };
        /** @description The attributes to change, wrapped in `user`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAccountRequest"];
            };
        };
        responses: {
            200: components["responses"]["UpdatedUser"];
            400: components["responses"]["MalformedJson"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["InvalidUser"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    requestAccountDeletion: {
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
            path?: never;
            cookie?: never;
        };
        /** @description Optional, ignored. scalingo.js sends nothing. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TokenExchangeRequest"];
            };
        };
        responses: {
            /** @description The deletion is pending until its confirmation. */
            201: {
                headers: {
                    /** @description facsimile only, standing for the provider's email; the token to confirm with. */
                    "X-Facsimile-Deletion-Token": string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletionEnvelope"];
                };
            };
            400: components["responses"]["MalformedJson"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    confirmAccountDeletion: {
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
                 * @description The id `POST /v1/users/delete` answered (and the email links to).
                 * @example 0e8f4a4c-5a3b-4c8e-9f0d-2b6f7c1d9e21
                 */
                deletion_id: string;
            };
            cookie?: never;
        };
        /** @description The email's token, with an optional reason, wrapped in `deletion`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmDeletionRequest"];
            };
        };
        responses: {
            /** @description The account and its owned applications were deleted. No body. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["MalformedJson"];
            401: components["responses"]["Unauthorized"];
            /** @description 404 Not Found: no pending deletion of the user with this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description 422: the token is not the deletion's, or `deletion` is missing. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrors"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    listRoles: {
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
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The available roles. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RolesEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    getCurrentUser: {
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
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current user account. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
    stopFreeTrial: {
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
            path?: never;
            cookie?: never;
        };
        /** @description Optional, ignored. go-scalingo sends `{}`, scalingo.js nothing. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TokenExchangeRequest"];
            };
        };
        responses: {
            /** @description The trial is over. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OkMessage"];
                };
            };
            400: components["responses"]["MalformedJson"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Error"];
        };
    };
}
