/** Messages between the page (decode-client.ts) and the decoding worker (decode.worker.ts). */
import type { SerializedNetwork } from '../model/graph-format';
import type { Snapshot } from '../model/snapshot';
import type { DecodeTask } from './decode-tasks';
import type { Unavailable } from './source';

export type DecodeRequest = { id: number; task: DecodeTask } | { id: number; cancel: true };

export type DecodeResponse =
  | { id: number; ok: true; value: SerializedNetwork | Snapshot }
  | {
      id: number;
      ok: false;
      error: { name: string; message: string; unavailable?: Unavailable };
    };
