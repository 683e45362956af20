// Pact's engine reports usage to its makers unless told not to; a local stub never phones home.
process.env.PACT_DO_NOT_TRACK ??= 'true';
