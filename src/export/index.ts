/**
 * Research exports: graph files (GEXF 1.3, GraphML), tables (CSV, xlsx) and provenance, from
 * a network and its analysis result. Pure TypeScript without DOM or Node APIs, so the CLI
 * and the explorer write the same files; it imports only model/ and analysis/.
 * See docs/analysis.md, "Exports".
 */
export {
  buildExportDocument,
  type Cell,
  type CellType,
  type Column,
  type DocumentOptions,
  type ExportDocument,
  type ExportEdge,
  type ExportNode,
  type GraphValue,
} from './document';
export {
  buildProvenance,
  provenanceRows,
  APP_NAME,
  type DataSource,
  type ImportRunInfo,
  type Provenance,
  type ProvenanceInput,
} from './provenance';
export { writeGexf } from './gexf';
export { writeGraphml } from './graphml';
export { nodesCsv, edgesCsv, toCsv, neutraliseFormula } from './csv';
export { writeXlsx } from './xlsx';
export { parseColour, exportVisuals, defaultLayoutIterations, type LayoutOptions } from './visual';
export {
  composeImage,
  textWidth,
  CJK_FONT_STACK,
  type ImageModel,
  type ImageNode,
  type ImageEdge,
  type ImageLabel,
  type ImageLegend,
  type ImageLegendEntry,
  type ImageLegendSection,
  type Scene,
  type Shape,
} from './image';
export { writeSvg, sceneToSvg, PROVENANCE_NS } from './svg';
export { addPngText, readPngText, pngSize, crc32, asciiJson, type PngText } from './png-text';
