// Generated from spec/ by `npm run gen` (openapi-typescript). Do not edit.

export type paths = {
    "/{account}/users": {
        parameters: {
            query?: {
                /**
                 * @description RBAC: comma-separated names of the roles a sub-user assumes for this request
                 *     (node-triton appends `as-role=<roles>` when roles are configured). Accepted and
                 *     ignored by facsimile, which applies no RBAC policy.
                 * @example operators
                 */
                "as-role"?: components["parameters"]["AsRole"];
            };
            header?: {
                /**
                 * @description The API version range the client accepts (semver range, restify). Absent means `*`.
                 *     node-triton sends `~9||~8`. A range the server does not serve → 400 InvalidVersion.
                 * @example ~9||~8
                 */
                "Accept-Version"?: components["parameters"]["AcceptVersion"];
                /**
                 * @description The request date (RFC 7231 IMF-fixdate). Required in practice with `httpSignature`,
                 *     which signs it (±300 s of clock skew allowed); not needed with `bearerAuth`.
                 * @example Tue, 01 Jul 2025 10:00:00 GMT
                 */
                Date?: components["parameters"]["DateHeader"];
                /**
                 * @description Older spelling of `Accept-Version`, honoured when `Accept-Version` is absent.
                 * @example ~9
                 */
                "X-Api-Version"?: components["parameters"]["XApiVersion"];
            };
            path: {
                /**
                 * @description Login of the account that owns the users, or `my` for the authenticated account
                 *     (node-triton sends the real login). Another account's login → 403 NotAuthorized; a
                 *     login no account has → 404 ResourceNotFound.
                 * @example demo
                 */
                account: components["parameters"]["Account"];
            };
            cookie?: never;
        };
        /**
         * List the account's users
         * @description Returns all of the account's users as a **bare JSON array** of user objects (no
         *     envelope, no pagination, no query parameters; an account without users gives `[]`).
         *     The user objects have the same format as GetUser's, without `roles` and
         *     `default_roles`.
         *
         *     Errors: 401 InvalidCredentials without valid credentials; 403 NotAuthorized when the
         *     path names another (existing) account; 404 ResourceNotFound when `:account` does not
         *     exist (document).
         */
        get: operations["ListUsers"];
        put?: never;
        /**
         * Create a user
         * @description Creates a new user under the account. `login`, `email` and `password` are required;
         *     the profile fields are optional. Answers **201** with the user object (never the
         *     password) and `Location: /<account login>/users/<login>` (the account's real login
         *     even when the path says `my`; the login is URL-encoded).
         *
         *     Validation (all answered **409**, as restify's InvalidArgument and MissingParameter
         *     are):
         *     - a missing `login`, `email` or `password` → MissingParameter "Request is missing
         *       required parameters: email is required, login is required, password is required"
         *       (only the missing ones are listed);
         *     - an `email` failing CloudAPI's regular expression → InvalidArgument
         *       "email: <value> is invalid";
         *     - a `login` of other characters than UFDS allows (sdc-ufds `lib/db/add.js`: a letter,
         *       then letters, digits, `_`, `.` or `@`) → InvalidArgument "Login is invalid";
         *     - a login already used by another user of the account, in any case (`ALICE` when
         *       `alice` exists) → InvalidArgument "Login is already taken" (document: "you try to
         *       add a login name already taken by another user of your account");
         *     - a login of the right characters but not 3 to 32 long, or `local` (sdc-ufds
         *       `schema/sdcperson.js`) → InvalidArgument "login: <value> is invalid";
         *     - a password shorter than 7 characters or without both a letter and a digit (UFDS
         *       default `pwdPolicy`) → InvalidArgument `passwordTooShort` /
         *       `insufficientPasswordQuality`.
         *
         *     The first refusal in this order is the answer: CloudAPI and UFDS stop at it.
         *
         *     Unknown body fields are ignored (restify maps the body onto `req.params` and the
         *     handler picks the fields it knows), so `additionalProperties` is allowed. CloudAPI
         *     also accepts the raw UFDS attribute names `company`, `givenName`, `sn` and `cn` as
         *     aliases of `companyName`, `firstName` and `lastName`. The real route also accepts
         *     form-encoded, `multipart/form-data`, `text/plain` and `application/octet-stream`
         *     bodies; facsimile accepts JSON only (other types get 415).
         *
         *     404 ResourceNotFound when `:account` does not exist (document).
         */
        post: operations["CreateUser"];
        delete?: never;
        options?: never;
        /**
         * List the account's users (headers only)
         * @description Not in the document: CloudAPI registers `HEAD /:account/users` (route name
         *     `HeadUsers`) with the same handler as ListUsers, so it answers the same statuses and
         *     headers as ListUsers; as for every HEAD request, no body is sent (the content below is
         *     what the handler computes and HTTP discards).
         */
        head: operations["HeadUsers"];
        patch?: never;
        trace?: never;
    };
    "/{account}/users/{user}": {
        parameters: {
            query?: {
                /**
                 * @description RBAC: comma-separated names of the roles a sub-user assumes for this request
                 *     (node-triton appends `as-role=<roles>` when roles are configured). Accepted and
                 *     ignored by facsimile, which applies no RBAC policy.
                 * @example operators
                 */
                "as-role"?: components["parameters"]["AsRole"];
            };
            header?: {
                /**
                 * @description The API version range the client accepts (semver range, restify). Absent means `*`.
                 *     node-triton sends `~9||~8`. A range the server does not serve → 400 InvalidVersion.
                 * @example ~9||~8
                 */
                "Accept-Version"?: components["parameters"]["AcceptVersion"];
                /**
                 * @description The request date (RFC 7231 IMF-fixdate). Required in practice with `httpSignature`,
                 *     which signs it (±300 s of clock skew allowed); not needed with `bearerAuth`.
                 * @example Tue, 01 Jul 2025 10:00:00 GMT
                 */
                Date?: components["parameters"]["DateHeader"];
                /**
                 * @description Older spelling of `Accept-Version`, honoured when `Accept-Version` is absent.
                 * @example ~9
                 */
                "X-Api-Version"?: components["parameters"]["XApiVersion"];
            };
            path: {
                /**
                 * @description Login of the account that owns the users, or `my` for the authenticated account
                 *     (node-triton sends the real login). Another account's login → 403 NotAuthorized; a
                 *     login no account has → 404 ResourceNotFound.
                 * @example demo
                 */
                account: components["parameters"]["Account"];
                /**
                 * @description The user's UUID (`id`) or login. (The document names it `:user`, and `:id` on
                 *     UpdateUser; CloudAPI's route parameter is `:uuid`, matched against login or UUID.)
                 * @example alice
                 */
                user: components["parameters"]["User"];
            };
            cookie?: never;
        };
        /**
         * Get a user
         * @description Returns one user of the account, addressed by UUID or login. (The document's "Returns"
         *     line says "An array of user objects"; the server and node-triton's `getUser` return a
         *     single object, which is what this operation declares.)
         *
         *     With `membership`, the response adds `roles` (names of the roles the user is a member
         *     of) and `default_roles` (names of the user's active/default roles), both arrays and
         *     both present (possibly empty). The server only tests `req.params.membership` for
         *     truthiness: any non-empty value adds them, **including `membership=false`**, which
         *     node-triton sends when roles were not requested; an empty value (`?membership=`) or
         *     no parameter leaves them out.
         *
         *     404 ResourceNotFound "<user> does not exist" when no user of the account has this
         *     UUID or login, or when `:account` does not exist (document).
         */
        get: operations["GetUser"];
        put?: never;
        /**
         * Update a user's modifiable properties
         * @description Updates a user's modifiable properties (document: `POST /:account/users/:id`; the path
         *     parameter is named `user` here because OpenAPI needs one name per path template).
         *     Every field is optional and only the fields sent change; answers 200 with the updated
         *     user.
         *
         *     - `password` is **ignored**: password changes go through ChangeUserPassword, so that
         *       policies can allow or deny them separately (document note).
         *     - An **empty string** sets a profile field to null, i.e. removes it: the response
         *       then omits that field (translateUser only writes fields that are set).
         *     - `login` may be changed (it is among the server's modifiable properties); the new
         *       login follows the same rule as on CreateUser and must not be taken.
         *     - `email` must match CloudAPI's regular expression ("email: <value> is invalid").
         *     - Unknown fields are ignored (`additionalProperties` allowed); the raw UFDS names
         *       `company`, `givenName`, `sn`, `cn` are accepted as aliases, as on CreateUser.
         *
         *     CloudAPI 9 looks the user up **by UUID** here (`getUserEx` with `searchType: uuid`,
         *     404 'user with uuid "<id>" does not exist'), while node-triton's `rbac apply` sends the
         *     login; facsimile accepts a UUID or a login, as GetUser does.
         *
         *     The document lists MissingParameter "if you didn't send a login or email": the server
         *     does not require them (its own test updates `phone` alone); UFDS refuses to clear
         *     `login` or `email` with MissingParameter. facsimile requires nothing and refuses an
         *     empty `login`/`email` with InvalidArgument.
         *
         *     409 InvalidArgument / MissingParameter; 404 ResourceNotFound when `:account` or the
         *     user does not exist (document).
         */
        post: operations["UpdateUser"];
        /**
         * Delete a user
         * @description Removes a user, addressed by UUID or login; they will no longer be able to use the
         *     API. Answers **204** with no body.
         *
         *     404 ResourceNotFound when `:account` does not exist or no user of the account has this
         *     login or UUID (document).
         */
        delete: operations["DeleteUser"];
        options?: never;
        /**
         * Get a user (headers only)
         * @description Not in the document: CloudAPI registers `HEAD /:account/users/:user` (route name
         *     `HeadUser`) with GetUser's handler: same parameters, statuses and headers as GetUser,
         *     no body (the content below is what the handler computes and HTTP discards).
         */
        head: operations["HeadUser"];
        patch?: never;
        trace?: never;
    };
    "/{account}/users/{user}/change_password": {
        parameters: {
            query?: {
                /**
                 * @description RBAC: comma-separated names of the roles a sub-user assumes for this request
                 *     (node-triton appends `as-role=<roles>` when roles are configured). Accepted and
                 *     ignored by facsimile, which applies no RBAC policy.
                 * @example operators
                 */
                "as-role"?: components["parameters"]["AsRole"];
            };
            header?: {
                /**
                 * @description The API version range the client accepts (semver range, restify). Absent means `*`.
                 *     node-triton sends `~9||~8`. A range the server does not serve → 400 InvalidVersion.
                 * @example ~9||~8
                 */
                "Accept-Version"?: components["parameters"]["AcceptVersion"];
                /**
                 * @description The request date (RFC 7231 IMF-fixdate). Required in practice with `httpSignature`,
                 *     which signs it (±300 s of clock skew allowed); not needed with `bearerAuth`.
                 * @example Tue, 01 Jul 2025 10:00:00 GMT
                 */
                Date?: components["parameters"]["DateHeader"];
                /**
                 * @description Older spelling of `Accept-Version`, honoured when `Accept-Version` is absent.
                 * @example ~9
                 */
                "X-Api-Version"?: components["parameters"]["XApiVersion"];
            };
            path: {
                /**
                 * @description Login of the account that owns the users, or `my` for the authenticated account
                 *     (node-triton sends the real login). Another account's login → 403 NotAuthorized; a
                 *     login no account has → 404 ResourceNotFound.
                 * @example demo
                 */
                account: components["parameters"]["Account"];
                /**
                 * @description The user's UUID (`id`) or login. (The document names it `:user`, and `:id` on
                 *     UpdateUser; CloudAPI's route parameter is `:uuid`, matched against login or UUID.)
                 * @example alice
                 */
                user: components["parameters"]["User"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change a user's password
         * @description Sets a user's password. A separate endpoint from UpdateUser so that different policies
         *     can govern a user modifying other data and a user changing only their own password
         *     (document). Answers 200 with the user object (never the password).
         *
         *     CloudAPI checks, in this order: both fields present (409 MissingParameter "Request is
         *     missing required parameters: password is required, password_confirmation is
         *     required", listing the missing ones); both equal (409 InvalidArgument "password and
         *     password_confirmation must have the same value"); then UFDS's password policy (at
         *     least 7 characters with a letter and a digit; 409 InvalidArgument `passwordTooShort` /
         *     `insufficientPasswordQuality`).
         *
         *     CloudAPI 9 looks the user up by UUID here; facsimile accepts a UUID or a login (see
         *     UpdateUser). 404 ResourceNotFound when `:account` or the user does not exist
         *     (document).
         */
        post: operations["ChangeUserPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/{account}/users/{user}/keys": {
        parameters: {
            query?: {
                /**
                 * @description RBAC: comma-separated names of the roles a sub-user assumes for this request
                 *     (node-triton appends `as-role=<roles>` when roles are configured). Accepted and
                 *     ignored by facsimile, which applies no RBAC policy.
                 * @example operators
                 */
                "as-role"?: components["parameters"]["AsRole"];
            };
            header?: {
                /**
                 * @description The API version range the client accepts (semver range, restify). Absent means `*`.
                 *     node-triton sends `~9||~8`. A range the server does not serve → 400 InvalidVersion.
                 * @example ~9||~8
                 */
                "Accept-Version"?: components["parameters"]["AcceptVersion"];
                /**
                 * @description The request date (RFC 7231 IMF-fixdate). Required in practice with `httpSignature`,
                 *     which signs it (±300 s of clock skew allowed); not needed with `bearerAuth`.
                 * @example Tue, 01 Jul 2025 10:00:00 GMT
                 */
                Date?: components["parameters"]["DateHeader"];
                /**
                 * @description Older spelling of `Accept-Version`, honoured when `Accept-Version` is absent.
                 * @example ~9
                 */
                "X-Api-Version"?: components["parameters"]["XApiVersion"];
            };
            path: {
                /**
                 * @description Login of the account that owns the users, or `my` for the authenticated account
                 *     (node-triton sends the real login). Another account's login → 403 NotAuthorized; a
                 *     login no account has → 404 ResourceNotFound.
                 * @example demo
                 */
                account: components["parameters"]["Account"];
                /**
                 * @description The user's UUID (`id`) or login. (The document names it `:user`, and `:id` on
                 *     UpdateUser; CloudAPI's route parameter is `:uuid`, matched against login or UUID.)
                 * @example alice
                 */
                user: components["parameters"]["User"];
            };
            cookie?: never;
        };
        /**
         * List a user's SSH keys
         * @description The user's public keys as a bare array of key objects `{name, fingerprint, key}`
         *     (sdc-cloudapi `lib/keys.js` translateKey; `[]` for a user without keys). node-triton
         *     `triton rbac user -k <user>` calls it. Any key listed here signs requests for the user
         *     (`keyId="/<account>/users/<login>/keys/<fingerprint>"`).
         *
         *     404 ResourceNotFound "<user> does not exist" when no user of the account has this
         *     login or UUID.
         */
        get: operations["ListUserKeys"];
        put?: never;
        /**
         * Add an SSH key to a user
         * @description Adds a public key (`key`, an OpenSSH line) to the user, named `name` or, without one,
         *     after its fingerprint (node-ufds `addKey`). Answers **201** with the key object and
         *     `Location: /<account login>/users/<user as sent>/keys/<fingerprint>` (URL-encoded).
         *
         *     409 MissingParameter "key is a required argument" without `key`; 409 InvalidArgument
         *     "key is invalid" for a value that is not a public key, and "key already exists or is
         *     invalid" for a key or name the user already has (sdc-cloudapi `lib/keys.js`). The real
         *     route also takes form, multipart, text and octet-stream bodies; facsimile takes JSON.
         */
        post: operations["CreateUserKey"];
        delete?: never;
        options?: never;
        /**
         * List a user's SSH keys (headers only)
         * @description Not in the document's Users section: CloudAPI registers the HEAD route with the GET
         *     route's handler (`lib/keys.js`), so it answers the same statuses and headers, no body.
         */
        head: operations["HeadUserKeys"];
        patch?: never;
        trace?: never;
    };
    "/{account}/users/{user}/keys/{name}": {
        parameters: {
            query?: {
                /**
                 * @description RBAC: comma-separated names of the roles a sub-user assumes for this request
                 *     (node-triton appends `as-role=<roles>` when roles are configured). Accepted and
                 *     ignored by facsimile, which applies no RBAC policy.
                 * @example operators
                 */
                "as-role"?: components["parameters"]["AsRole"];
            };
            header?: {
                /**
                 * @description The API version range the client accepts (semver range, restify). Absent means `*`.
                 *     node-triton sends `~9||~8`. A range the server does not serve → 400 InvalidVersion.
                 * @example ~9||~8
                 */
                "Accept-Version"?: components["parameters"]["AcceptVersion"];
                /**
                 * @description The request date (RFC 7231 IMF-fixdate). Required in practice with `httpSignature`,
                 *     which signs it (±300 s of clock skew allowed); not needed with `bearerAuth`.
                 * @example Tue, 01 Jul 2025 10:00:00 GMT
                 */
                Date?: components["parameters"]["DateHeader"];
                /**
                 * @description Older spelling of `Accept-Version`, honoured when `Accept-Version` is absent.
                 * @example ~9
                 */
                "X-Api-Version"?: components["parameters"]["XApiVersion"];
            };
            path: {
                /**
                 * @description Login of the account that owns the users, or `my` for the authenticated account
                 *     (node-triton sends the real login). Another account's login → 403 NotAuthorized; a
                 *     login no account has → 404 ResourceNotFound.
                 * @example demo
                 */
                account: components["parameters"]["Account"];
                /**
                 * @description The key's name, or its fingerprint (MD5, hex with colons, as node-triton prints it).
                 * @example alice-laptop
                 */
                name: components["parameters"]["KeyName"];
                /**
                 * @description The user's UUID (`id`) or login. (The document names it `:user`, and `:id` on
                 *     UpdateUser; CloudAPI's route parameter is `:uuid`, matched against login or UUID.)
                 * @example alice
                 */
                user: components["parameters"]["User"];
            };
            cookie?: never;
        };
        /**
         * Get one of a user's SSH keys
         * @description One key object, addressed by name or fingerprint. 404 ResourceNotFound
         *     "<name> does not exist" for a key the user does not have, "<user> does not exist" for
         *     an unknown user.
         */
        get: operations["GetUserKey"];
        put?: never;
        post?: never;
        /**
         * Remove one of a user's SSH keys
         * @description Removes the key addressed by name or fingerprint; it no longer signs requests.
         *     Answers **204** with no body; 404 as GetUserKey.
         */
        delete: operations["DeleteUserKey"];
        options?: never;
        /**
         * Get one of a user's SSH keys (headers only)
         * @description Not in the document's Users section: CloudAPI registers the HEAD route with the GET
         *     route's handler (`lib/keys.js`), so it answers the same statuses and headers, no body.
         */
        head: operations["HeadUserKey"];
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        /**
         * @description ChangeUserPassword's body: the new password and its confirmation, which must be equal
         *     (otherwise 409 InvalidArgument "password and password_confirmation must have the same
         *     value"). Unknown fields are ignored, hence allowed.
         */
        ChangeUserPasswordRequest: {
            password: components["schemas"]["Password"];
            /** @description Must be equal to `password`. */
            password_confirmation: string;
        } & {
            [key: string]: unknown;
        };
        /** @description `key` is required (checked by the handler: 409 MissingParameter); unknown fields are ignored. */
        CreateKeyRequest: {
            /** @description The OpenSSH public key line; anything but a string is 409 InvalidArgument. */
            key?: unknown;
            /** @description The key's name; the fingerprint when absent. */
            name?: string;
        };
        /**
         * @description CreateUser's body. `login`, `email` and `password` are required (a missing one → 409
         *     MissingParameter). Profile fields are optional free strings. Unknown fields are
         *     ignored by CloudAPI, hence allowed.
         */
        CreateUserRequest: {
            /** @description Postal address. */
            address?: string;
            /** @description City. */
            city?: string;
            /** @description Company name. */
            companyName?: string;
            /** @description Country. */
            country?: string;
            email: components["schemas"]["Email"];
            /** @description First name. */
            firstName?: string;
            /** @description Last name. */
            lastName?: string;
            login: components["schemas"]["Login"];
            password: components["schemas"]["Password"];
            /** @description Phone number. */
            phone?: string;
            /** @description Postal code. */
            postalCode?: string;
            /** @description State or region. */
            state?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * Format: email
         * @description An email address. CloudAPI's own check (sdc-cloudapi `lib/users.js` `EMAIL_RE`) is the
         *     pattern; facsimile also requires `format: email` so that every stored address is a
         *     valid response `email`. A bad address → 409 InvalidArgument "email: <value> is
         *     invalid".
         */
        Email: string;
        /**
         * @description CloudAPI's error body (restify 4.3.3 `RestError`/`HttpError` `body`):
         *     `{"code": "<code>", "message": "<text>"}`. node-triton turns it into a `RestError`
         *     with `restCode = code` and branches on `ResourceNotFound`.
         *
         *     `code` values by status: 400 `InvalidHeader`, `RequestExpired`, `InvalidVersion`,
         *     `InvalidContent` (malformed JSON), `BadDigest` (request `Content-MD5` mismatch);
         *     401 `InvalidCredentials`; 403 `NotAuthorized`; 404 `ResourceNotFound`; 405
         *     `MethodNotAllowedError` (restify's router; `BadMethod` is its unused RestError); 406
         *     `WrongAccept` or `NotAcceptableError`; 409 `InvalidArgument`,
         *     `MissingParameter`; 413 `RequestEntityTooLarge` or `PayloadTooLargeError`; 415
         *     `UnsupportedMediaType` or `UnsupportedMediaTypeError`; 429 `RequestThrottled`; 500
         *     `InternalError`.
         *
         *     For 406, 413 and 415 restify 4.3.3 uses plain `HttpError`s whose code is the status
         *     name plus `Error` (`NotAcceptableError`, `PayloadTooLargeError` on Node ≥ 4,
         *     `UnsupportedMediaTypeError`): those are the real CloudAPI codes. facsimile sends the
         *     suffix-less RestError-style names (`WrongAccept`, `RequestEntityTooLarge`,
         *     `UnsupportedMediaType`). Both spellings are accepted here.
         */
        Error: {
            /**
             * @description restify's error code (`restCode`).
             * @enum {string}
             */
            code: "InvalidArgument" | "MissingParameter" | "InvalidCredentials" | "NotAuthorized" | "ResourceNotFound" | "InvalidHeader" | "RequestExpired" | "InvalidVersion" | "InvalidContent" | "BadDigest" | "BadMethod" | "MethodNotAllowedError" | "WrongAccept" | "NotAcceptableError" | "RequestEntityTooLarge" | "PayloadTooLargeError" | "UnsupportedMediaType" | "UnsupportedMediaTypeError" | "RequestThrottled" | "InternalError";
            /** @description Human-readable explanation. */
            message: string;
        };
        /** @description A public SSH key as CloudAPI's translateKey returns it (`lib/keys.js`). */
        Key: {
            /** @description MD5 fingerprint, hex with colons. */
            fingerprint: string;
            /** @description The OpenSSH public key line. */
            key: string;
            name: string;
        };
        KeyList: components["schemas"]["Key"][];
        /**
         * @description A user login, as UFDS validates it (sdc-ufds `schema/sdcperson.js`, `LOGIN_RE`
         *     `^[a-zA-Z][a-zA-Z0-9_\.@]+$`, length 3–32, reserved `local`): a letter, then 2 to 31
         *     letters, digits, `_`, `.` or `@`. Bad characters → 409 InvalidArgument "Login is
         *     invalid" (sdc-ufds `lib/db/add.js`); a bad length or `local` → "login: <login> is
         *     invalid"; a login the account has in any case → "Login is already taken".
         */
        Login: string;
        /**
         * @description A password under UFDS's default password policy (sdc-ufds `data/bootstrap.ldif`
         *     `cn=pwdpolicy`: `pwdMinLength` 7; `pwdCheckQuality`: at least one letter and one
         *     digit). Refusals → 409 InvalidArgument `passwordTooShort` /
         *     `insufficientPasswordQuality`. Never returned.
         */
        Password: string;
        /**
         * @description UpdateUser's body: every field optional; only the fields sent change. An empty string
         *     removes a profile field. `password` is ignored. Unknown fields are ignored, hence
         *     allowed.
         */
        UpdateUserRequest: {
            /** @description Postal address; `""` removes it. */
            address?: string;
            /** @description City; `""` removes it. */
            city?: string;
            /** @description Company name; `""` removes it. */
            companyName?: string;
            /** @description Country; `""` removes it. */
            country?: string;
            email?: components["schemas"]["Email"];
            /** @description First name; `""` removes it. */
            firstName?: string;
            /** @description Last name; `""` removes it. */
            lastName?: string;
            login?: components["schemas"]["Login"];
            /** @description Ignored (any value); use ChangeUserPassword. Listed because clients send it. */
            password?: unknown;
            /** @description Phone number; `""` removes it. */
            phone?: string;
            /** @description Postal code; `""` removes it. */
            postalCode?: string;
            /** @description State or region; `""` removes it. */
            state?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A CloudAPI user object (sdc-cloudapi `translateUser`, the same format as the account
         *     object): `id`, `login`, `email` always; the profile fields (`companyName` … `phone`)
         *     only when set, never null or empty; `created` and `updated` always (ISO 8601, UTC);
         *     `roles` and `default_roles` only from GetUser/HeadUser with `membership`, and then
         *     both. The password is never returned.
         */
        User: {
            /** @description Postal address. Only when set. */
            address?: string;
            /** @description City. Only when set. */
            city?: string;
            /** @description Company name (UFDS `company`). Only when set. */
            companyName?: string;
            /** @description Country. Only when set. */
            country?: string;
            /**
             * Format: date-time
             * @description When this user was created.
             */
            created: string;
            /** @description Names of the user's active (default) roles (only with `membership`). */
            default_roles?: string[];
            /**
             * Format: email
             * @description Email address.
             */
            email: string;
            /** @description First name (UFDS `givenName`). Only when set. */
            firstName?: string;
            /**
             * Format: uuid
             * @description Unique id for this user.
             */
            id: string;
            /** @description Last name (UFDS `sn`). Only when set. */
            lastName?: string;
            /** @description Sub-user login name (without the account prefix UFDS stores). */
            login: string;
            /** @description Phone number. Only when set. */
            phone?: string;
            /** @description Postal code. Only when set. */
            postalCode?: string;
            /** @description Names of the roles the user is a member of (only with `membership`). */
            roles?: string[];
            /** @description State or region. Only when set. */
            state?: string;
            /**
             * Format: date-time
             * @description When this user's details were last updated.
             */
            updated: string;
        };
        /** @description ListUsers' bare array of user objects (no envelope, no pagination). */
        UserList: components["schemas"]["User"][];
    };
    responses: {
        /** @description 404 ResourceNotFound — `:account` does not exist. */
        AccountNotFound: {
            headers: {
                "Api-Version": components["headers"]["Api-Version"];
                "Content-MD5": components["headers"]["Content-MD5"];
                Date: components["headers"]["Date"];
                "Request-Id": components["headers"]["Request-Id"];
                "Response-Time": components["headers"]["Response-Time"];
                Server: components["headers"]["Server"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description 400: InvalidHeader (an `Authorization` or other header that cannot be parsed),
         *     RequestExpired (`Date` more than 300 s off), InvalidVersion (no route for the
         *     `Accept-Version` range), InvalidContent (a body that is not valid JSON) or BadDigest
         *     (a request `Content-MD5` that does not match the body).
         */
        BadRequest: {
            headers: {
                "Api-Version": components["headers"]["Api-Version"];
                "Content-MD5": components["headers"]["Content-MD5"];
                Date: components["headers"]["Date"];
                "Request-Id": components["headers"]["Request-Id"];
                "Response-Time": components["headers"]["Response-Time"];
                Server: components["headers"]["Server"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description 409 MissingParameter (password or password_confirmation missing) or InvalidArgument
         *     (the two differ, or the password policy refuses the password).
         */
        ChangeUserPasswordConflict: {
            headers: {
                "Api-Version": components["headers"]["Api-Version"];
                "Content-MD5": components["headers"]["Content-MD5"];
                Date: components["headers"]["Date"];
                "Request-Id": components["headers"]["Request-Id"];
                "Response-Time": components["headers"]["Response-Time"];
                Server: components["headers"]["Server"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description 409 MissingParameter (no `key`) or InvalidArgument (not a public key, or one the user already has). */
        CreateKeyConflict: {
            headers: {
                "Api-Version": components["headers"]["Api-Version"];
                "Content-MD5": components["headers"]["Content-MD5"];
                Date: components["headers"]["Date"];
                "Request-Id": components["headers"]["Request-Id"];
                "Response-Time": components["headers"]["Response-Time"];
                Server: components["headers"]["Server"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description 409 MissingParameter (login, email or password missing) or InvalidArgument (invalid
         *     email, invalid login, password refused by the policy, login already taken).
         */
        CreateUserConflict: {
            headers: {
                "Api-Version": components["headers"]["Api-Version"];
                "Content-MD5": components["headers"]["Content-MD5"];
                Date: components["headers"]["Date"];
                "Request-Id": components["headers"]["Request-Id"];
                "Response-Time": components["headers"]["Response-Time"];
                Server: components["headers"]["Server"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description Any other error, in CloudAPI's (restify's) error body: malformed JSON (400
         *     InvalidContent), an unknown path (404 ResourceNotFound "<path> does not exist"), 405,
         *     406, 413, 415, 500.
         */
        Error: {
            headers: {
                "Api-Version": components["headers"]["Api-Version"];
                "Content-MD5": components["headers"]["Content-MD5"];
                Date: components["headers"]["Date"];
                "Request-Id": components["headers"]["Request-Id"];
                "Response-Time": components["headers"]["Response-Time"];
                Server: components["headers"]["Server"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description 403 NotAuthorized — the path names an existing account that is not the caller's. */
        Forbidden: {
            headers: {
                "Api-Version": components["headers"]["Api-Version"];
                "Content-MD5": components["headers"]["Content-MD5"];
                Date: components["headers"]["Date"];
                "Request-Id": components["headers"]["Request-Id"];
                "Response-Time": components["headers"]["Response-Time"];
                Server: components["headers"]["Server"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description 500 InternalError — an unexpected server failure. */
        InternalError: {
            headers: {
                "Api-Version": components["headers"]["Api-Version"];
                "Content-MD5": components["headers"]["Content-MD5"];
                Date: components["headers"]["Date"];
                "Request-Id": components["headers"]["Request-Id"];
                "Response-Time": components["headers"]["Response-Time"];
                Server: components["headers"]["Server"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The key. */
        Key: {
            headers: {
                "Api-Version": components["headers"]["Api-Version"];
                "Content-MD5": components["headers"]["Content-MD5"];
                Date: components["headers"]["Date"];
                "Request-Id": components["headers"]["Request-Id"];
                "Response-Time": components["headers"]["Response-Time"];
                Server: components["headers"]["Server"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Key"];
            };
        };
        /** @description The user's keys, as a bare array (possibly empty). */
        KeyList: {
            headers: {
                "Api-Version": components["headers"]["Api-Version"];
                "Content-MD5": components["headers"]["Content-MD5"];
                Date: components["headers"]["Date"];
                "Request-Id": components["headers"]["Request-Id"];
                "Response-Time": components["headers"]["Response-Time"];
                Server: components["headers"]["Server"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["KeyList"];
            };
        };
        /** @description 404 ResourceNotFound: `:account`, the user or the key does not exist. */
        KeyNotFound: {
            headers: {
                "Api-Version": components["headers"]["Api-Version"];
                "Content-MD5": components["headers"]["Content-MD5"];
                Date: components["headers"]["Date"];
                "Request-Id": components["headers"]["Request-Id"];
                "Response-Time": components["headers"]["Response-Time"];
                Server: components["headers"]["Server"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description 405 BadMethod — restify's answer when the path exists but not with this method, with
         *     `Allow`. An operation never answers it itself; it is listed on each operation of the
         *     path so the body is described next to the methods the path does support.
         */
        MethodNotAllowed: {
            headers: {
                Allow: components["headers"]["Allow"];
                "Api-Version": components["headers"]["Api-Version"];
                "Content-MD5": components["headers"]["Content-MD5"];
                Date: components["headers"]["Date"];
                "Request-Id": components["headers"]["Request-Id"];
                "Response-Time": components["headers"]["Response-Time"];
                Server: components["headers"]["Server"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description 406 — the `Accept` header admits no type the server can produce (restify
         *     `acceptParser`). restify 4.3.3 sends code `NotAcceptableError`; `WrongAccept` is the
         *     RestError restify defines for 406 (facsimile's choice, see `Error`).
         */
        NotAcceptable: {
            headers: {
                "Api-Version": components["headers"]["Api-Version"];
                "Content-MD5": components["headers"]["Content-MD5"];
                Date: components["headers"]["Date"];
                "Request-Id": components["headers"]["Request-Id"];
                "Response-Time": components["headers"]["Response-Time"];
                Server: components["headers"]["Server"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description 404 ResourceNotFound — `:account` does not exist, or no user of the account has this
         *     login or UUID ("<user> does not exist"; CloudAPI 9's UUID-only lookups of UpdateUser
         *     and ChangeUserPassword say 'user with uuid "<id>" does not exist').
         */
        NotFound: {
            headers: {
                "Api-Version": components["headers"]["Api-Version"];
                "Content-MD5": components["headers"]["Content-MD5"];
                Date: components["headers"]["Date"];
                "Request-Id": components["headers"]["Request-Id"];
                "Response-Time": components["headers"]["Response-Time"];
                Server: components["headers"]["Server"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description 413 — the request body exceeds the server's limit (restify `bodyReader`
         *     `maxBodySize`, 100,000 bytes in CloudAPI's `lib/app.js`). restify 4.3.3 on Node ≥ 4
         *     sends code `PayloadTooLargeError`, "Request body size exceeds 100000".
         */
        PayloadTooLarge: {
            headers: {
                "Api-Version": components["headers"]["Api-Version"];
                "Content-MD5": components["headers"]["Content-MD5"];
                Date: components["headers"]["Date"];
                "Request-Id": components["headers"]["Request-Id"];
                "Response-Time": components["headers"]["Response-Time"];
                Server: components["headers"]["Server"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description 429 RequestThrottled — CloudAPI's per-account request rate limit (restify `throttle`). */
        TooManyRequests: {
            headers: {
                "Api-Version": components["headers"]["Api-Version"];
                "Content-MD5": components["headers"]["Content-MD5"];
                Date: components["headers"]["Date"];
                "Request-Id": components["headers"]["Request-Id"];
                "Response-Time": components["headers"]["Response-Time"];
                Server: components["headers"]["Server"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description 401 InvalidCredentials — no credentials, or credentials CloudAPI does not accept. */
        Unauthorized: {
            headers: {
                "Api-Version": components["headers"]["Api-Version"];
                "Content-MD5": components["headers"]["Content-MD5"];
                Date: components["headers"]["Date"];
                "Request-Id": components["headers"]["Request-Id"];
                "Response-Time": components["headers"]["Response-Time"];
                Server: components["headers"]["Server"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description 415 — a request body whose `Content-Type` the route does not accept (facsimile: only
         *     `application/json`). restify 4.3.3 sends code `UnsupportedMediaTypeError`; facsimile
         *     sends `UnsupportedMediaType` (see `Error`).
         */
        UnsupportedMediaType: {
            headers: {
                "Api-Version": components["headers"]["Api-Version"];
                "Content-MD5": components["headers"]["Content-MD5"];
                Date: components["headers"]["Date"];
                "Request-Id": components["headers"]["Request-Id"];
                "Response-Time": components["headers"]["Response-Time"];
                Server: components["headers"]["Server"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description 409 InvalidArgument (invalid email or login, login already taken) or MissingParameter
         *     (documented "if you didn't send a login or email"; from CloudAPI, UFDS's refusal to
         *     clear `login` or `email`).
         */
        UpdateUserConflict: {
            headers: {
                "Api-Version": components["headers"]["Api-Version"];
                "Content-MD5": components["headers"]["Content-MD5"];
                Date: components["headers"]["Date"];
                "Request-Id": components["headers"]["Request-Id"];
                "Response-Time": components["headers"]["Response-Time"];
                Server: components["headers"]["Server"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The user; with `membership`, also its `roles` and `default_roles`. */
        User: {
            headers: {
                "Api-Version": components["headers"]["Api-Version"];
                "Content-MD5": components["headers"]["Content-MD5"];
                Date: components["headers"]["Date"];
                "Request-Id": components["headers"]["Request-Id"];
                "Response-Time": components["headers"]["Response-Time"];
                Server: components["headers"]["Server"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["User"];
            };
        };
        /** @description The account's users, as a bare array (possibly empty). */
        UserList: {
            headers: {
                "Api-Version": components["headers"]["Api-Version"];
                "Content-MD5": components["headers"]["Content-MD5"];
                Date: components["headers"]["Date"];
                "Request-Id": components["headers"]["Request-Id"];
                "Response-Time": components["headers"]["Response-Time"];
                Server: components["headers"]["Server"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UserList"];
            };
        };
    };
    parameters: {
        /**
         * @description The API version range the client accepts (semver range, restify). Absent means `*`.
         *     node-triton sends `~9||~8`. A range the server does not serve → 400 InvalidVersion.
         * @example ~9||~8
         */
        AcceptVersion: string;
        /**
         * @description Login of the account that owns the users, or `my` for the authenticated account
         *     (node-triton sends the real login). Another account's login → 403 NotAuthorized; a
         *     login no account has → 404 ResourceNotFound.
         * @example demo
         */
        Account: string;
        /**
         * @description RBAC: comma-separated names of the roles a sub-user assumes for this request
         *     (node-triton appends `as-role=<roles>` when roles are configured). Accepted and
         *     ignored by facsimile, which applies no RBAC policy.
         * @example operators
         */
        AsRole: string;
        /**
         * @description The request date (RFC 7231 IMF-fixdate). Required in practice with `httpSignature`,
         *     which signs it (±300 s of clock skew allowed); not needed with `bearerAuth`.
         * @example Tue, 01 Jul 2025 10:00:00 GMT
         */
        DateHeader: string;
        /**
         * @description The key's name, or its fingerprint (MD5, hex with colons, as node-triton prints it).
         * @example alice-laptop
         */
        KeyName: string;
        /**
         * @description "When given, the user roles will also be returned" (document, type Boolean). The
         *     server only tests the value for truthiness, and query values are strings: any
         *     non-empty value — `true`, `1`, and also `false` — adds `roles` and `default_roles`;
         *     an empty value or no parameter does not. Hence a string, not a boolean.
         * @example true
         */
        Membership: string;
        /**
         * @description The user's UUID (`id`) or login. (The document names it `:user`, and `:id` on
         *     UpdateUser; CloudAPI's route parameter is `:uuid`, matched against login or UUID.)
         * @example alice
         */
        User: string;
        /**
         * @description Older spelling of `Accept-Version`, honoured when `Accept-Version` is absent.
         * @example ~9
         */
        XApiVersion: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description The methods the path supports (restify, on 405).
         * @example GET, HEAD, POST
         */
        Allow: string;
        /**
         * @description The API version that served the request (CloudAPI 9 registers 9.0.0 as its highest).
         * @example 9.0.0
         */
        "Api-Version": string;
        /**
         * @description Base64 MD5 digest of the response body. Optional for clients, but node-triton rejects
         *     a response whose `Content-MD5` is present and wrong.
         * @example XrY7u+Ae7tCTyyK7j1rNww==
         */
        "Content-MD5": string;
        /**
         * @description Date of the response (RFC 7231 IMF-fixdate).
         * @example Tue, 01 Jul 2025 10:00:00 GMT
         */
        Date: string;
        /**
         * @description `/<account login>/users/<URL-encoded login>` of the created user.
         * @example /demo/users/carol
         */
        Location: string;
        /**
         * @description Identifier of this request (restify; a UUID unless the client supplied one).
         * @example 6a1b0e4c-2f5d-4c8e-9b7a-3d2e1f0a9b8c
         */
        "Request-Id": string;
        /**
         * @description Time the server spent on the request, in milliseconds.
         * @example 12
         */
        "Response-Time": number;
        /**
         * @description `cloudapi/<package version>`.
         * @example cloudapi/9.20.0
         */
        Server: string;
    };
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    ListUsers: {
        parameters: {
            query?: {
                /**
                 * @description RBAC: comma-separated names of the roles a sub-user assumes for this request
                 *     (node-triton appends `as-role=<roles>` when roles are configured). Accepted and
                 *     ignored by facsimile, which applies no RBAC policy.
                 * @example operators
                 */
                "as-role"?: components["parameters"]["AsRole"];
            };
            header?: {
                /**
                 * @description The API version range the client accepts (semver range, restify). Absent means `*`.
                 *     node-triton sends `~9||~8`. A range the server does not serve → 400 InvalidVersion.
                 * @example ~9||~8
                 */
                "Accept-Version"?: components["parameters"]["AcceptVersion"];
                /**
                 * @description The request date (RFC 7231 IMF-fixdate). Required in practice with `httpSignature`,
                 *     which signs it (±300 s of clock skew allowed); not needed with `bearerAuth`.
                 * @example Tue, 01 Jul 2025 10:00:00 GMT
                 */
                Date?: components["parameters"]["DateHeader"];
                /**
                 * @description Older spelling of `Accept-Version`, honoured when `Accept-Version` is absent.
                 * @example ~9
                 */
                "X-Api-Version"?: components["parameters"]["XApiVersion"];
            };
            path: {
                /**
                 * @description Login of the account that owns the users, or `my` for the authenticated account
                 *     (node-triton sends the real login). Another account's login → 403 NotAuthorized; a
                 *     login no account has → 404 ResourceNotFound.
                 * @example demo
                 */
                account: components["parameters"]["Account"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["UserList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["AccountNotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["Error"];
        };
    };
    CreateUser: {
        parameters: {
            query?: {
                /**
                 * @description RBAC: comma-separated names of the roles a sub-user assumes for this request
                 *     (node-triton appends `as-role=<roles>` when roles are configured). Accepted and
                 *     ignored by facsimile, which applies no RBAC policy.
                 * @example operators
                 */
                "as-role"?: components["parameters"]["AsRole"];
            };
            header?: {
                /**
                 * @description The API version range the client accepts (semver range, restify). Absent means `*`.
                 *     node-triton sends `~9||~8`. A range the server does not serve → 400 InvalidVersion.
                 * @example ~9||~8
                 */
                "Accept-Version"?: components["parameters"]["AcceptVersion"];
                /**
                 * @description The request date (RFC 7231 IMF-fixdate). Required in practice with `httpSignature`,
                 *     which signs it (±300 s of clock skew allowed); not needed with `bearerAuth`.
                 * @example Tue, 01 Jul 2025 10:00:00 GMT
                 */
                Date?: components["parameters"]["DateHeader"];
                /**
                 * @description Older spelling of `Accept-Version`, honoured when `Accept-Version` is absent.
                 * @example ~9
                 */
                "X-Api-Version"?: components["parameters"]["XApiVersion"];
            };
            path: {
                /**
                 * @description Login of the account that owns the users, or `my` for the authenticated account
                 *     (node-triton sends the real login). Another account's login → 403 NotAuthorized; a
                 *     login no account has → 404 ResourceNotFound.
                 * @example demo
                 */
                account: components["parameters"]["Account"];
            };
            cookie?: never;
        };
        /** @description The new user. `password` is stored as a salted digest and never returned. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserRequest"];
            };
        };
        responses: {
            /** @description The user was created. */
            201: {
                headers: {
                    "Api-Version": components["headers"]["Api-Version"];
                    "Content-MD5": components["headers"]["Content-MD5"];
                    Date: components["headers"]["Date"];
                    Location: components["headers"]["Location"];
                    "Request-Id": components["headers"]["Request-Id"];
                    "Response-Time": components["headers"]["Response-Time"];
                    Server: components["headers"]["Server"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["AccountNotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["CreateUserConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["Error"];
        };
    };
    HeadUsers: {
        parameters: {
            query?: {
                /**
                 * @description RBAC: comma-separated names of the roles a sub-user assumes for this request
                 *     (node-triton appends `as-role=<roles>` when roles are configured). Accepted and
                 *     ignored by facsimile, which applies no RBAC policy.
                 * @example operators
                 */
                "as-role"?: components["parameters"]["AsRole"];
            };
            header?: {
                /**
                 * @description The API version range the client accepts (semver range, restify). Absent means `*`.
                 *     node-triton sends `~9||~8`. A range the server does not serve → 400 InvalidVersion.
                 * @example ~9||~8
                 */
                "Accept-Version"?: components["parameters"]["AcceptVersion"];
                /**
                 * @description The request date (RFC 7231 IMF-fixdate). Required in practice with `httpSignature`,
                 *     which signs it (±300 s of clock skew allowed); not needed with `bearerAuth`.
                 * @example Tue, 01 Jul 2025 10:00:00 GMT
                 */
                Date?: components["parameters"]["DateHeader"];
                /**
                 * @description Older spelling of `Accept-Version`, honoured when `Accept-Version` is absent.
                 * @example ~9
                 */
                "X-Api-Version"?: components["parameters"]["XApiVersion"];
            };
            path: {
                /**
                 * @description Login of the account that owns the users, or `my` for the authenticated account
                 *     (node-triton sends the real login). Another account's login → 403 NotAuthorized; a
                 *     login no account has → 404 ResourceNotFound.
                 * @example demo
                 */
                account: components["parameters"]["Account"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["UserList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["AccountNotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["Error"];
        };
    };
    GetUser: {
        parameters: {
            query?: {
                /**
                 * @description RBAC: comma-separated names of the roles a sub-user assumes for this request
                 *     (node-triton appends `as-role=<roles>` when roles are configured). Accepted and
                 *     ignored by facsimile, which applies no RBAC policy.
                 * @example operators
                 */
                "as-role"?: components["parameters"]["AsRole"];
                /**
                 * @description "When given, the user roles will also be returned" (document, type Boolean). The
                 *     server only tests the value for truthiness, and query values are strings: any
                 *     non-empty value — `true`, `1`, and also `false` — adds `roles` and `default_roles`;
                 *     an empty value or no parameter does not. Hence a string, not a boolean.
                 * @example true
                 */
                membership?: components["parameters"]["Membership"];
            };
            header?: {
                /**
                 * @description The API version range the client accepts (semver range, restify). Absent means `*`.
                 *     node-triton sends `~9||~8`. A range the server does not serve → 400 InvalidVersion.
                 * @example ~9||~8
                 */
                "Accept-Version"?: components["parameters"]["AcceptVersion"];
                /**
                 * @description The request date (RFC 7231 IMF-fixdate). Required in practice with `httpSignature`,
                 *     which signs it (±300 s of clock skew allowed); not needed with `bearerAuth`.
                 * @example Tue, 01 Jul 2025 10:00:00 GMT
                 */
                Date?: components["parameters"]["DateHeader"];
                /**
                 * @description Older spelling of `Accept-Version`, honoured when `Accept-Version` is absent.
                 * @example ~9
                 */
                "X-Api-Version"?: components["parameters"]["XApiVersion"];
            };
            path: {
                /**
                 * @description Login of the account that owns the users, or `my` for the authenticated account
                 *     (node-triton sends the real login). Another account's login → 403 NotAuthorized; a
                 *     login no account has → 404 ResourceNotFound.
                 * @example demo
                 */
                account: components["parameters"]["Account"];
                /**
                 * @description The user's UUID (`id`) or login. (The document names it `:user`, and `:id` on
                 *     UpdateUser; CloudAPI's route parameter is `:uuid`, matched against login or UUID.)
                 * @example alice
                 */
                user: components["parameters"]["User"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["User"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["Error"];
        };
    };
    UpdateUser: {
        parameters: {
            query?: {
                /**
                 * @description RBAC: comma-separated names of the roles a sub-user assumes for this request
                 *     (node-triton appends `as-role=<roles>` when roles are configured). Accepted and
                 *     ignored by facsimile, which applies no RBAC policy.
                 * @example operators
                 */
                "as-role"?: components["parameters"]["AsRole"];
            };
            header?: {
                /**
                 * @description The API version range the client accepts (semver range, restify). Absent means `*`.
                 *     node-triton sends `~9||~8`. A range the server does not serve → 400 InvalidVersion.
                 * @example ~9||~8
                 */
                "Accept-Version"?: components["parameters"]["AcceptVersion"];
                /**
                 * @description The request date (RFC 7231 IMF-fixdate). Required in practice with `httpSignature`,
                 *     which signs it (±300 s of clock skew allowed); not needed with `bearerAuth`.
                 * @example Tue, 01 Jul 2025 10:00:00 GMT
                 */
                Date?: components["parameters"]["DateHeader"];
                /**
                 * @description Older spelling of `Accept-Version`, honoured when `Accept-Version` is absent.
                 * @example ~9
                 */
                "X-Api-Version"?: components["parameters"]["XApiVersion"];
            };
            path: {
                /**
                 * @description Login of the account that owns the users, or `my` for the authenticated account
                 *     (node-triton sends the real login). Another account's login → 403 NotAuthorized; a
                 *     login no account has → 404 ResourceNotFound.
                 * @example demo
                 */
                account: components["parameters"]["Account"];
                /**
                 * @description The user's UUID (`id`) or login. (The document names it `:user`, and `:id` on
                 *     UpdateUser; CloudAPI's route parameter is `:uuid`, matched against login or UUID.)
                 * @example alice
                 */
                user: components["parameters"]["User"];
            };
            cookie?: never;
        };
        /** @description The properties to change; all optional. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["UpdateUserRequest"];
            };
        };
        responses: {
            /** @description The user after the update. */
            200: {
                headers: {
                    "Api-Version": components["headers"]["Api-Version"];
                    "Content-MD5": components["headers"]["Content-MD5"];
                    Date: components["headers"]["Date"];
                    "Request-Id": components["headers"]["Request-Id"];
                    "Response-Time": components["headers"]["Response-Time"];
                    Server: components["headers"]["Server"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["UpdateUserConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["Error"];
        };
    };
    DeleteUser: {
        parameters: {
            query?: {
                /**
                 * @description RBAC: comma-separated names of the roles a sub-user assumes for this request
                 *     (node-triton appends `as-role=<roles>` when roles are configured). Accepted and
                 *     ignored by facsimile, which applies no RBAC policy.
                 * @example operators
                 */
                "as-role"?: components["parameters"]["AsRole"];
            };
            header?: {
                /**
                 * @description The API version range the client accepts (semver range, restify). Absent means `*`.
                 *     node-triton sends `~9||~8`. A range the server does not serve → 400 InvalidVersion.
                 * @example ~9||~8
                 */
                "Accept-Version"?: components["parameters"]["AcceptVersion"];
                /**
                 * @description The request date (RFC 7231 IMF-fixdate). Required in practice with `httpSignature`,
                 *     which signs it (±300 s of clock skew allowed); not needed with `bearerAuth`.
                 * @example Tue, 01 Jul 2025 10:00:00 GMT
                 */
                Date?: components["parameters"]["DateHeader"];
                /**
                 * @description Older spelling of `Accept-Version`, honoured when `Accept-Version` is absent.
                 * @example ~9
                 */
                "X-Api-Version"?: components["parameters"]["XApiVersion"];
            };
            path: {
                /**
                 * @description Login of the account that owns the users, or `my` for the authenticated account
                 *     (node-triton sends the real login). Another account's login → 403 NotAuthorized; a
                 *     login no account has → 404 ResourceNotFound.
                 * @example demo
                 */
                account: components["parameters"]["Account"];
                /**
                 * @description The user's UUID (`id`) or login. (The document names it `:user`, and `:id` on
                 *     UpdateUser; CloudAPI's route parameter is `:uuid`, matched against login or UUID.)
                 * @example alice
                 */
                user: components["parameters"]["User"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user was deleted. No body. */
            204: {
                headers: {
                    "Api-Version": components["headers"]["Api-Version"];
                    Date: components["headers"]["Date"];
                    "Request-Id": components["headers"]["Request-Id"];
                    "Response-Time": components["headers"]["Response-Time"];
                    Server: components["headers"]["Server"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["Error"];
        };
    };
    HeadUser: {
        parameters: {
            query?: {
                /**
                 * @description RBAC: comma-separated names of the roles a sub-user assumes for this request
                 *     (node-triton appends `as-role=<roles>` when roles are configured). Accepted and
                 *     ignored by facsimile, which applies no RBAC policy.
                 * @example operators
                 */
                "as-role"?: components["parameters"]["AsRole"];
                /**
                 * @description "When given, the user roles will also be returned" (document, type Boolean). The
                 *     server only tests the value for truthiness, and query values are strings: any
                 *     non-empty value — `true`, `1`, and also `false` — adds `roles` and `default_roles`;
                 *     an empty value or no parameter does not. Hence a string, not a boolean.
                 * @example true
                 */
                membership?: components["parameters"]["Membership"];
            };
            header?: {
                /**
                 * @description The API version range the client accepts (semver range, restify). Absent means `*`.
                 *     node-triton sends `~9||~8`. A range the server does not serve → 400 InvalidVersion.
                 * @example ~9||~8
                 */
                "Accept-Version"?: components["parameters"]["AcceptVersion"];
                /**
                 * @description The request date (RFC 7231 IMF-fixdate). Required in practice with `httpSignature`,
                 *     which signs it (±300 s of clock skew allowed); not needed with `bearerAuth`.
                 * @example Tue, 01 Jul 2025 10:00:00 GMT
                 */
                Date?: components["parameters"]["DateHeader"];
                /**
                 * @description Older spelling of `Accept-Version`, honoured when `Accept-Version` is absent.
                 * @example ~9
                 */
                "X-Api-Version"?: components["parameters"]["XApiVersion"];
            };
            path: {
                /**
                 * @description Login of the account that owns the users, or `my` for the authenticated account
                 *     (node-triton sends the real login). Another account's login → 403 NotAuthorized; a
                 *     login no account has → 404 ResourceNotFound.
                 * @example demo
                 */
                account: components["parameters"]["Account"];
                /**
                 * @description The user's UUID (`id`) or login. (The document names it `:user`, and `:id` on
                 *     UpdateUser; CloudAPI's route parameter is `:uuid`, matched against login or UUID.)
                 * @example alice
                 */
                user: components["parameters"]["User"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["User"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["Error"];
        };
    };
    ChangeUserPassword: {
        parameters: {
            query?: {
                /**
                 * @description RBAC: comma-separated names of the roles a sub-user assumes for this request
                 *     (node-triton appends `as-role=<roles>` when roles are configured). Accepted and
                 *     ignored by facsimile, which applies no RBAC policy.
                 * @example operators
                 */
                "as-role"?: components["parameters"]["AsRole"];
            };
            header?: {
                /**
                 * @description The API version range the client accepts (semver range, restify). Absent means `*`.
                 *     node-triton sends `~9||~8`. A range the server does not serve → 400 InvalidVersion.
                 * @example ~9||~8
                 */
                "Accept-Version"?: components["parameters"]["AcceptVersion"];
                /**
                 * @description The request date (RFC 7231 IMF-fixdate). Required in practice with `httpSignature`,
                 *     which signs it (±300 s of clock skew allowed); not needed with `bearerAuth`.
                 * @example Tue, 01 Jul 2025 10:00:00 GMT
                 */
                Date?: components["parameters"]["DateHeader"];
                /**
                 * @description Older spelling of `Accept-Version`, honoured when `Accept-Version` is absent.
                 * @example ~9
                 */
                "X-Api-Version"?: components["parameters"]["XApiVersion"];
            };
            path: {
                /**
                 * @description Login of the account that owns the users, or `my` for the authenticated account
                 *     (node-triton sends the real login). Another account's login → 403 NotAuthorized; a
                 *     login no account has → 404 ResourceNotFound.
                 * @example demo
                 */
                account: components["parameters"]["Account"];
                /**
                 * @description The user's UUID (`id`) or login. (The document names it `:user`, and `:id` on
                 *     UpdateUser; CloudAPI's route parameter is `:uuid`, matched against login or UUID.)
                 * @example alice
                 */
                user: components["parameters"]["User"];
            };
            cookie?: never;
        };
        /** @description The new password, twice. Unknown fields are ignored. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeUserPasswordRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["ChangeUserPasswordRequest"];
            };
        };
        responses: {
            /** @description The user whose password was changed. */
            200: {
                headers: {
                    "Api-Version": components["headers"]["Api-Version"];
                    "Content-MD5": components["headers"]["Content-MD5"];
                    Date: components["headers"]["Date"];
                    "Request-Id": components["headers"]["Request-Id"];
                    "Response-Time": components["headers"]["Response-Time"];
                    Server: components["headers"]["Server"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["ChangeUserPasswordConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["Error"];
        };
    };
    ListUserKeys: {
        parameters: {
            query?: {
                /**
                 * @description RBAC: comma-separated names of the roles a sub-user assumes for this request
                 *     (node-triton appends `as-role=<roles>` when roles are configured). Accepted and
                 *     ignored by facsimile, which applies no RBAC policy.
                 * @example operators
                 */
                "as-role"?: components["parameters"]["AsRole"];
            };
            header?: {
                /**
                 * @description The API version range the client accepts (semver range, restify). Absent means `*`.
                 *     node-triton sends `~9||~8`. A range the server does not serve → 400 InvalidVersion.
                 * @example ~9||~8
                 */
                "Accept-Version"?: components["parameters"]["AcceptVersion"];
                /**
                 * @description The request date (RFC 7231 IMF-fixdate). Required in practice with `httpSignature`,
                 *     which signs it (±300 s of clock skew allowed); not needed with `bearerAuth`.
                 * @example Tue, 01 Jul 2025 10:00:00 GMT
                 */
                Date?: components["parameters"]["DateHeader"];
                /**
                 * @description Older spelling of `Accept-Version`, honoured when `Accept-Version` is absent.
                 * @example ~9
                 */
                "X-Api-Version"?: components["parameters"]["XApiVersion"];
            };
            path: {
                /**
                 * @description Login of the account that owns the users, or `my` for the authenticated account
                 *     (node-triton sends the real login). Another account's login → 403 NotAuthorized; a
                 *     login no account has → 404 ResourceNotFound.
                 * @example demo
                 */
                account: components["parameters"]["Account"];
                /**
                 * @description The user's UUID (`id`) or login. (The document names it `:user`, and `:id` on
                 *     UpdateUser; CloudAPI's route parameter is `:uuid`, matched against login or UUID.)
                 * @example alice
                 */
                user: components["parameters"]["User"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["KeyList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["KeyNotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["Error"];
        };
    };
    CreateUserKey: {
        parameters: {
            query?: {
                /**
                 * @description RBAC: comma-separated names of the roles a sub-user assumes for this request
                 *     (node-triton appends `as-role=<roles>` when roles are configured). Accepted and
                 *     ignored by facsimile, which applies no RBAC policy.
                 * @example operators
                 */
                "as-role"?: components["parameters"]["AsRole"];
            };
            header?: {
                /**
                 * @description The API version range the client accepts (semver range, restify). Absent means `*`.
                 *     node-triton sends `~9||~8`. A range the server does not serve → 400 InvalidVersion.
                 * @example ~9||~8
                 */
                "Accept-Version"?: components["parameters"]["AcceptVersion"];
                /**
                 * @description The request date (RFC 7231 IMF-fixdate). Required in practice with `httpSignature`,
                 *     which signs it (±300 s of clock skew allowed); not needed with `bearerAuth`.
                 * @example Tue, 01 Jul 2025 10:00:00 GMT
                 */
                Date?: components["parameters"]["DateHeader"];
                /**
                 * @description Older spelling of `Accept-Version`, honoured when `Accept-Version` is absent.
                 * @example ~9
                 */
                "X-Api-Version"?: components["parameters"]["XApiVersion"];
            };
            path: {
                /**
                 * @description Login of the account that owns the users, or `my` for the authenticated account
                 *     (node-triton sends the real login). Another account's login → 403 NotAuthorized; a
                 *     login no account has → 404 ResourceNotFound.
                 * @example demo
                 */
                account: components["parameters"]["Account"];
                /**
                 * @description The user's UUID (`id`) or login. (The document names it `:user`, and `:id` on
                 *     UpdateUser; CloudAPI's route parameter is `:uuid`, matched against login or UUID.)
                 * @example alice
                 */
                user: components["parameters"]["User"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateKeyRequest"];
            };
        };
        responses: {
            /** @description The key was added. */
            201: {
                headers: {
                    "Api-Version": components["headers"]["Api-Version"];
                    "Content-MD5": components["headers"]["Content-MD5"];
                    Date: components["headers"]["Date"];
                    Location: components["headers"]["Location"];
                    "Request-Id": components["headers"]["Request-Id"];
                    "Response-Time": components["headers"]["Response-Time"];
                    Server: components["headers"]["Server"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Key"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["KeyNotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["CreateKeyConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["Error"];
        };
    };
    HeadUserKeys: {
        parameters: {
            query?: {
                /**
                 * @description RBAC: comma-separated names of the roles a sub-user assumes for this request
                 *     (node-triton appends `as-role=<roles>` when roles are configured). Accepted and
                 *     ignored by facsimile, which applies no RBAC policy.
                 * @example operators
                 */
                "as-role"?: components["parameters"]["AsRole"];
            };
            header?: {
                /**
                 * @description The API version range the client accepts (semver range, restify). Absent means `*`.
                 *     node-triton sends `~9||~8`. A range the server does not serve → 400 InvalidVersion.
                 * @example ~9||~8
                 */
                "Accept-Version"?: components["parameters"]["AcceptVersion"];
                /**
                 * @description The request date (RFC 7231 IMF-fixdate). Required in practice with `httpSignature`,
                 *     which signs it (±300 s of clock skew allowed); not needed with `bearerAuth`.
                 * @example Tue, 01 Jul 2025 10:00:00 GMT
                 */
                Date?: components["parameters"]["DateHeader"];
                /**
                 * @description Older spelling of `Accept-Version`, honoured when `Accept-Version` is absent.
                 * @example ~9
                 */
                "X-Api-Version"?: components["parameters"]["XApiVersion"];
            };
            path: {
                /**
                 * @description Login of the account that owns the users, or `my` for the authenticated account
                 *     (node-triton sends the real login). Another account's login → 403 NotAuthorized; a
                 *     login no account has → 404 ResourceNotFound.
                 * @example demo
                 */
                account: components["parameters"]["Account"];
                /**
                 * @description The user's UUID (`id`) or login. (The document names it `:user`, and `:id` on
                 *     UpdateUser; CloudAPI's route parameter is `:uuid`, matched against login or UUID.)
                 * @example alice
                 */
                user: components["parameters"]["User"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["KeyList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["KeyNotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["Error"];
        };
    };
    GetUserKey: {
        parameters: {
            query?: {
                /**
                 * @description RBAC: comma-separated names of the roles a sub-user assumes for this request
                 *     (node-triton appends `as-role=<roles>` when roles are configured). Accepted and
                 *     ignored by facsimile, which applies no RBAC policy.
                 * @example operators
                 */
                "as-role"?: components["parameters"]["AsRole"];
            };
            header?: {
                /**
                 * @description The API version range the client accepts (semver range, restify). Absent means `*`.
                 *     node-triton sends `~9||~8`. A range the server does not serve → 400 InvalidVersion.
                 * @example ~9||~8
                 */
                "Accept-Version"?: components["parameters"]["AcceptVersion"];
                /**
                 * @description The request date (RFC 7231 IMF-fixdate). Required in practice with `httpSignature`,
                 *     which signs it (±300 s of clock skew allowed); not needed with `bearerAuth`.
                 * @example Tue, 01 Jul 2025 10:00:00 GMT
                 */
                Date?: components["parameters"]["DateHeader"];
                /**
                 * @description Older spelling of `Accept-Version`, honoured when `Accept-Version` is absent.
                 * @example ~9
                 */
                "X-Api-Version"?: components["parameters"]["XApiVersion"];
            };
            path: {
                /**
                 * @description Login of the account that owns the users, or `my` for the authenticated account
                 *     (node-triton sends the real login). Another account's login → 403 NotAuthorized; a
                 *     login no account has → 404 ResourceNotFound.
                 * @example demo
                 */
                account: components["parameters"]["Account"];
                /**
                 * @description The key's name, or its fingerprint (MD5, hex with colons, as node-triton prints it).
                 * @example alice-laptop
                 */
                name: components["parameters"]["KeyName"];
                /**
                 * @description The user's UUID (`id`) or login. (The document names it `:user`, and `:id` on
                 *     UpdateUser; CloudAPI's route parameter is `:uuid`, matched against login or UUID.)
                 * @example alice
                 */
                user: components["parameters"]["User"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Key"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["KeyNotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["Error"];
        };
    };
    DeleteUserKey: {
        parameters: {
            query?: {
                /**
                 * @description RBAC: comma-separated names of the roles a sub-user assumes for this request
                 *     (node-triton appends `as-role=<roles>` when roles are configured). Accepted and
                 *     ignored by facsimile, which applies no RBAC policy.
                 * @example operators
                 */
                "as-role"?: components["parameters"]["AsRole"];
            };
            header?: {
                /**
                 * @description The API version range the client accepts (semver range, restify). Absent means `*`.
                 *     node-triton sends `~9||~8`. A range the server does not serve → 400 InvalidVersion.
                 * @example ~9||~8
                 */
                "Accept-Version"?: components["parameters"]["AcceptVersion"];
                /**
                 * @description The request date (RFC 7231 IMF-fixdate). Required in practice with `httpSignature`,
                 *     which signs it (±300 s of clock skew allowed); not needed with `bearerAuth`.
                 * @example Tue, 01 Jul 2025 10:00:00 GMT
                 */
                Date?: components["parameters"]["DateHeader"];
                /**
                 * @description Older spelling of `Accept-Version`, honoured when `Accept-Version` is absent.
                 * @example ~9
                 */
                "X-Api-Version"?: components["parameters"]["XApiVersion"];
            };
            path: {
                /**
                 * @description Login of the account that owns the users, or `my` for the authenticated account
                 *     (node-triton sends the real login). Another account's login → 403 NotAuthorized; a
                 *     login no account has → 404 ResourceNotFound.
                 * @example demo
                 */
                account: components["parameters"]["Account"];
                /**
                 * @description The key's name, or its fingerprint (MD5, hex with colons, as node-triton prints it).
                 * @example alice-laptop
                 */
                name: components["parameters"]["KeyName"];
                /**
                 * @description The user's UUID (`id`) or login. (The document names it `:user`, and `:id` on
                 *     UpdateUser; CloudAPI's route parameter is `:uuid`, matched against login or UUID.)
                 * @example alice
                 */
                user: components["parameters"]["User"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key was removed. No body. */
            204: {
                headers: {
                    "Api-Version": components["headers"]["Api-Version"];
                    Date: components["headers"]["Date"];
                    "Request-Id": components["headers"]["Request-Id"];
                    "Response-Time": components["headers"]["Response-Time"];
                    Server: components["headers"]["Server"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["KeyNotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["Error"];
        };
    };
    HeadUserKey: {
        parameters: {
            query?: {
                /**
                 * @description RBAC: comma-separated names of the roles a sub-user assumes for this request
                 *     (node-triton appends `as-role=<roles>` when roles are configured). Accepted and
                 *     ignored by facsimile, which applies no RBAC policy.
                 * @example operators
                 */
                "as-role"?: components["parameters"]["AsRole"];
            };
            header?: {
                /**
                 * @description The API version range the client accepts (semver range, restify). Absent means `*`.
                 *     node-triton sends `~9||~8`. A range the server does not serve → 400 InvalidVersion.
                 * @example ~9||~8
                 */
                "Accept-Version"?: components["parameters"]["AcceptVersion"];
                /**
                 * @description The request date (RFC 7231 IMF-fixdate). Required in practice with `httpSignature`,
                 *     which signs it (±300 s of clock skew allowed); not needed with `bearerAuth`.
                 * @example Tue, 01 Jul 2025 10:00:00 GMT
                 */
                Date?: components["parameters"]["DateHeader"];
                /**
                 * @description Older spelling of `Accept-Version`, honoured when `Accept-Version` is absent.
                 * @example ~9
                 */
                "X-Api-Version"?: components["parameters"]["XApiVersion"];
            };
            path: {
                /**
                 * @description Login of the account that owns the users, or `my` for the authenticated account
                 *     (node-triton sends the real login). Another account's login → 403 NotAuthorized; a
                 *     login no account has → 404 ResourceNotFound.
                 * @example demo
                 */
                account: components["parameters"]["Account"];
                /**
                 * @description The key's name, or its fingerprint (MD5, hex with colons, as node-triton prints it).
                 * @example alice-laptop
                 */
                name: components["parameters"]["KeyName"];
                /**
                 * @description The user's UUID (`id`) or login. (The document names it `:user`, and `:id` on
                 *     UpdateUser; CloudAPI's route parameter is `:uuid`, matched against login or UUID.)
                 * @example alice
                 */
                user: components["parameters"]["User"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Key"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["KeyNotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            default: components["responses"]["Error"];
        };
    };
}
