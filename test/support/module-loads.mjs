// `node --import ./module-loads.mjs`: every module the process loads through the ES module
// loader (its own files and the packages they import) is appended to MODULE_LOADS_FILE.
import { register } from 'node:module';
import process from 'node:process';

register('./module-loads-hook.mjs', import.meta.url, { data: process.env.MODULE_LOADS_FILE });
