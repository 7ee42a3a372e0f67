/**
 * Messages of the export worker: one request (network, result, provenance, format), one
 * answer with the files or the error. Kept apart from the writers so the page does not
 * bundle them (exceljs alone is about 1 MB); they load only in the worker.
 */
import type { SerializedGraph } from 'graphology-types';
import type { AnalysisResult } from '../analysis/types';
import type { ImageModel } from '../export/image';
import type { Provenance } from '../export/provenance';

export const FILE_FORMATS = ['gexf', 'graphml', 'csv', 'xlsx'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

export interface FileRequest {
  format: FileFormat;
  network: SerializedGraph;
  result: AnalysisResult | null;
  provenance: Provenance;
  /** File names start with this (e.g. cluster-network-all-2026-03-04). */
  baseName: string;
}

/** A picture to write as SVG (2–3 s of CPU for a national network: off the page too). */
export interface SvgRequest {
  format: 'svg';
  model: ImageModel;
  title: string;
  provenance: Provenance;
  baseName: string;
}

export type WorkerRequest = FileRequest | SvgRequest;

export interface ExportFile {
  name: string;
  type: string;
  data: Uint8Array;
}

export type ExportResponse = { files: ExportFile[] } | { error: string };
