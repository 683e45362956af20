// scalingo (scalingo.js) ships without its declaration files: the part the tests drive.
declare module 'scalingo' {
  export interface ClientOptions {
    apiUrl?: string;
    authApiUrl?: string;
  }
  /** The axios instance a client builds, with its Authorization header set. */
  export interface HttpClient {
    get(url: string): Promise<{ status: number; data: unknown; headers: Record<string, unknown> }>;
    post(url: string): Promise<{ status: number; data: unknown; headers: Record<string, unknown> }>;
  }
  export interface Client {
    Users: {
      self(): Promise<{ id: string; username: string; email: string }>;
      stopFreeTrial(): Promise<unknown>;
      requestAccountDeletion(): Promise<unknown>;
      confirmAccountDeletion(
        deletionId: string,
        params: { token: string; reason?: string | null; details?: string | null },
      ): Promise<unknown>;
    };
    apiClient(): HttpClient;
    /** Headers copied into every request the client builds. */
    _headers: Record<string, string>;
  }
  export function clientFromToken(token: string, opts?: ClientOptions): Promise<Client>;
}
