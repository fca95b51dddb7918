// Jest configuration of the memory64 run (tools/run-tests jest-memory64, Node 24 from
// the sid chroot): the suite of package.json's "jest" key, with the tests' import of
// js/index.mjs mapped to js/memory64.mjs (vtkbuf/memory64), and VB_JS_BUILD=memory64
// for tests/js/helpers.mjs. package.test.mjs tests the package (both entries) and
// runs once, in the wasm32 run.
import { readFileSync } from 'node:fs';

const base = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).jest;
if (process.env.VB_JS_BUILD !== 'memory64') throw new Error('tests/js/memory64.config.mjs needs VB_JS_BUILD=memory64');

export default {
  ...base,
  rootDir: '../..',
  moduleNameMapper: { '^(\\.\\./)+js/index\\.mjs$': '<rootDir>/js/memory64.mjs' },
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/js/package\\.test\\.mjs$'],
};
