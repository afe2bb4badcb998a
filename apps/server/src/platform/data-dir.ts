import { fileURLToPath } from 'node:url';

/** The repository's `data/` folder (reference data shipped with the product, with its provenance). */
export const repoDataDir = fileURLToPath(new URL('../../../../data', import.meta.url));
