import { readdir, readFile, readlink } from 'node:fs/promises';

/** A process found listening on a TCP port: `node (pid 1234)`. */
export type PortHolder = string;

/** The socket inodes listening on `port`, from Linux's /proc/net tables (`0A`: LISTEN). */
async function listeningInodes(port: number): Promise<Set<string>> {
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = await readFile(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      const local = fields[1]?.split(':')[1];
      if (local && fields[3] === '0A' && parseInt(local, 16) === port && fields[9])
        inodes.add(fields[9]);
    }
  }
  return inodes;
}

/**
 * Which process listens on `port`, when the system says (Linux, and a process
 * this user may inspect); `undefined` otherwise. Read only after a bind failed.
 */
export async function portHolder(port: number): Promise<PortHolder | undefined> {
  const inodes = await listeningInodes(port);
  if (inodes.size === 0) return undefined;
  const sockets = new Set([...inodes].map((inode) => `socket:[${inode}]`));
  for (const pid of (await readdir('/proc')).filter((name) => /^\d+$/.test(name))) {
    let fds: string[];
    try {
      fds = await readdir(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      const target = await readlink(`/proc/${pid}/fd/${fd}`).catch(() => '');
      if (!sockets.has(target)) continue;
      const name = (await readFile(`/proc/${pid}/comm`, 'utf8').catch(() => '')).trim();
      return name ? `${name} (pid ${pid})` : `pid ${pid}`;
    }
  }
  return undefined;
}

/** What a user reads when one of facsimile's ports is taken: which, by whom, and how to move it. */
export async function portInUse(port: number, api: string | undefined): Promise<Error> {
  const holder = await portHolder(port);
  const which = api ? `${api}'s own port` : 'the main port';
  const moveIt = api
    ? `move it with --api-port ${api}=PORT (apiPorts in startStub), move all six with --port N (the APIs' own ports follow from N+1), or serve the APIs under the main port only with --no-api-ports`
    : `move it with --port N (port in startStub); the APIs' own ports follow from N+1`;
  return new Error(`port ${port} (${which}) is in use${holder ? ` by ${holder}` : ''}: ${moveIt}`);
}
