// Where the built-in packs and policy live: rules/ at the package root, beside dist/ and src/.
import { fileURLToPath } from 'node:url';

export const BUILTIN_RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));
export const BUILTIN_POLICY = fileURLToPath(new URL('../../rules/policy.yml', import.meta.url));
