import { readFileSync } from 'node:fs';

// Read from package.json so there is one version number to bump.
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
export const VERSION: string = pkg.version;
export const TOOL_NAME = 'weerbaar';
