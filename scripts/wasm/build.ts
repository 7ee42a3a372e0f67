/** `npm run build:wasm`: rebuild src/analysis/brandes-wasm-binary.ts from wasm/brandes.ts. */
import { writeFileSync } from 'node:fs';
import { compileBrandesWasm, renderWasmModule, WASM_MODULE_FILE } from './compile';

const binary = await compileBrandesWasm();
writeFileSync(WASM_MODULE_FILE, renderWasmModule(binary));
process.stdout.write(`wrote ${WASM_MODULE_FILE} (${binary.length} bytes of WebAssembly)\n`);
