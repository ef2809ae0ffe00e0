/** factdiff's version; a test keeps it equal to package.json's. */
export const VERSION = '0.1.0';

/** The tool block of every machine-readable output. */
export const TOOL = { name: 'factdiff', version: VERSION } as const;

/** Where factdiff lives; SARIF rules link to their sections of its README. A test keeps it equal to package.json's homepage. */
export const HOMEPAGE = 'https://github.com/factdiff/factdiff';
