// Where reference data lives by default: `../shared/` beside the checkout (not in it; a fresh clone has none).
import { fileURLToPath } from 'node:url';

export const DEFAULT_CORPUS = fileURLToPath(new URL('../../../shared/corpus/articles.jsonl', import.meta.url));
