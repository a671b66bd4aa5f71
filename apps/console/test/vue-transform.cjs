// Jest transform for Vue single-file components in the console's component tests: the SFC
// compiler turns <script setup> and the template into one render module, swc strips the types.
// Styles are left out (jsdom does not lay out).
const { createHash } = require('node:crypto');
const { compileScript, parse } = require('@vue/compiler-sfc');
const { transformSync } = require('@swc/core');

module.exports = {
  process(source, filename) {
    const { descriptor, errors } = parse(source, { filename });
    if (errors.length > 0) throw errors[0];
    const id = createHash('sha256').update(filename).digest('hex').slice(0, 8);
    const script = compileScript(descriptor, { id, inlineTemplate: true, sourceMap: false });
    const { code } = transformSync(script.content, {
      filename: `${filename}.ts`,
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
      sourceMaps: false,
    });
    return { code };
  },
  getCacheKey(source, filename) {
    return createHash('sha256').update(source).update(filename).update('vue-transform-1').digest('hex');
  },
};
