/** The stored document's types, apart so the store file and its image can both name them. */
export interface StoreMeta {
  format: 1;
  seed: number;
  users: number;
  /** The last change-log entry the file already holds. */
  logSeq?: number;
}

/** Everything facsimile keeps, as stored: one JSON document, one key per API. */
export interface StoreData {
  meta: StoreMeta;
  apis: Record<string, unknown>;
}
