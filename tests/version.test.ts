import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { HOMEPAGE, VERSION } from '../src/version.js';
import { ROOT } from './helpers.js';

it('VERSION matches package.json', () => {
  expect(VERSION).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
});

it('HOMEPAGE matches package.json', () => {
  expect(`${HOMEPAGE}#readme`).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).homepage);
});
